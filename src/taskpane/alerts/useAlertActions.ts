import { useCallback, useEffect, useState } from "react";
import { actOnAlerts, loadAlertActions } from "../../app/alert-action";
import type { Services } from "../../app/services";
import type { AlertOutcome } from "../../policy/alerts/action";
import type { AlertKind } from "../../policy/alerts/types";
import { describeStoreError } from "../errors";
import type { AlertActions } from "./AlertPanel";

/** What has been done about one message's alerts, and a callback to record more: binds the use case to the pane. */
export function useAlertActions(services: Services, message: { internetMessageId: string; senderAddress: string; alertKinds: AlertKind[] }) {
  const { internetMessageId, senderAddress } = message;
  const kinds = message.alertKinds.join(",");
  const [actions, setActions] = useState<AlertActions>({ state: "loading" });
  useEffect(() => {
    let current = true;
    setActions({ state: "loading" });
    loadAlertActions(services.store, internetMessageId).then(
      (found) => current && setActions({ state: "loaded", actions: found }),
      (error: unknown) => current && setActions({ state: "failed", message: describeStoreError(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, internetMessageId]);
  const act = useCallback(
    async (id: string, outcome: AlertOutcome) => {
      const result = await actOnAlerts({ store: services.store, id, internetMessageId, senderAddress, alertKinds: kinds.split(",") as AlertKind[], outcome, by: services.user.emailAddress, now: services.now() });
      if (result.ok) setActions((a) => ({ state: "loaded", actions: [...(a.state === "loaded" ? a.actions : []), result.action] }));
      return result;
    },
    [services, internetMessageId, senderAddress, kinds],
  );
  return { actions, act };
}
