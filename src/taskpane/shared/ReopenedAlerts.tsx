import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ReopenedAlert } from "../../app/reopened-alerts";
import { openMessage, type OpenMessageOutcome } from "../../app/open-message";
import { describeAlertOutcome } from "../../policy/alerts/action";
import { longTime } from "../../policy/calendar";
import { nameOf } from "../../policy/decision";
import { useServices } from "../services";
import { Notice } from "./Notice";
import { useRecheck } from "./useRecheck";
import { usePaneAnnouncer } from "./announcer";

const useStyles = makeStyles({
  open: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, marginBlockStart: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** "RISK-TO-LIFE", "risk-to-life" → "risk to life". */
const kindWords = (kind: string) => String(kind).toLowerCase().replace(/[^a-z]+/g, " ").trim();

/**
 * The alerts an authoriser reopened by overturning a set-aside, nobody having acted on them since (T7 #6), read when the
 * pane opens, when the screen or the message changes, when the reader comes back, and every two minutes (useRecheck).
 * When the records cannot be read it says nothing here: the start-up check and each message's banner already say so.
 */
export function useReopenedAlerts(screen: string, message?: string): readonly ReopenedAlert[] {
  const { store, pack, roster } = useServices();
  const [found, setFound] = useState<readonly ReopenedAlert[]>([]);
  const look = useRecheck();
  useEffect(() => {
    let current = true;
    Promise.all([import("../../app/reopened-alerts"), import("../../app/set-aside")])
      .then(([{ reopenedAlerts }, { authoriserOf }]) => reopenedAlerts(store, authoriserOf(pack, roster)))
      .then(
        (entries) => current && setFound(entries),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [store, pack, roster, screen, message, look]);
  return found;
}

/** Where a reopened alert's message is, in words the reader can search their mailbox with. */
function MessageOf({ setAside }: { setAside: ReopenedAlert["setAside"] }) {
  const { message } = setAside;
  const subject = typeof message?.subject === "string" && message.subject.trim() ? `“${message.subject}”` : "a message (its subject was not kept)";
  const received = typeof message?.receivedAt === "string" && !Number.isNaN(Date.parse(message.receivedAt)) ? `, received ${longTime(message.receivedAt)}` : "";
  return (
    <>
      {subject} from {setAside.senderAddress}
      {received}
    </>
  );
}

/** What "Open the message" came to, in the reader's words: where it is not in this mailbox, where else to look. */
export function openedWords(outcome: OpenMessageOutcome, subject: string, setBy?: string): string {
  switch (outcome.kind) {
    case "opened":
      return `Opened ${subject} in Outlook: record in this pane, on that message, what was done about the alert.`;
    case "notInMailbox":
      return `${subject} is not in your mailbox, so it cannot be opened from here: search the office's shared mailboxes for its subject${setBy ? `, or ask ${setBy}` : ""}.`;
    case "failed":
      return `${subject} could not be opened from here (${outcome.message.replace(/\.$/, "")}): search for its subject in Outlook.`;
  }
}

/** "Open the message": finds it in the reader's mailbox and opens it in Outlook, or says plainly that it is not there. */
function OpenTheMessage({ reopened, setBy }: { reopened: ReopenedAlert; setBy?: string }) {
  const styles = useStyles();
  const services = useServices();
  const announce = usePaneAnnouncer();
  const [state, setState] = useState<{ busy: boolean; said?: string }>({ busy: false });
  const { subject } = reopened.setAside.message ?? {};
  const named = typeof subject === "string" && subject.trim() ? `“${subject}”` : "The message";
  const open = () => {
    setState({ busy: true });
    void openMessage(services, reopened.setAside.internetMessageId).then((outcome) => {
      const said = openedWords(outcome, named, setBy);
      setState({ busy: false, said });
      announce(said);
    });
  };
  return (
    <span className={styles.open}>
      <Button size="small" disabled={state.busy} onClick={open} data-testid="open-reopened-message">
        {named === "The message" ? "Open the message" : `Open ${named}`}
      </Button>
      {state.said && <span data-testid="open-reopened-outcome">{state.said}</span>}
    </span>
  );
}

/**
 * A set-aside the authoriser overturned is an alert open again: shown on every screen and every message, just after the
 * message's own alerts and above everything else, as an error, and not dismissible — it goes when someone records what
 * was done about the alert on that message (src/app/reopened-alerts.ts).
 */
export function ReopenedAlerts({ entries }: { entries: readonly ReopenedAlert[] }) {
  const styles = useStyles();
  const { user } = useServices();
  if (entries.length === 0) return null;
  const me = user.emailAddress.toLowerCase();
  const one = entries.length === 1;
  return (
    <div data-testid="reopened-alerts">
      <Notice intent="error" title={one ? "An alert set aside was reopened: it needs action now" : `${entries.length} alerts set aside were reopened: they need action now`}>
        <ul className={styles.list}>
          {entries.map((r) => {
            const setBy = r.setAside.author ?? { displayName: r.setAside.by, upn: r.setAside.by };
            const yours = (setBy.upn ?? "").toLowerCase() === me;
            return (
              <li key={r.setAside.id} data-testid="reopened-alert">
                <strong>{r.setAside.alertKinds.map(kindWords).join(", ") || "alert"}</strong> on <MessageOf setAside={r.setAside} />. {yours ? "You" : nameOf(setBy)} set it aside (
                {describeAlertOutcome(r.setAside.outcome)}); {nameOf(r.by)} overturned it on {longTime(r.at)}: “{r.note}” Open that message ({yours ? "it is in the mailbox you read it in" : `search the office's mailboxes for its subject, or ask ${setBy.displayName}`}) and record in this pane what was done about the alert.
                <OpenTheMessage reopened={r} {...(yours ? {} : { setBy: setBy.displayName })} />
              </li>
            );
          })}
        </ul>
      </Notice>
    </div>
  );
}
