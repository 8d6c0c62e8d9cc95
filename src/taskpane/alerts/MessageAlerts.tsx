import type { ReadItem } from "../../outlook/mailbox";
import type { Alert } from "../../policy/alerts/types";
import { useServices } from "../services";
import { AlertPanel } from "./AlertPanel";
import { useAlertActions } from "./useAlertActions";

/** The alert panel for the message being read, bound to the store: what was done, and recording more. */
export function MessageAlerts({ item, senderAddress, alerts, body }: { item: ReadItem; senderAddress: string; alerts: readonly Alert[]; body: string }) {
  const services = useServices();
  const { actions, act } = useAlertActions(services, { internetMessageId: item.internetMessageId, senderAddress, alertKinds: alerts.map((a) => a.kind), receivedAt: item.receivedAt });
  return <AlertPanel alerts={alerts} subject={item.subject} body={body} actions={actions} onAct={act} pack={services.pack} />;
}
