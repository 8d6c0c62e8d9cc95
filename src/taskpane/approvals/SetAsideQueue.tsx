import { Button, Caption1, Field, Spinner, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { AlertActionDoubt } from "../../app/alert-record";
import { authoriserOf, reviewSetAside, setAsidesAwaiting, type SetAsideAwaiting } from "../../app/set-aside";
import { describeAlertOutcome } from "../../policy/alerts/action";
import { longDate } from "../../policy/calendar";
import { nameOf } from "../../policy/decision";
import { describeStoreError } from "../errors";
import { useDecider, useServices } from "../services";
import { Notice } from "../shared/Notice";
import { useLoad } from "../shared/useLoad";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const KIND_WORDS: Record<string, string> = { "risk-to-life": "risk to life", "threat-to-staff": "threat to staff", safeguarding: "safeguarding", crime: "crime", "new-matter": "new matter" };

/** Why a set-aside's record is in doubt, in a few words (the message's pane says more: AlertActionList). */
const DOUBT_WORDS: Record<AlertActionDoubt["kind"], string> = {
  notByAuthor: "recorded by someone other than it names",
  changed: "changed after it was recorded",
  notAudited: "not on the audit trail",
  misdated: "its time is not when it was recorded",
  replaced: "added in place of a deleted action",
  malformed: "not as the add-in writes it",
  misfiled: "it names another action or message than it is filed under",
  duplicateId: "another item carries its action id",
  unchecked: "it lacks what the add-in asks for",
};

/** An ISO instant as the add-in writes one: anything else in a kept message (a Graph write) is "not known", never a crash. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** When a message was received, in words: "4 December 2026 23:47 UTC". */
const when = (at: string) => `${longDate(at.slice(0, 10))} ${at.slice(11, 16)} UTC`;

/**
 * The message a set-aside is about, as its reader saw it (T7 #2: the authoriser confirmed a risk to life from the
 * sender's address alone): its subject, when it was received, and the words that raised the alert. A set-aside
 * recorded before these were kept says so, rather than showing nothing.
 */
function MessageSetAside({ message }: { message: SetAsideAwaiting["action"]["message"] }) {
  if (!message) {
    return (
      <Caption1 data-testid="set-aside-message" data-known="false">
        Its message's subject, received date and the words that raised the alert are not known: they were not recorded with this set-aside (it was set aside before they were kept). Find the message by its sender and when it was set aside, and read it before you decide.
      </Caption1>
    );
  }
  const words = Array.isArray(message.words) ? message.words.filter((w): w is string => typeof w === "string") : [];
  return (
    <Caption1 data-testid="set-aside-message" data-known="true">
      Message: “{typeof message.subject === "string" && message.subject.trim() ? message.subject : "(no subject)"}”, received {typeof message.receivedAt === "string" && INSTANT.test(message.receivedAt) ? when(message.receivedAt) : "at a time not known"}.{" "}
      {words.length > 0 ? (
        <>
          Words that raised the alert: {words.map((w, i) => (
            <span key={i}>
              {i > 0 ? "; " : ""}
              “{w}”
            </span>
          ))}
          .
        </>
      ) : (
        "The words that raised the alert are not known."
      )}
    </Caption1>
  );
}

/** One set-aside: what was said, who SharePoint says set it aside and when, and — for the authoriser — confirm or overturn. */
export function Awaiting({ entry, canDecide, onDecided }: { entry: SetAsideAwaiting; canDecide: boolean; onDecided: () => void }) {
  const styles = useStyles();
  const services = useServices();
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const id = useRef(crypto.randomUUID());
  const { action } = entry;
  const decide = async (verdict: "confirmed" | "overturned") => {
    try {
      const result = await reviewSetAside({ store: services.store, authoriser: authoriserOf(services.pack, services.roster), user: services.user, id: id.current, setAside: action, verdict, note, now: services.now() });
      if (!result.ok) return setProblem(result.message);
      onDecided();
    } catch (error) {
      setProblem(`${describeStoreError(error)} Nothing was recorded: press the button again.`);
    }
  };
  const at = action.recordedAt ?? action.at;
  // Four eyes (T7 #15): the authoriser who set it aside is not offered deciding it (and reviewSetAside refuses it).
  const me = services.user.emailAddress.toLowerCase();
  const mine = (action.author?.upn ?? action.by).toLowerCase() === me || action.by.toLowerCase() === me;
  return (
    <li className={styles.item} data-testid="set-aside-awaiting">
      <span>
        {action.senderAddress} — {action.alertKinds.map((k) => KIND_WORDS[k] ?? k).join(", ")}: {describeAlertOutcome(action.outcome)}
      </span>
      <MessageSetAside message={action.message} />
      <Caption1>
        Set aside by {action.author ? nameOf(action.author) : action.by}, {when(at)}. The alert stays open until {canDecide ? "you confirm or overturn it" : `the ${services.pack.authoriser.title} confirms or overturns it`}.
      </Caption1>
      {entry.doubts.length > 0 && (
        <Caption1 data-testid="set-aside-in-doubt">
          Its record is in doubt ({entry.doubts.map((d) => DOUBT_WORDS[d.kind]).join("; ")}): it awaits you whatever it says. Open the message to see why.
        </Caption1>
      )}
      {canDecide && mine && (
        <Caption1 data-testid="set-aside-own">
          You set this alert aside yourself, so you cannot confirm or overturn it: another {services.pack.authoriser.title} must.
        </Caption1>
      )}
      {canDecide && !mine && (
        <>
          <Field label="Your note" hint="Why it is safe to set aside, or what should be done instead." required validationState={problem ? "error" : "none"} validationMessage={problem}>
            <Textarea value={note} onChange={(_e, data) => (setNote(data.value), setProblem(undefined))} resize="vertical" />
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => void decide("confirmed")}>
              Confirm the set-aside
            </Button>
            <Button onClick={() => void decide("overturned")}>Overturn: the alert needs action</Button>
          </div>
        </>
      )}
    </li>
  );
}

/**
 * "Alerts set aside, awaiting you": a caseworker's "no action needed" on a risk to life, a threat to staff or a
 * safeguarding concern, which only the authoriser can confirm or overturn (src/policy/alerts/set-aside.ts).
 */
export function SetAsideQueue() {
  const styles = useStyles();
  const { store, pack, roster } = useServices();
  const decider = useDecider();
  const [loaded, reload] = useLoad(() => setAsidesAwaiting(store, authoriserOf(pack, roster)), [store, pack, roster]);
  return (
    <section aria-labelledby="set-aside-heading" className={styles.item} data-testid="set-asides">
      <Subtitle2 as="h2" id="set-aside-heading">
        Alerts set aside, awaiting {decider.authoriser ? "you" : `the ${pack.authoriser.title}`}
        {loaded.state === "done" ? ` (${loaded.value.length})` : ""}
      </Subtitle2>
      {loaded.state === "loading" && <Spinner size="tiny" label="Reading alerts set aside…" />}
      {loaded.state === "failed" && <Notice intent="error" title="Alerts set aside could not be read">{describeStoreError(loaded.error)} Ask the caseworkers what they set aside.</Notice>}
      {loaded.state === "done" &&
        (loaded.value.length === 0 ? (
          "No alert set aside waits for a manager."
        ) : (
          <ul className={styles.list}>
            {loaded.value.map((entry) => (
              <Awaiting key={entry.action.id} entry={entry} canDecide={decider.authoriser} onDecided={reload} />
            ))}
          </ul>
        ))}
    </section>
  );
}
