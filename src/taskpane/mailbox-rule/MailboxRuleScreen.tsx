import { Button, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import { inboxRuleState } from "../../app/inbox-rule-state";
import { CATEGORY_NAME } from "../../app/flag-message";
import { useServices } from "../services";
import { Notice } from "../shared/Notice";
import { ruleSyncStatus, syncInboxRule } from "./sync";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const time = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/**
 * The person's own Inbox rule: turn it on (Outlook then marks mail from people under a strategy
 * in force as it arrives, with the pane closed), bring it up to date, or turn it off (the rules
 * are taken out). What the last update did is shown, including addresses the mailbox's rules
 * quota had no room for.
 */
export default function MailboxRuleScreen() {
  const styles = useStyles();
  const services = useServices();
  const status = useSyncExternalStore(ruleSyncStatus.subscribe, ruleSyncStatus.current);
  const [state, setState] = useState(() => inboxRuleState(services.preferences));
  const run = async (on: boolean) => {
    await syncInboxRule(services, on);
    setState(inboxRuleState(services.preferences));
  };
  const busy = status.state === "busy";
  return (
    <section className={styles.section} aria-labelledby="mailbox-rule-heading" data-testid="mailbox-rule">
      <Subtitle2 as="h2" id="mailbox-rule-heading">
        Your Inbox rule
      </Subtitle2>
      <Text>
        Outlook can put the “{CATEGORY_NAME}” category on mail from people under a contact strategy in force as it arrives in your Inbox, even when this pane is closed. The
        rule is brought up to date each time you open this pane and when you decide a strategy here. It covers your own mailbox only: the office’s shared mailboxes are
        covered by its flagger.
      </Text>
      <Switch
        label="Mark mail from people under a strategy in my Inbox"
        checked={state.on}
        disabled={busy}
        onChange={(_e, d) => void run(d.checked)}
      />
      {state.on && (
        <Button disabled={busy} onClick={() => void run(true)}>
          Bring my rule up to date now
        </Button>
      )}
      <div role="status" aria-live="polite" data-testid="mailbox-rule-status">
        {busy && "Updating your Inbox rule…"}
        {status.state === "failed" && (
          <Notice intent="error" title="Your Inbox rule was not changed">
            {status.message}
          </Notice>
        )}
        {status.state !== "busy" && status.state !== "failed" && state.on && state.last && (
          <Text>
            Up to date at {time(state.last.at)}: {state.last.addresses} {state.last.addresses === 1 ? "address" : "addresses"} of people under a strategy in force.
            {state.last.uncovered > 0 && ` ${state.last.uncovered} did not fit in your mailbox’s rules quota; the office’s flagger still marks their mail.`}
          </Text>
        )}
        {status.state === "done" && !state.on && <Text>Your Inbox rule is off and the add-in’s rules are taken out of your mailbox.</Text>}
      </div>
    </section>
  );
}
