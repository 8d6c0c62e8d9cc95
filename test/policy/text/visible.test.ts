import { describe, expect, it } from "vitest";
import { ALERT_RULES } from "../../../src/policy/alerts/detect";
import { EXAMPLE_STAFF, type AlertRule } from "../../../src/policy/alerts/rule";
import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { RULE_LIST } from "../../../src/policy/classifier/rules/index";
import type { Classification, TextSpan } from "../../../src/policy/classifier/types";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { fold, originalSpan } from "../../../src/policy/text/normalise";
import { visibleText } from "../../../src/policy/text/visible";

const NOW = "2026-11-25T10:00:00.000Z";
const UNDER_STRATEGY = { restrictions: ["readAndFile" as const], closedMatter: "A 2025 complaint that officers mishandled the investigation of a stolen van." };

function classified(body: string, packId = "warwickshire", strategy?: typeof UNDER_STRATEGY, subject = ""): Classification {
  return classify(
    { from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject, body, receivedAt: NOW },
    classifierOptions(getPack(packId), { staffDomains: ["opcc.example.gov.uk"], staffNames: EXAMPLE_STAFF, history: EMPTY_HISTORY, now: NOW, ...(strategy ? { strategy } : {}) }),
  );
}

/** Characters a reader never sees, as a tester slipped them into words. */
const INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202a", "\u2066", "\u034f"];

/** Every word of two letters or more split in its middle by an invisible character, a different one each word. */
function disguised(text: string): string {
  let k = 0;
  return text.replace(/[A-Za-z]{2,}/g, (word) => {
    const cut = word.length >> 1;
    return word.slice(0, cut) + INVISIBLES[k++ % INVISIBLES.length]! + word.slice(cut);
  });
}

const spansOf = (c: Classification): TextSpan[] => [
  ...c.findings.flatMap((f) => f.evidence.flatMap((e) => (e.kind === "text" ? [e.span] : []))),
  ...c.alerts.flatMap((a) => a.evidence.map((e) => e.span)),
];

/** Every evidence span is the original's characters, whole words, as written. */
function expectSpansAsWritten(c: Classification, subject: string, body: string) {
  for (const span of spansOf(c)) {
    const field = span.field === "subject" ? subject : body;
    expect(field.slice(span.start, span.end)).toBe(span.text);
    // It begins and ends on a letter or mark the reader sees, never inside a split word.
    expect(/[A-Za-z]/.test(field[span.start - 1] ?? "") && INVISIBLES.includes(field[span.start] ?? "")).toBe(false);
  }
}

