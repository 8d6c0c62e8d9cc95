import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Services } from "../../src/app/services";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { Evidence, Terms, warningWords } from "../../src/taskpane/approvals/Terms";
import { contactsShowingBehaviour, type ContactLogRead } from "../../src/policy/evidence-contacts";
import type { ContactRecord } from "../../src/policy/contact";
import type { CategoryId } from "../../src/policy/categories";
import { ServicesProvider } from "../../src/taskpane/services";
import { strategy } from "../builders/strategy";

/** T5 finding 5: what the authoriser sees of a proposal — a typed warning date is the proposer's word, and no evidence is a warning. */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replace(/\s+/g, " ").trim();
const services = { pack: warwickshirePack, config: { staffDomains: ["opcc.example.gov.uk"] }, store: { lettersFor: () => new Promise(() => undefined) } } as unknown as Services;
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
    expect(text(html)).toContain("No recorded contact was attached No recorded contact is attached to this proposal, so nothing on it shows the behaviour it restricts. Approving it needs your check of the person's contacts in the case file (calls and letters too).");
  });

  it("behaviour added to the strategy after it was proposed is said to be unproposed, the contacts judged only against what both name (T12 #6, T13 #6)", () => {
    const s = strategy({ categories: ["demands", "persistent"], evidence: [{ internetMessageId: "<m>", receivedAt: "2026-11-01T09:00:00.000Z", subject: "Reply please", categories: ["persistent"] }] });
    const judged = contactsShowingBehaviour(s, { records: [] }, ["demands"]);
    const shown = (evidence: typeof judged) => text(renderToStaticMarkup(<ServicesProvider services={services}><Terms strategy={s} pack={warwickshirePack} evidence={evidence} /></ServicesProvider>));
    expect(shown(judged)).toContain("Behaviour: Unreasonable demands or obstructive behaviour, Unreasonable persistence The proposal on record does not name Unreasonable persistence: the strategy was changed since without proposing it, and the recorded contacts are judged only against behaviour both name (Unreasonable demands or obstructive behaviour).");
    expect(shown(contactsShowingBehaviour(s, { records: [] }))).not.toContain("The proposal on record");
  });

  it("a contact that counts is shown as the ContactLog records it — its subject, date and categories — not as the proposal's copy retitles it (T11 #7)", () => {
    const pat = strategy({}).addresses[0]!;
    const logged: ContactRecord = { internetMessageId: "<m>", senderAddress: pat, receivedAt: "2026-11-01T09:00:00.000Z", subject: "Reply please", categories: ["demands"], evidence: [], outcome: "confirmed", recordedBy: "sam.carter@opcc.example.gov.uk", recordedAt: "2026-11-01T09:05:00.000Z", staffContacted: [] };
    const s = strategy({ categories: ["demands"], evidence: [{ internetMessageId: "<m>", receivedAt: "2026-12-04T09:00:00.000Z", subject: "I know where you live", categories: ["abusive"] }] });
    const shown = text(renderToStaticMarkup(<Evidence strategy={s} judged={contactsShowingBehaviour(s, { records: [logged] })} label={(c) => c} />));
    expect(shown).toContain("1 November 2026 — Reply please (demands) — as the ContactLog records it, not as the proposal's copy gives it");
    expect(shown).not.toContain("I know where you live");
    expect(shown).not.toContain("abusive");
  });

  it("a contact recorded only as “demands” on a strategy restricting “abusive” behaviour is not evidence, and the authoriser is told why — beside one that counts, and alone (T11 #7)", () => {
    const pat = strategy({}).addresses[0]!;
    const logged = (id: string, subject: string, categories: CategoryId[]): ContactRecord => ({ internetMessageId: id, senderAddress: pat, receivedAt: "2026-11-01T09:00:00.000Z", subject, categories, evidence: [], outcome: "confirmed", recordedBy: "sam.carter@opcc.example.gov.uk", recordedAt: "2026-11-01T09:05:00.000Z", staffContacted: [] });
    const copy = (id: string, subject: string, categories: CategoryId[]) => ({ internetMessageId: id, receivedAt: "2026-11-01T09:00:00.000Z", subject, categories });
    const records = [logged("<d>", "Reply please", ["demands"]), logged("<a>", "You are useless", ["abusive"])];
    const beside = strategy({ categories: ["abusive"], evidence: [copy("<d>", "Reply please", ["demands"]), copy("<a>", "You are useless", ["abusive"])] });
    const shown = text(renderToStaticMarkup(<Evidence strategy={beside} judged={contactsShowingBehaviour(beside, { records })} label={(c) => c} />));
    expect(shown).toContain("1 November 2026 — Reply please (demands) — not evidence: “Reply please” (<d>) is recorded in the ContactLog as “demands”, not behaviour this strategy restricts (“abusive”).");
    expect(shown).toContain("1 November 2026 — You are useless (abusive)");
    expect(shown).not.toContain("You are useless (abusive) — not evidence");
    const alone = strategy({ categories: ["abusive"], evidence: [copy("<d>", "Reply please", ["demands"])] });
    const warned = renderToStaticMarkup(<Evidence strategy={alone} judged={contactsShowingBehaviour(alone, { records })} label={(c) => c} />);
    expect(warned).toMatch(/data-testid="no-evidence"/);
    expect(text(warned)).toContain("“Reply please” (<d>) is recorded in the ContactLog as “demands”, not behaviour this strategy restricts (“abusive”). Approving it needs your check of the person's contacts in the case file");
  });

  it("the attached contacts as the ContactLog records them, judged as decide() judges them: the proposal's copy saying “abusive” is not enough (T10 #1)", () => {
    const pat = strategy({}).addresses[0]!;
    const contact = { internetMessageId: "<m>", receivedAt: "2026-11-01T09:00:00.000Z", subject: "STILL waiting", categories: ["abusive" as const] };
    const logged = (categories: CategoryId[], senderAddress = pat): ContactRecord => ({ internetMessageId: "<m>", senderAddress, receivedAt: contact.receivedAt, subject: contact.subject, categories, evidence: [], outcome: "confirmed", recordedBy: "casey@opcc.example.gov.uk", recordedAt: contact.receivedAt, staffContacted: [] });
    const shown = (log: ContactLogRead) => {
      const s = strategy({ evidence: [contact] });
      return text(renderToStaticMarkup(<Evidence strategy={s} judged={contactsShowingBehaviour(s, log)} label={(c) => c} />));
    };
    // T7 #3's neutral message, now with "abusive" typed onto the proposal's copy: the ContactLog says nothing unacceptable.
    expect(shown({ records: [logged([])] })).toContain("No recorded contact attached shows unacceptable behaviour No recorded contact attached to this proposal has unacceptable behaviour recorded in the ContactLog from this person's addresses, so nothing on it shows the behaviour it restricts. “STILL waiting” (<m>) is recorded in the ContactLog with nothing unacceptable.");
    expect(shown({ records: [] })).toContain("so nothing on it shows the behaviour it restricts. “STILL waiting” (<m>) is not on record in the ContactLog. Approving it needs your check");
    // Beside one that is borne out, one that is not says why on its own line.
    const two = strategy({ evidence: [contact, { ...contact, internetMessageId: "<n>", subject: "Made up" }] });
    expect(text(renderToStaticMarkup(<Evidence strategy={two} judged={contactsShowingBehaviour(two, { records: [logged(["abusive"])] })} label={(c) => c} />))).toContain("Made up (abusive) — not evidence: “Made up” (<n>) is not on record in the ContactLog.");
    expect(shown({ unreadable: "SharePoint did not answer" })).toContain("The ContactLog could not be read The ContactLog could not be read (SharePoint did not answer)");
    const borne = shown({ records: [logged(["abusive"])] });
    expect(borne).not.toContain("not evidence");
    expect(borne).not.toContain("Approving it needs your check");
  });
});
