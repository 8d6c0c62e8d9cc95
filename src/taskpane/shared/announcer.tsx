import { makeStyles } from "@fluentui/react-components";
import type { Alert } from "../../policy/alerts/types";
import { createContext, useCallback, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";

/*
 * The pane's one announcer: what a screen reader hears when something changes out of sight —
 * "Checking further…", an alert raised (also one the learned scorer adds after it loads),
 * saved, not saved, offline. Everything is said from here, so nothing is said twice by two
 * live regions, and each change is said once, not again on each render.
 *
 * Why not Fluent's: @fluentui/react-components 9.74 has `useAnnounce` and `AriaLiveAnnouncer`,
 * but where the browser has no `document.ariaNotify` (Outlook's webviews and most browsers
 * today) its announcer writes every message into a single aria-live="assertive" region
 * (react-aria's useDomAnnounce) and ignores `polite`: "Saved" would interrupt the reader like
 * an alert does. Here the polite and the assertive each have a region of their own, always in
 * the page (a region added with its text is often not read), and only an alert is assertive.
 * Fluent's MessageBars stay silent (no AnnounceProvider at the root): the pane says what changed
 * in words of its own, once, rather than every banner reading itself out on each message.
 */

export interface Announcement {
  text: string;
  /** Counts up with each announcement, so the same words said again are a new node, read again. */
  n: number;
}

export interface Spoken {
  polite?: Announcement;
  assertive?: Announcement;
}

/** What the pane's live regions say; `announce` from anywhere in the pane (usePaneAnnouncer). */
export class Announcer {
  private spoken: Spoken = {};
  private n = 0;
  private readonly listeners = new Set<() => void>();

  /** Says `text` politely, or assertively (a new alert only); blank text says nothing. */
  announce(text: string, assertive = false): void {
    const words = text.replace(/\s+/g, " ").trim();
    if (!words) return;
    const said = { text: words, n: ++this.n };
    this.spoken = assertive ? { ...this.spoken, assertive: said } : { ...this.spoken, polite: said };
    this.listeners.forEach((l) => l());
  }

  /**
   * Takes back what was said: the regions are emptied, so a screen-reader user reading to the end of the
   * pane on the next message does not hear the last one's alert there (T5 finding 12).
   */
  clear(): void {
    if (!this.spoken.polite && !this.spoken.assertive) return;
    this.spoken = {};
    this.listeners.forEach((l) => l());
  }

  /** For React's useSyncExternalStore: the same object until something is said. */
  readonly current = (): Spoken => this.spoken;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

const AnnouncerContext = createContext<Announcer | undefined>(undefined);

const useStyles = makeStyles({
  // Visually hidden, still read: not display:none, which takes a region out of the accessibility tree.
  hidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap", border: 0 },
});

/** Gives the pane its announcer and renders its two live regions, empty until something is said. */
export function PaneAnnouncer({ announcer, children }: { announcer: Announcer; children: ReactNode }) {
  const styles = useStyles();
  const spoken = useSyncExternalStore(announcer.subscribe, announcer.current, announcer.current);
  return (
    <AnnouncerContext.Provider value={announcer}>
      {children}
      <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announce-polite">
        {spoken.polite && <span key={spoken.polite.n}>{spoken.polite.text}</span>}
      </div>
      <div className={styles.hidden} aria-live="assertive" aria-atomic="true" data-testid="announce-assertive">
        {spoken.assertive && <span key={spoken.assertive.n}>{spoken.assertive.text}</span>}
      </div>
    </AnnouncerContext.Provider>
  );
}

export type Announce = (text: string, options?: { assertive?: boolean; once?: unknown }) => void;

/**
 * `announce(text, { assertive, once })` for a component: `once` names the change (a string, or
 * the object that changed), and a change is said once while the component is shown — a
 * re-render, or the same state met again, says nothing. Outside a PaneAnnouncer (a unit test's
 * static render) nothing is said.
 */
export function usePaneAnnouncer(): Announce {
  const announcer = useContext(AnnouncerContext);
  const said = useRef(new Set<unknown>());
  return useCallback<Announce>(
    (text, { assertive = false, once } = {}) => {
      if (once !== undefined) {
        if (said.current.has(once)) return;
        said.current.add(once);
      }
      announcer?.announce(text, assertive);
    },
    [announcer],
  );
}

/**
 * For the view of one message: when it leaves (another message selected, or none), what the pane said
 * while it was shown is taken back — its alerts, "Checking further…", "Recorded" belong to that message.
 * A leaving view's clean-up runs before the next message's view says anything.
 */
export function useSilenceOnLeave(): void {
  const announcer = useContext(AnnouncerContext);
  useEffect(() => () => announcer?.clear(), [announcer]);
}

/** What is said when alerts are raised: all those raised together in one announcement, since a second would cut the first off. */
export function alertsRaisedWords(raised: readonly Pick<Alert, "guidance">[]): string {
  const titles = raised.map((a) => a.guidance.title).join("; ");
  return `${raised.length === 1 ? "Alert" : "Alerts"}: ${titles}. What to do now is at the top of the pane.`;
}

/**
 * What to say of a message's alerts now, given the kinds already said (updated): the alerts
 * raised since, in one announcement — those from the rules when the message shows, one the
 * learned scorer raises when it has loaded — and nothing for those already said.
 */
export function newAlertsWords(alerts: readonly Pick<Alert, "kind" | "guidance">[], told: Set<string>): string | undefined {
  const raised = alerts.filter((a) => !told.has(a.kind));
  for (const a of raised) told.add(a.kind);
  return raised.length ? alertsRaisedWords(raised) : undefined;
}
