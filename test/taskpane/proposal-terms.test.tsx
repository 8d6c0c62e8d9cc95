import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Services } from "../../src/app/services";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { Terms, warningWords } from "../../src/taskpane/approvals/Terms";
import { ServicesProvider } from "../../src/taskpane/services";
import { strategy } from "../builders/strategy";

/** T5 finding 5: what the authoriser sees of a proposal — a typed warning date is the proposer's word, and no evidence is a warning. */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replaceAll("&#x27;", "'").replace(/\s+/g, " ").trim();
const services = { pack: warwickshirePack, config: { staffDomains: ["opcc.example.gov.uk"] }, store: { lettersFor: () => new Promise(() => undefined) } } as unknown as Services;
const render = (s: ReturnType<typeof strategy>) =>
  text(
    renderToStaticMarkup(
      <ServicesProvider services={services}>
        <Terms strategy={s} pack={warwickshirePack} />
      </ServicesProvider>,
    ),
  );

describe("the written warning on an approval screen", () => {
  const typed = { kind: "given" as const, on: "2026-11-20" };

  it("a date typed in the form, with no warning letter on record, is shown as the proposer's entry, not as fact", () => {
    expect(warningWords(typed, { counted: [], doubted: [] })).toBe("given on 20 November 2026 — entered by the proposer; no warning letter on record");
    expect(warningWords(typed, { counted: ["2026-10-02"], doubted: [] })).toBe("given on 20 November 2026 — entered by the proposer; no warning letter on record (letters on record, by their date in the UK: 2 October 2026)");
    expect(warningWords(typed, "unknown")).toContain("entered by the proposer; the letters on record could not be read");
  });

  it("a warning letter of that day that does not count (the proposer's own, backdated): the pane says it does not count and why (T8 #1)", () => {
    const doubted = [{ letter: {} as never, on: "2026-11-20", why: ["It is marked sent on 20 November 2026 at 10:00, before it was prepared (4 December 2026 at 09:00).", "It was marked sent by casey.worker@opcc.example.gov.uk, who proposed this strategy: the proposer's own record cannot vouch for the warning."] }];
    expect(warningWords(typed, { counted: [], doubted })).toBe(
      "given on 20 November 2026 — entered by the proposer; the warning letter of that day on record does not count. It is marked sent on 20 November 2026 at 10:00, before it was prepared (4 December 2026 at 09:00). It was marked sent by casey.worker@opcc.example.gov.uk, who proposed this strategy: the proposer's own record cannot vouch for the warning.",
    );
  });

  it("a warning letter sent that day is on record: said so", () => {
    expect(warningWords(typed, { counted: ["2026-11-20"], doubted: [] })).toBe("given on 20 November 2026 — the warning letter is on record");
  });
});

describe("evidence on an approval screen", () => {
  it("no recorded contact attached is a visible warning, not a caption", () => {
    const html = renderToStaticMarkup(
      <ServicesProvider services={services}>
        <Terms strategy={strategy({ evidence: [] })} pack={warwickshirePack} />
      </ServicesProvider>,
    );
    expect(html).toMatch(/data-testid="no-evidence"/);
    expect(text(html)).toContain("No recorded contact was attached Nothing on this proposal shows the behaviour it restricts: approving it needs your check of the person's contacts in the case file (calls and letters too).");
    // T7 #3: a neutral message attached shows nothing either.
    expect(render(strategy({ evidence: [{ internetMessageId: "<m0>", receivedAt: "2026-11-01T09:00:00.000Z", subject: "Hello", categories: [] }] }))).toContain("No recorded contact attached shows unacceptable behaviour");
    expect(render(strategy({ evidence: [{ internetMessageId: "<m>", receivedAt: "2026-11-01T09:00:00.000Z", subject: "STILL waiting", categories: ["abusive"] }] }))).not.toContain("No recorded contact was attached");
  });
});
