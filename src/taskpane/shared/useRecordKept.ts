import { useEffect, useState } from "react";
import { forgetRefused, recordKept, recordKeptAction, type KeptOutcome } from "../../app/kept-alert-actions";
import { escalationTargets } from "../../app/set-aside";
import { describeStoreError } from "../errors";
import { useServices } from "../services";

/**
 * Once the pane has started (the records answer), records what was done about alerts while it could not
 * (src/app/kept-alert-actions.ts), each with the id it was kept under — so it is stored once however often
 * this runs — and says what was recorded, refused or is still waiting.
 */
export function useRecordKept(): [KeptOutcome | undefined, () => void] {
  const services = useServices();
  const [outcome, setOutcome] = useState<KeptOutcome>();
  useEffect(() => {
    let current = true;
    const office = escalationTargets(services.config, services.pack, services.roster);
    void recordKept(
      services.preferences,
      recordKeptAction(services.store, office, services.now),
      describeStoreError,
    ).then(
      (done) => current && (done.recorded.length || done.refused.length || done.failed) && setOutcome(done),
      (error: unknown) => current && setOutcome({ recorded: [], refused: [], failed: describeStoreError(error) }),
    );
    return () => {
      current = false;
    };
  }, [services]);
  const dismiss = () => {
    if (outcome?.refused.length) void forgetRefused(services.preferences).catch(() => undefined);
    setOutcome(undefined);
  };
  return [outcome, dismiss];
}
