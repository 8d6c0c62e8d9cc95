import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Timeline, TimelineEntry } from "../../../app/timeline";
import { KIND_WORDS } from "../../../policy/letters/kinds";
import type { PolicyPack } from "../../../policy/packs/schema";
import { longDate } from "../../../policy/calendar";
import { decisionWords } from "./RecordForm";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
});

/** How many entries show before the rest are folded away: the pane is narrow, the newest matter most. */
const SHOWN = 6;

const STRATEGY_WORDS: Readonly<Record<string, string>> = {
  approve: "Contact strategy approved",
  reject: "Contact strategy rejected",
  sendBack: "Contact strategy proposal sent back",
  continue: "Contact strategy continued on review",
  alter: "Contact strategy altered on review",
  end: "Contact strategy ended",
  decideDispute: "Dispute about the contact strategy decided",
};

const UNKNOWN_WORDS: Readonly<Record<Timeline["unknown"][number], string>> = {
  contacts: "recorded decisions on earlier messages",
  letters: "letters and warnings",
  decisions: "decisions on the contact strategy",
};

/**
 * The person's earlier decisions and warnings, newest first, from what the records hold: the
 * caseworkers' decisions on earlier messages (the contact log's last 90 days), letters and
 * written warnings, and the decisions on their strategy that count. What could not be read is
 * said to be unknown — an unreadable record never reads as an empty history.
 */
export function TimelinePanel({ timeline, pack, nameOf, days }: { timeline: Timeline; pack: PolicyPack; nameOf: (address: string) => string; days: number }) {
  const styles = useStyles();
  const { entries, unknown } = timeline;
  const item = (entry: TimelineEntry, i: number) => (
    <li key={`${entry.kind}:${i}`} className={styles.item} data-kind={entry.kind}>
      <Caption1>
        <strong>{longDate(entry.at.slice(0, 10))}</strong> — {entryWords(entry, pack, nameOf)}
      </Caption1>
    </li>
  );
  return (
    <section aria-labelledby="timeline-heading" data-testid="timeline">
      <Subtitle2 block as="h2" id="timeline-heading">
        Earlier decisions and warnings
      </Subtitle2>
      {unknown.length > 0 && (
        <Body1 block as="p" data-testid="timeline-unknown">
          Unknown: the {unknown.map((u) => UNKNOWN_WORDS[u]).join(" and the ")} could not be read. What is listed below is not the whole history.
        </Body1>
      )}
      {entries.length === 0 ? (
        <Caption1 block as="p" data-testid="timeline-empty">
          {unknown.length > 0
            ? "Nothing could be read."
            : `None recorded: no decision on a message from this sender in the last ${days} days, no letter, and no decision on a contact strategy.`}
        </Caption1>
      ) : (
        <>
          <ol className={styles.list} aria-label="Newest first">
            {entries.slice(0, SHOWN).map(item)}
          </ol>
          {entries.length > SHOWN && (
            <details>
              <summary>
                <Caption1>{entries.length - SHOWN} earlier</Caption1>
              </summary>
              <ol className={styles.list} start={SHOWN + 1} aria-label="Earlier">
                {entries.slice(SHOWN).map(item)}
              </ol>
            </details>
          )}
          <Caption1 block as="p">
            Decisions on messages are from the contact log&rsquo;s last {days} days; letters and strategy decisions are all on record.
          </Caption1>
        </>
      )}
    </section>
  );
}

function entryWords(entry: TimelineEntry, pack: PolicyPack, nameOf: (address: string) => string): string {
  switch (entry.kind) {
    case "contact": {
      const r = entry.record;
      const note = r.note ? ` Note: “${r.note}”` : "";
      return `“${r.subject}”: recorded as ${decisionWords(r, pack)} by ${nameOf(r.recordedBy)}.${note}`;
    }
    case "letter": {
      const l = entry.letter;
      const what = KIND_WORDS[l.kind] ?? l.kind;
      const sent = l.status === "sent" ? `sent${l.sentBy ? ` by ${nameOf(l.sentBy)}` : ""}` : `drafted by ${nameOf(l.preparedBy)}, not recorded as sent`;
      return `${what.charAt(0).toUpperCase()}${what.slice(1)} ${sent}.`;
    }
    case "strategy": {
      const d = entry.decision;
      const who = d.author.displayName || d.author.upn || "someone unknown";
      return `${STRATEGY_WORDS[d.kind] ?? d.kind} by ${who}${d.rationale ? `: ${d.rationale}` : "."}`;
    }
    case "matterDecided":
      return `Told the office's decision on their matter (recorded by ${nameOf(entry.recordedBy)}): persistence after a decision counts from here.`;
    case "warning":
      return `Written warning given, as the strategy records it${entry.reference ? ` (${entry.reference})` : ""}; no sent warning letter of it is stored.`;
  }
}
