import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button, Divider, FluentProvider, Spinner, Title3, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { HostTheme } from "../outlook/host";
import type { Services } from "../app/services";
import { MessageReview } from "./review/MessageReview";
import { useSelection } from "./review/useSelection";
import { Notice } from "./shared/Notice";
import { useRoute } from "./route";
import { useStartCheck } from "./shared/useStartCheck";
import { ServicesProvider, useDecider, useServices } from "./services";
import { ruleSyncStatus, syncInboxRuleIfOn } from "./mailbox-rule/sync";
import { Announcer, PaneAnnouncer, usePaneAnnouncer } from "./shared/announcer";
import type { FailedSave } from "../app/saves";
import { useSentBackToMe } from "./shared/useSentBackToMe";
import { SentBackToYou } from "./shared/SentBack";
import { ReopenedAlerts, useReopenedAlerts } from "./shared/ReopenedAlerts";
import { useRecordKept } from "./shared/useRecordKept";
import { KeptActionsNotice } from "./shared/KeptActionsNotice";
import { useOnline } from "./shared/useOnline";
import { LoadFailed } from "./shared/LoadFailed";
import { noteReopenedAlerts } from "../app/reopened-notification";

// The manager's screens load on demand, never on first paint (DESIGN.md: ≤ 180 KB gzipped before first paint).
const ApprovalsScreen = lazy(() => import("./approvals/ApprovalsScreen"));
const StrategyScreen = lazy(() => import("./approvals/StrategyScreen"));
const RecordsScreen = lazy(() => import("./records/RecordsScreen"));
const MailboxRuleScreen = lazy(() => import("./mailbox-rule/MailboxRuleScreen"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
  nav: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Fluent's Divider grows by default (flexGrow 1): in this column it pushed "No message selected" and the spinner to the bottom.
  divider: { flexGrow: 0 },
});

/** The read-mode pane: follows the selection and reviews each message; authorisers also have their approvals. */
export function App({ services, theme }: { services: Services; theme: HostTheme }) {
  const [announcer] = useState(() => new Announcer());
  return (
    <ServicesProvider services={services}>
      <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
        <PaneAnnouncer announcer={announcer}>
          <Pane />
        </PaneAnnouncer>
      </FluentProvider>
    </ServicesProvider>
  );
}

/**
 * Says the pane-wide changes once: the connection lost or back, the selection that cannot be followed, and a record
 * that failed after the reader moved on to another message (one that fails on the message shown is said by its form).
 * On a message their notices come after its alerts (T7 #4), so a screen reader hears of them here, not by reading down.
 */
function usePaneAnnouncements(online: boolean, followProblem: string | undefined, failedSaves: readonly FailedSave[], shown: string | undefined): void {
  const announce = usePaneAnnouncer();
  useEffect(() => {
    if (followProblem) announce(`This pane cannot follow the selection: ${followProblem}`, { once: followProblem });
  }, [followProblem, announce]);
  const wasOnline = useRef(true);
  useEffect(() => {
    if (online === wasOnline.current) return;
    wasOnline.current = online;
    announce(online ? "The connection is back." : "You are offline: the pane cannot check senders or record anything until the connection is back.");
  }, [online, announce]);
  const met = useRef(new WeakSet<FailedSave>());
  useEffect(() => {
    for (const f of failedSaves) {
      if (met.current.has(f)) continue;
      met.current.add(f);
      if (f.internetMessageId !== shown) announce(`“${f.subject}” was not recorded: ${f.message}`);
    }
  }, [failedSaves, shown, announce]);
}