describe("text read as a reader sees it", () => {
  it.each([
    ["zero-width space", "I kn\u200bow where Casey li\u200bves", "I know where Casey lives"],
    ["zero-width joiner and non-joiner", "I will k\u200dil\u200cl you", "I will kill you"],
    ["word joiner and byte-order mark", "I will hu\u2060rt yo\ufeffu", "I will hurt you"],
    ["soft hyphens", "I am going to end my li\u00adfe to\u00adnight", "I am going to end my life tonight"],
    ["bidi marks and isolates", "I will \u2066kill\u2069 \u200fyou\u202c", "I will kill you"],
    ["combining marks laid over letters", "k\u0336i\u0336l\u0336l\u0336 you", "kill you"],
    ["accented, full-width and mathematical letters", "I will k\u00edll you, \uff4b\uff49\uff4c\uff4c you, \u{1d424}\u{1d422}\u{1d425}\u{1d425} you", "I will kill you, kill you, kill you"],
    ["Cyrillic look-alikes inside a Latin word", "I will k\u0456ll y\u043eu", "I will kill you"],
    ["unusual spaces", "I\u00a0know\u2009where\u202fyou live", "I know where you live"],
    ["a right-to-left override showing letters reversed", "I will \u202euoy llik\u202c tonight", "I will kill you tonight"],
    // Tester B2: look-alikes the reading missed.
    ["Greek epsilon and kappa inside a Latin word", "I will k\u03b5ll you, \u03baill you", "I will kell you, kill you"],
    ["a Greek run inside a Latin word", "\u03b5\u03baill", "ekill"],
    ["Cyrillic ka and Armenian oh inside a Latin word", "\u043aill y\u0585u", "kill you"],
    ["circled letters", "I will \u24da\u24d8\u24db\u24db you", "I will kill you"],
    ["small capitals", "I will \u1d0b\u026a\u029f\u029f you", "I will kill you"],
    ["a dotless i", "I will k\u0131ll you", "I will kill you"],
    ["the braille blank used as a space", "I\u2800will\u2800kill\u2800you", "I will kill you"],
    ["ligatures", "you \ufb01lthy \ufb02ake", "you filthy flake"],
  ])("%s", (_label, written, seen) => {
    expect(visibleText(written).text).toBe(seen);
  });

  it.each([
    ["plain English", "I know where you live."],
    ["curly quotes and a pound sign", "I\u2019m \u201cfine\u201d, it cost \u00a35"],
    ["Russian written as Russian", "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440"],
    ["Greek written as Greek", "\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1"],
  ])("leaves %s as it is, without a map", (_label, text) => {
    const seen = visibleText(text);
    expect(seen.text).toBe(text);
    expect(seen.map).toBeUndefined();
  });

  it("maps a folded match back to the characters as written, invisibles and overrides included", () => {
    const written = "Tell her I kn\u200bow where she li\u00adves and I will \u202euoy llik\u202c";
    const f = fold(written);
    // The override's letters are stored reversed ("uoy llik") and shown as read ("kill you").
    for (const [words, stored] of [["i know where she lives", "I kn\u200bow where she li\u00adves"], ["kill you", "uoy llik"]] as const) {
      const at = f.text.indexOf(words);
      expect(at).toBeGreaterThanOrEqual(0);
      const span = originalSpan(f, at, at + words.length);
      expect(written.slice(span.start, span.end)).toBe(stored);
    }
  });
});

describe("look-alike letters cannot hide a threat (tester B2)", () => {
  it.each([
    ["Greek \u03b5 and \u03ba", "I am going to \u03bai\u03bal you Casey, you will be d\u03b5ad"],
    ["circled letters", "I am going to \u24da\u24d8\u24db\u24db you Casey."],
    ["small capitals", "I am going to \u1d0b\u026a\u029f\u029f you Casey."],
    ["a dotless i", "I am going to k\u0131ll you Casey."],
    ["an Armenian \u0585", "I will sh\u0585\u0585t Casey."],
    ["braille blanks for spaces", "I\u2800know\u2800where\u2800Casey\u2800lives."],
  ])("%s: threat-to-staff, its evidence the characters as written", (_label, body) => {
    const result = classified(body);
    expect(result.alerts.map((a) => a.kind)).toContain("threat-to-staff");
    expectSpansAsWritten(result, "", body);
    const shown = result.alerts.find((a) => a.kind === "threat-to-staff")!.evidence.map((e) => e.span.text).join(" ");
    // The disguise is shown as written, not as read.
    expect(shown).toMatch(/[^\x20-\x7e]/);
  });

  it("a ligature in an insult still finds the category", () => {
    const body = "You are a \ufb01lthy liar.";
    const result = classified(body);
    expect(result.categories).toContain("abusive");
    expectSpansAsWritten(result, "", body);
  });

  it("leaves Greek, Russian and Armenian written as such unchanged", () => {
    for (const text of ["\u03ba\u03b1\u03bb\u03ac", "\u043a\u043e\u0442", "\u0562\u0561\u0580\u0587 \u0585\u0580"]) expect(visibleText(text)).toEqual({ text });
  });
});

