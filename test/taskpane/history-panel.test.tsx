import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HistoryPanel } from "../../src/taskpane/review/components/HistoryPanel";
import { ClassificationPanel } from "../../src/taskpane/review/components/ClassificationPanel";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import type { Classification, HistoryMetrics } from "../../src/policy/classifier/types";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
/** What the classifier counts when it was given no history: this message alone. */
const alone: HistoryMetrics = { last7Days: 1, last30Days: 1, last90Days: 1, maxPerDay: 1, nearDuplicates: [], contactsSinceLastDecision: 1, warningsGiven: 0, distinctStaffContacted: 1 };

describe("the history panel's states", () => {
  it("full history: the figures as counted", () => {
    const shown = text(renderToStaticMarkup(<HistoryPanel metrics={{ ...alone, last90Days: 4, warningsGiven: 1 }} />));
    expect(shown).toContain("1 last 7 days 1 last 30 days 4 last 90 days");
    expect(shown).toContain("Written warnings given: 1.");
  });

  it("nothing read: unknown, not 1 / 1 / 1 and not “0 warnings”", () => {
    const shown = text(renderToStaticMarkup(<HistoryPanel metrics={alone} coverage="none" warningsKnown={false} note="The sender’s history could not be read." />));
    expect(shown).toContain("unknown last 7 days unknown last 30 days unknown last 90 days");
    expect(shown).toContain("Most in one day: unknown. Near-duplicates of this message: unknown. Written warnings given: unknown. Staff contacted: unknown.");
    expect(shown).not.toMatch(/\b[01]\b/);
  });

  it("one source read: each figure a floor; warnings the strategy records are at least that many", () => {
    const shown = text(renderToStaticMarkup(<HistoryPanel metrics={{ ...alone, last30Days: 3, warningsGiven: 1 }} coverage="partial" warningsKnown={false} />));
    expect(shown).toContain("at least 1 last 7 days at least 3 last 30 days");
    expect(shown).toContain("Written warnings given: at least 1.");
  });

  it("offers to read the history again only while part of it is unknown", () => {
    const retry = () => undefined;
    expect(text(renderToStaticMarkup(<HistoryPanel metrics={alone} coverage="none" warningsKnown={false} onRetry={retry} />))).toContain("Check the history again");
    expect(text(renderToStaticMarkup(<HistoryPanel metrics={alone} coverage="partial" onRetry={retry} />))).toContain("Check the history again");
    expect(text(renderToStaticMarkup(<HistoryPanel metrics={alone} warningsKnown={false} onRetry={retry} />))).toContain("Check the history again");
    expect(text(renderToStaticMarkup(<HistoryPanel metrics={alone} onRetry={retry} />))).not.toContain("Check the history again");
  });

  it("a suggestion made without history says so, and so does an empty one", () => {
    const classification = { categories: [], findings: [], alerts: [], metrics: alone, fingerprint: "" } as Classification;
    const without = text(renderToStaticMarkup(<ClassificationPanel classification={classification} pack={warwickshirePack} withoutHistory />));
    expect(without).toContain("Made without the sender’s history");
    expect(without).toContain("Nothing in this message’s own words matches");
    const withHistory = text(renderToStaticMarkup(<ClassificationPanel classification={classification} pack={warwickshirePack} />));
    expect(withHistory).not.toContain("Made without");
  });
});
