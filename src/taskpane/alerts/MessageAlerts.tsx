import { authoriserOf, setAsidesOf } from "../../app/set-aside";
import type { ReadItem } from "../../outlook/mailbox";
import { NEEDS_CONFIRMATION, otherAuthoriser } from "../../policy/alerts/set-aside";
import type { Alert } from "../../policy/alerts/types";
import { holdsRole } from "../../policy/roster";
import { useServices } from "../services";
import { AlertPanel } from "./AlertPanel";
import { useAlertActions } from "./useAlertActions";
import { useHiddenWords } from "./useHiddenWords";

/**
 * The alert panel for the message being read, bound to the store: what was done, and recording more. A caseworker's
 * "no action needed" on a risk to life, a threat to staff or a safeguarding concern awaits the authoriser's confirmation
 * (src/policy/alerts/set-aside.ts); once the alert was escalated or reported to the police, "no action" is not offered.
 */
export function MessageAlerts({ item, senderAddress, alerts, body }: { item: ReadItem; senderAddress: string; alerts: readonly Alert[]; body: string }) {
  const services = useServices();
  const { actions, act } = useAlertActions(services, { internetMessageId: item.internetMessageId, senderAddress, alertKinds: alerts.map((a) => a.kind), receivedAt: item.receivedAt, subject: item.subject, words: alerts.flatMap((a) => a.evidence.map((e) => e.span.text)) });
  const authoriser = authoriserOf(services.pack, services.roster);
  const recorded = actions.state === "loaded" ? actions.actions.flatMap((e) => (e.kind === "recorded" ? [e.action.outcome.kind] : [])) : [];
  const done = recorded.includes("reportedToPolice") ? "reportedToPolice" : recorded.includes("escalated") ? "escalated" : undefined;
  const isAuthoriser = holdsRole(services.roster, { upn: services.user.emailAddress, displayName: services.user.displayName }, authoriser.role);
  // An authoriser's own set-aside waits for another authoriser where the roster has one (four eyes, T7 #15).
  const reviewed = !isAuthoriser || otherAuthoriser(authoriser, { upn: services.user.emailAddress, displayName: services.user.displayName });
  const confirmBy = reviewed && alerts.some((a) => NEEDS_CONFIRMATION.has(a.kind)) ? (isAuthoriser ? `another ${authoriser.title}` : authoriser.title) : undefined;
  const setAsides = actions.state === "loaded" ? setAsidesOf(actions.actions, authoriser, alerts.map((a) => a.kind)) : undefined;
  const hidden = useHiddenWords(services.mailbox, item.itemId, alerts.length > 0);
  return <AlertPanel alerts={alerts} subject={item.subject} body={body} actions={actions} onAct={act} pack={services.pack} done={done} confirmBy={confirmBy} setAsides={setAsides} hidden={hidden} />;
}