/** Follows the selection and reviews each message, or shows the authoriser's approvals and one strategy. */
function Pane() {
  const styles = useStyles();
  const services = useServices();
  const [route, go] = useRoute();
  const decider = useDecider();
  const { selection, followProblem } = useSelection(services.mailbox);
  // The same reading on a static render (the pane's unit tests render it on the server).
  const failedSaves = useSyncExternalStore(services.saves.subscribe, services.saves.failures, services.saves.failures);
  const [startCheck, dismissStartCheck] = useStartCheck();
  const [kept, dismissKept] = useRecordKept();
  const shown = selection.state === "item" ? selection.item.internetMessageId : undefined;
  const [sentBack, dismissSentBack] = useSentBackToMe(route.screen, shown);
  const reopenedAlerts = useReopenedAlerts(route.screen, shown);
  const reopened = <ReopenedAlerts entries={reopenedAlerts} />;
  // And on the message being read, in Outlook's own notification bar, beside the strategy's (T7 #6).
  useEffect(() => {
    if (selection.state !== "item") return;
    void noteReopenedAlerts(services.mailbox, selection.item, reopenedAlerts).catch(() => undefined);
  }, [services.mailbox, selection, reopenedAlerts]);
  // A reopened alert comes before everything but the message's own alerts (T7 #6): within the message's review, just after them.
  const reviewing = route.screen === "message" && selection.state === "item";
  // The person's own Inbox rule, if they turned it on, is brought up to date each time the pane opens.
  useEffect(() => syncInboxRuleIfOn(services), [services]);
  const ruleSync = useSyncExternalStore(ruleSyncStatus.subscribe, ruleSyncStatus.current, ruleSyncStatus.current);
  const online = useOnline();
  usePaneAnnouncements(online, followProblem, failedSaves, shown);
  // The connection and the selection: on a message after its alerts, which the pane still raises offline (the classifier
  // is local) and which must come first in order and in Tab order (T7 #4); at the top on every other screen.
  const connection = (
    <>
      {!online && (
        <Notice intent="warning" title="You are offline">
          The pane cannot check senders or record anything until the connection is back. A record that fails says so, and recording it again never records it twice.
        </Notice>
      )}
      {followProblem && (
        <Notice intent="warning" title="This pane cannot follow the selection">
          {followProblem} Close and reopen the pane on each message, so it never shows one message while you read another.
        </Notice>
      )}
    </>
  );
  // The pane's administrative notices: after a message's alerts (T7 #4, #6), at the top on every other screen.
  const administrative = (
    <>
      {startCheck.state === "repaired" && (
        <Notice intent="warning" title="Records finished when the pane opened" onDismiss={dismissStartCheck}>
          Some writes had been cut short (a lost connection or a busy Microsoft 365). They are now complete, written in your name:
          <ul data-testid="start-repairs">
            {startCheck.repairs.map((r) => (
              <li key={`${r.what}:${r.target}:${r.message}`}>{r.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      {startCheck.state === "siteOutOfDate" && (
        <Notice intent="warning" title="The contact-strategy site needs updating" onDismiss={dismissStartCheck}>
          {startCheck.message} Recording still works meanwhile.
          {startCheck.repairs.length > 0 && (
            <>
              {" "}Some writes cut short were finished, in your name:
              <ul data-testid="start-repairs">
                {startCheck.repairs.map((r) => (
                  <li key={`${r.what}:${r.target}:${r.message}`}>{r.message}</li>
                ))}
              </ul>
            </>
          )}
        </Notice>
      )}
      {startCheck.state === "failed" && (
        <Notice intent="warning" title="The records could not be checked" onDismiss={dismissStartCheck}>
          {startCheck.message} The pane checks for records a lost connection left half-written each time it opens; until it can, a sender's banner may be missing. Reopen the pane
          later, or ask your manager to run the records check.
        </Notice>
      )}
      <KeptActionsNotice outcome={kept} onDismiss={dismissKept} />
      {route.screen !== "strategy" && route.screen !== "message" && <SentBackToYou entries={sentBack} onDismiss={dismissSentBack} />}
      {ruleSync.state === "failed" && route.screen !== "mailbox" && (
        <Notice intent="warning" title="Your Inbox rule could not be brought up to date">
          {ruleSync.message} Mail from people under a strategy may arrive without the category until it is; this pane still marks each message you open.
        </Notice>
      )}
      {failedSaves
        .filter((f) => f.internetMessageId !== shown)
        .map((f) => (
          <Notice key={f.internetMessageId} intent="error" title={`“${f.subject}” was not recorded`} onDismiss={() => services.saves.dismiss(f.internetMessageId)}>
            {f.message} Select that message and record it again; nothing will be written twice.
          </Notice>
        ))}
    </>
  );
  return (
    <main className={styles.root} aria-label="Contact strategy" data-records-check={startCheck.state}>
      <Title3 as="h1">Contact strategy</Title3>
      {/* Plain buttons, not Fluent's TabList: its keyboard layer (tabster) would add ~40 KB to the first paint. */}
      <nav className={styles.nav} aria-label="Screens">
        <Button size="small" appearance={route.screen === "message" ? "primary" : "subtle"} aria-current={route.screen === "message" ? "page" : undefined} onClick={() => go({ screen: "message" })}>
          This message
        </Button>
        {(decider.authoriser || decider.disputes) && (
          <Button size="small" appearance={route.screen === "approvals" ? "primary" : "subtle"} aria-current={route.screen === "approvals" ? "page" : undefined} onClick={() => go({ screen: "approvals" })}>
            Approvals
          </Button>
        )}
        {decider.authoriser && (
          <Button size="small" appearance={route.screen === "records" ? "primary" : "subtle"} aria-current={route.screen === "records" ? "page" : undefined} onClick={() => go({ screen: "records" })}>
            Records
          </Button>
        )}
        <Button size="small" appearance={route.screen === "mailbox" ? "primary" : "subtle"} aria-current={route.screen === "mailbox" ? "page" : undefined} onClick={() => go({ screen: "mailbox" })}>
          My Inbox rule
        </Button>
      </nav>
      <Divider className={styles.divider} />
      {!reviewing && reopened}
      {!reviewing && connection}
      {!reviewing && administrative}
      {route.screen === "message" && (
        <>
          {selection.state === "loading" && <Spinner size="small" label="Reading the message…" />}
          {selection.state === "none" && <Notice intent="info" title="No message selected">Select a message to check its sender.</Notice>}
          {selection.state === "composing" && (
            <Notice intent="info" title="You are writing a message">
              This pane reviews messages you receive. Open it from a received message to see the sender’s contact strategy and classify the message. The people you write
              to are checked as you add them: a notification above your message names anyone under a strategy and what it allows.
            </Notice>
          )}
          {selection.state === "error" && <Notice intent="error" title="Outlook did not give the message">{selection.message}</Notice>}
          {selection.state === "item" && (
            <MessageReview
              key={selection.item.itemId}
              item={selection.item}
              afterAlerts={
                <>
                  {reopened}
                  {connection}
                  {administrative}
                </>
              }
            />
          )}
          {/* After the message's review (T7 #4): a reminder about another person's proposal never comes before an alert, in order or in Tab order. */}
          <SentBackToYou entries={sentBack} onDismiss={dismissSentBack} />
        </>
      )}
      <LoadFailed key={route.screen} what="This screen">
        <Suspense fallback={<Spinner size="small" label="Opening…" />}>
          {route.screen === "approvals" && <ApprovalsScreen />}
          {route.screen === "strategy" && <StrategyScreen key={route.id} id={route.id} />}
          {route.screen === "records" && <RecordsScreen />}
          {route.screen === "mailbox" && <MailboxRuleScreen />}
        </Suspense>
      </LoadFailed>
    </main>
  );
}
