import { useCallback, useEffect, useRef, useState } from "react";
import { actOnAlerts, loadAlertActions } from "../../app/alert-action";
import { mayPurgeIn } from "../../app/records/retention-items";
import type { Services } from "../../app/services";
import { setAsideMessage, type AlertOutcome, type SetAsideMessage } from "../../policy/alerts/action";
import type { AlertKind } from "../../policy/alerts/types";
import { describeStoreError } from "../errors";
import { escalationTargets } from "../../app/set-aside";
import type { AlertActions } from "./AlertPanel";

/** What has been done about one message's alerts, and a callback to record more: binds the use case to the pane. */
export function useAlertActions(services: Services, message: { internetMessageId: string; senderAddress: string; alertKinds: AlertKind[]; receivedAt?: string; subject?: string; words?: readonly string[] }) {
  const { internetMessageId, senderAddress, receivedAt } = message;
  // What a set-aside keeps of the message for the authoriser (T7 #2): its subject, time and the alerts' words.
  const kept = setAsideMessage(message.subject ?? "", receivedAt, message.words ?? []);
  const keptJson = JSON.stringify(kept);
  const kinds = message.alertKinds.join(",");
  const [actions, setActions] = useState<AlertActions>({ state: "loading" });
  const shown = useRef(internetMessageId);
  const read = useCallback(
    () =>
      loadAlertActions(services.store, internetMessageId, receivedAt, mayPurgeIn(services.pack, services.roster), escalationTargets(services.config, services.pack, services.roster)).then(
        (found) => shown.current === internetMessageId && setActions({ state: "loaded", actions: found }),
        (error: unknown) => shown.current === internetMessageId && setActions({ state: "failed", message: describeStoreError(error) }),
      ),
    [services, internetMessageId, receivedAt],
  );
  useEffect(() => {
    shown.current = internetMessageId;
    setActions({ state: "loading" });
    void read();
    return () => {
      shown.current = "";
    };
  }, [internetMessageId, read]);
  const act = useCallback(
    async (id: string, outcome: AlertOutcome) => {
      const office = escalationTargets(services.config, services.pack, services.roster);
      const result = await actOnAlerts({ store: services.store, office, id, internetMessageId, senderAddress, alertKinds: kinds.split(",") as AlertKind[], outcome, by: services.user.emailAddress, now: services.now(), message: JSON.parse(keptJson) as SetAsideMessage });
      // Read back as stored, with who SharePoint says recorded it: the pane never vouches for its own write.
      if (result.ok) await read();
      return result;
    },
    [services, internetMessageId, senderAddress, kinds, keptJson, read],
  );
  return { actions, act, read };
}
