import { describe, expect, it } from "vitest";
import { run, subTypes } from "./fixtures";

describe("aggressive or abusive (Gwent 4.0; Warwickshire 3.1)", () => {
  it.each([
    ["an explicit threat to staff", "If this isn't sorted I'm going to hurt you and your colleagues.", "abusive/threat"],
    ["an implicit threat", "I know where you live. You'll regret ignoring me.", "abusive/threat"],
    ["a threat against property", "Your house won't be safe if you carry on like this.", "abusive/threat"],
    ["stalking online", "I found your Facebook and I've been watching you.", "abusive/harassment"],
    ["swearing at a person", "You are a fucking disgrace.", "abusive/offensiveLanguage"],
    ["masked swearing", "You f***ing useless lot, sort it out.", "abusive/offensiveLanguage"],
    ["leetspeak swearing", "sh1t service from you people", "abusive/offensiveLanguage"],
    ["spaced-out swearing", "you are a f u c k i n g joke", "abusive/offensiveLanguage"],
    ["an insult", "You idiot, read my letter properly.", "abusive/demeaning"],
    ["demeaning a protected group", "Immigrants are vermin and your staff are no better.", "abusive/demeaning"],
    ["contempt for a group", "I hate Muslims and so should you.", "abusive/demeaning"],
    ["a slur", "The caseworker is a retard.", "abusive/demeaning"],
  ])("finds %s", (_label, body, expected) => {
    expect(subTypes(run({ body }))).toContain(expected);
  });

  it.each([
    ["forceful and determined", "I am furious. This is the third time I have written and I will take this to the Ombudsman and my MP."],
    ["a lawful threat", "If I do not hear back I will make a formal complaint and consult my solicitor."],
    ["mentioning their own protected characteristic", "As a disabled Muslim woman I need letters in large print, please."],
    ["reporting abuse they suffered", 'The officer called me a "stupid cow" and a retard in front of my children.'],
    ["quoting a slur to condemn it", 'Saying "immigrants are vermin" is disgusting and you should act on it.'],
    ["denying hate", "I don't hate immigrants, I just want my case looked at."],
    ["one expletive in frustration", "Bloody hell, I have waited six months for an answer."],
    ["criticising the service", "Your handling of my complaint has been incompetent and slow."],
  ])("does not flag %s", (_label, body) => {
    expect(run({ body }).categories).not.toContain("abusive");
  });

  it("points the evidence at the words as written, masks and all", () => {
    const body = "Dear Sir, you are a f***ing disgrace.";
    const finding = run({ body }).findings.find((f) => f.subType === "offensiveLanguage")!;
    const evidence = finding.evidence[0]!;
    expect(evidence.kind).toBe("text");
    if (evidence.kind === "text") {
      expect(evidence.span.field).toBe("body");
      expect(body.slice(evidence.span.start, evidence.span.end)).toBe("f***ing");
    }
  });

  it("finds abuse in the subject line and says so", () => {
    const finding = run({ subject: "You idiot", body: "See subject." }).findings[0]!;
    expect(finding.evidence[0]).toMatchObject({ kind: "text", span: { field: "subject", text: "You idiot" } });
  });

  it("words findings in each office's own terms", () => {
    const body = "I know where you live.";
    expect(run({ body }, undefined, "warwickshire").findings[0]?.wording.category).toBe("Unacceptable behaviour");
    expect(run({ body }, undefined, "gwent").findings[0]?.wording.category).toBe("Aggressive or abusive contact");
  });
});