describe("the brief's message, with and without invisibles (issue 10)", () => {
  it("'I kn\u200bow where Casey li\u200bves' is a threat to staff, its evidence the words as written", () => {
    const body = "I kn\u200bow where Casey li\u200bves. You'll regret ignoring me.";
    const result = classified(body);
    expect(result.alerts.map((a) => a.kind)).toContain("threat-to-staff");
    expectSpansAsWritten(result, "", body);
    const shown = result.alerts.find((a) => a.kind === "threat-to-staff")!.evidence.map((e) => e.span.text).join(" ");
    expect(shown).toContain("kn\u200bow");
  });

  it("a subject line with invisibles is read too, its evidence in the subject", () => {
    const subject = "I am going to k\u200bill my\u00adself";
    const result = classified("Nobody listens.", "warwickshire", undefined, subject);
    expect(result.alerts.map((a) => a.kind)).toContain("risk-to-life");
    expectSpansAsWritten(result, subject, "Nobody listens.");
  });
});

describe("bidi overrides cannot hide a message (tester B2: a nested override read every word backwards)", () => {
  const MESSAGES: [string, string][] = [
    ["I am going to kill you Casey.", "threat-to-staff"],
    ["I am going to kill myself tonight, I have the pills ready.", "risk-to-life"],
    ["I know where Casey lives and I will be waiting outside her house.", "threat-to-staff"],
  ];
  // Each opens a run the override must not reverse across, or ends the paragraph it could reverse.
  const OPENERS = ["\u202e\u202d", "\u202e\u202a", "\u202e\u2066", "\u202e\u2068", "\u202e\u2029", "\u202e\r", "\u202e\u202b", "Dear office,\n\u202e\u202d"];
  for (const [message, kind] of MESSAGES) {
    for (const opener of OPENERS) {
      it(`${JSON.stringify(opener)} before '${message}' still raises ${kind}`, () => {
        const body = `${opener}${message}`;
        const result = classified(body);
        expect(result.alerts.map((a) => a.kind)).toContain(kind);
        expectSpansAsWritten(result, "", body);
      });
    }
  }

  it("text stored reversed under an unclosed override is read as shown and still alerts", () => {
    const body = `\u202e${[..."I am going to kill you Casey."].reverse().join("")}`;
    expect(classified(body).alerts.map((a) => a.kind)).toContain("threat-to-staff");
  });

  it("an override before insults still finds the category", () => {
    expect(classified("\u202e\u202dYou are a useless stupid idiot.").categories).toContain("abusive");
  });
});

/** The rules that raise `rule`'s kind for a text. */
function alertRulesFor(body: string, rule: AlertRule): string[] {
  return classified(body, "warwickshire", rule.kind === "new-matter" ? UNDER_STRATEGY : undefined)
    .alerts.filter((a) => a.kind === rule.kind)
    .flatMap((a) => a.rules);
}

describe.each(ALERT_RULES.map((r) => [r.id, r] as const))("alert rule %s, every word split by an invisible character", (_id, rule) => {
  it.each(rule.examples.match.map((e) => [disguised(e)]))("still raises its alert on %j", (example) => {
    expect(alertRulesFor(example, rule)).toContain(rule.id);
  });
  it.each(rule.examples.notMatch.map((e) => [disguised(e)]))("still does not fire on the look-alike %j", (example) => {
    expect(alertRulesFor(example, rule)).not.toContain(rule.id);
  });
});

describe("behaviour categories, every word split by an invisible character", () => {
  const rulesFound = (body: string) => classified(body, "gwent").findings.flatMap((f) => f.rules);
  const textRules = RULE_LIST.filter((r) => r.matches !== "history");
  it.each(textRules.flatMap((r) => (r.matches as readonly string[]).map((text) => [r.id, disguised(text)] as const)))("%s still finds: %j", (id, text) => {
    const result = classified(text, "gwent");
    expect(result.findings.flatMap((f) => f.rules)).toContain(id);
    expectSpansAsWritten(result, "", text);
  });
  it.each(RULE_LIST.flatMap((r) => r.notMatches.map((text) => [r.id, disguised(text)] as const)))("%s still does not find: %j", (id, text) => {
    expect(rulesFound(text)).not.toContain(id);
  });
});
