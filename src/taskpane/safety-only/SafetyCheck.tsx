import { useEffect, useMemo, useRef, useState } from "react";
import { Spinner } from "@fluentui/react-components";
import { notifySafety, readForSafety, safetyAlerts, type SafetyInput } from "../../app/safety-check";
import type { SafetyOnly } from "../../app/start";
import { OutlookError, type ReadItem } from "../../outlook/mailbox";
import { useHiddenWords } from "../alerts/useHiddenWords";
import { AlertPanel } from "../alerts/AlertPanel";
import { describeStoreError } from "../errors";
import { useLearnedScorer } from "../review/useLearnedScorer";
import { Notice } from "../shared/Notice";
import { newAlertsWords, usePaneAnnouncer, useSilenceOnLeave } from "../shared/announcer";
import { keepAlertAction, keptFor } from "../../app/kept-alert-actions";
import { escalationTargets } from "../../app/set-aside";
import { contactKey } from "../../policy/address";
import type { AlertOutcome } from "../../policy/alerts/action";
import type { Alert } from "../../policy/alerts/types";

type Read = { state: "reading" } | { state: "read"; input: SafetyInput } | { state: "unread"; problem: string };

/** Nothing can be read from the records while the pane could not start: "Already done" says so, never "nothing recorded". */
const NOTHING_READ = { state: "failed", message: "the records cannot be reached until the pane starts" } as const;

/**
 * One message checked for alerts from its text alone, when the pane could not start: the alerts first, as
 * in the full pane (the rules' at once, the learned scorer's when it has loaded), the notification on the
 * message naming them; with none, that the text raised none and what was not checked.
 */
export function SafetyCheck({ item, safety }: { item: ReadItem; safety: SafetyOnly }) {
  const [read, setRead] = useState<Read>({ state: "reading" });
  useEffect(() => {
    let current = true;
    readForSafety(safety, item).then(
      (input) => current && setRead({ state: "read", input }),
      (error: unknown) => {
        // A call refused because the selection moved belongs to a message no longer shown.
        if (!current || (error instanceof OutlookError && error.code === "itemChanged")) return;
        setRead({ state: "unread", problem: describeStoreError(error) });
        void notifySafety(safety, item.itemId, { unread: true });
      },
    );
    return () => {
      current = false;
    };
  }, [safety, item]);
  const learned = useLearnedScorer(read.state === "read");
  const scorer = learned.status === "ready" ? learned.scorer : undefined;
  const alerts = useMemo(() => (read.state === "read" ? safetyAlerts(read.input, scorer) : undefined), [read, scorer]);
  useEffect(() => {
    if (alerts) void notifySafety(safety, item.itemId, { alerts });
  }, [alerts, safety, item.itemId]);
  // What is done about an alert now is kept in the person's Outlook settings and recorded once the pane starts.
  const [waiting, setWaiting] = useState(() => keptFor(safety.preferences, item.internetMessageId).map((k) => k.action));
  const keep = async (id: string, outcome: AlertOutcome, raised: readonly Alert[]) => {
    const office = safety.staffDomains.length ? escalationTargets(safety, safety.pack, {}) : undefined;
    const action = { id, internetMessageId: item.internetMessageId, senderAddress: contactKey(item.from.emailAddress), alertKinds: raised.map((a) => a.kind), outcome, by: safety.user.emailAddress, at: safety.now().toISOString() };
    const result = await keepAlertAction(safety.preferences, action, item.subject, office);
    if (result.ok) setWaiting(keptFor(safety.preferences, item.internetMessageId).map((k) => k.action));
    return result;
  };
  useSilenceOnLeave();
  const hidden = useHiddenWords(safety.mailbox, item.itemId, Boolean(alerts?.length));
  const announce = usePaneAnnouncer();
  const told = useRef(new Set<string>());
  useEffect(() => {
    const words = newAlertsWords(alerts ?? [], told.current);
    if (words) announce(words, { assertive: true });
  }, [alerts, announce]);

  if (read.state === "reading") return <Spinner size="small" label="Checking the message for a risk to life and threats…" />;
  if (read.state === "unread") {
    return (
      <Notice intent="error" title="This message was not checked">
        Its text could not be read ({read.problem}), so it was not checked for a risk to life, a safeguarding concern, a crime or a threat to staff. Read it yourself for them.
      </Notice>
    );
  }
  return (
    <>
      {alerts && alerts.length > 0 && (
        <AlertPanel
          alerts={alerts}
          subject={item.subject}
          body={read.input.message.body}
          actions={NOTHING_READ}
          pack={safety.pack}
          onAct={(id, outcome) => keep(id, outcome, alerts)}
          keeping
          waiting={waiting}
          hidden={hidden}
        />
      )}
      {alerts && alerts.length === 0 && (
        <Notice intent="info" title="No alert raised by this message’s text">
          Its text was checked for a risk to life, a safeguarding concern, a crime and a threat to staff, and nothing was found: an alert is a prompt, never a clearance. Whether a
          contact strategy applies, and so any new matter under one, could not be checked.
        </Notice>
      )}
      {learned.status === "loading" && <Spinner size="tiny" label="Checking further…" />}
    </>
  );
}
