import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BoardChart } from "../../src/taskpane/records/BoardChart";
import { chartData } from "../../src/taskpane/records/BoardReportPanel";
import type { BoardReport } from "../../src/policy/report/board";

/** A quarter with four strategies started, one breach and nothing else (T7 #16's chart). */
const report = { started: 4, ended: 0, reviews: { onTime: 0, late: 0 }, breaches: { total: 1 }, disputes: { raised: 0 } } as unknown as BoardReport;
const bars = (html: string) => [...html.matchAll(/<li[^>]*data-testid="board-bar"[^>]*>/g)].map((m) => ({ tab: /tabindex="0"/.test(m[0]), label: /aria-label="([^"]*)"/.exec(m[0])?.[1] }));

describe("the board chart (T7 #16)", () => {
  it("draws every bar, a zero too, each a Tab stop read out with its figure and value", () => {
    const html = renderToStaticMarkup(<BoardChart title="Strategies, 2026-10-01 to 2026-12-05" bars={chartData(report)} />);
    expect(bars(html)).toEqual([
      { tab: true, label: "Started, 4" },
      { tab: true, label: "Ended, 0" },
      { tab: true, label: "Reviews on time, 0" },
      { tab: true, label: "Reviews late, 0" },
      { tab: true, label: "Breaches, 1" },
      { tab: true, label: "Disputes, 0" },
    ]);
    expect(html).toContain('aria-label="Strategies, 2026-10-01 to 2026-12-05"');
  });

  it("a quarter of zeros still shows six bars, not an empty chart", () => {
    const zeros = { started: 0, ended: 0, reviews: { onTime: 0, late: 0 }, breaches: { total: 0 }, disputes: { raised: 0 } } as unknown as BoardReport;
    expect(bars(renderToStaticMarkup(<BoardChart title="t" bars={chartData(zeros)} />)).map((b) => b.label)).toEqual(["Started, 0", "Ended, 0", "Reviews on time, 0", "Reviews late, 0", "Breaches, 0", "Disputes, 0"]);
  });
});
