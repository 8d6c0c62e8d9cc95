import { describe, expect, it } from "vitest";
import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import type { MessageInput } from "../../../src/policy/classifier/types";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { loadScorer } from "../../../src/policy/scorer/join";
import { loadModel, ScorerError, SCORER_FORMAT } from "../../../src/policy/scorer/model";
import type { Scorer } from "../../../src/policy/scorer/types";
import committed from "../../../src/policy/scorer/weights.json";
import { message, NOW } from "../classifier/fixtures";

/**
 * A small hand-made model: made-up words the rules cannot know ("grobbly" towards abusive,
 * "vantablue" towards risk to life), so what is found here the scorer alone found.
 */
function fixtureScorer(thresholds: { abusive: number | null; alert: number | null; shortAlert?: number | null } = { abusive: 0.5, alert: 0.5 }): Scorer {
  return loadScorer({
    format: SCORER_FORMAT,
    vocabulary: ["w:grobbly", "b:grobbly person", "w:vantablue", "w:demeaning"],
    targets: {
      abusive: { bias: -3, threshold: thresholds.abusive, likely: 0.9, weights: [0, 300, 1, 100] },
      "abusive/threat": { bias: -1, threshold: null, likely: null, weights: [] },
      "abusive/demeaning": { bias: -1, threshold: null, likely: null, weights: [0, 50] },
      "alert/risk-to-life": { bias: -3, threshold: thresholds.alert, shortThreshold: thresholds.shortAlert ?? null, likely: null, weights: [2, 300] },
    },
  });
}

/** Twenty-odd ordinary words: the scorer weighs letters, not a few words (FEWEST_WORDS). */
const LETTER = "I am writing about the meeting last month with the team at the office about my neighbour and the parking on our road which is still a problem";

const options = (scorer?: Scorer, readAndFile = false) =>
  classifierOptions(getPack("warwickshire"), { staffDomains: ["opcc.example.gov.uk"], history: EMPTY_HISTORY, now: NOW, ...(scorer ? { scorer } : {}), ...(readAndFile ? { strategy: { restrictions: ["readAndFile"] } } : {}) });

const textOf = (m: MessageInput, field: "subject" | "body", start: number, end: number) => (field === "subject" ? m.subject : m.body).slice(start, end);

describe("the learned scorer in classify()", () => {
  it("adds a category the rules missed, naming its own rule, with the words that weighed most as highlightable spans", () => {
    const m = message({ body: `${LETTER}. You are a grobbly person and everyone knows it.` });
    expect(classify(m, options()).categories).toEqual([]);
    const result = classify(m, options(fixtureScorer()));
    expect(result.categories).toEqual(["abusive"]);
    const finding = result.findings[0]!;
    expect(finding.rules).toEqual(["learned.abusive"]);
    expect(finding.subType).toBe("demeaning");
    expect(finding.wording.category).toBeTruthy();
    // "possible" (below the pane's "likely" 0.65), never "strong": it is a suggestion from weights, not the policy's words.
    expect(finding.confidence).toBeLessThan(0.8);
    const spans = finding.evidence.flatMap((e) => (e.kind === "text" ? [e.span] : []));
    expect(spans.map((s) => s.text)).toEqual(["grobbly person"]);
    for (const s of spans) expect(textOf(m, s.field, s.start, s.end)).toBe(s.text);
  });

  it("never shows a greeting, a reply prefix or a stop word as the evidence, though each still counts in the score", () => {
    const weighed = () =>
      loadScorer({
        format: SCORER_FORMAT,
        vocabulary: ["w:grobbly", "w:re", "w:hello", "w:your", "w:going"],
        targets: {
          abusive: { bias: -3, threshold: 0.5, likely: 0.9, weights: [0, 100, 1, 300, 2, 300, 3, 300, 4, 50] },
          "abusive/demeaning": { bias: -1, threshold: null, likely: null, weights: [] },
        },
      });
    const m = message({ subject: "Re: your letter", body: `Hello, ${LETTER}. Your answer is going to grobbly everyone.` });
    const finding = classify(m, options(weighed())).findings[0]!;
    expect(finding.rules).toEqual(["learned.abusive"]);
    // "Re", "Hello" and "your" weighed three times "grobbly"; only "going to grobbly" (joined across "to") is shown.
    expect(finding.evidence.map((e) => e.kind === "text" && e.span.text)).toEqual(["going to grobbly"]);
    // Those words alone still make the suggestion (the score is unchanged); it just shows no word.
    const unshownOnly = classify(message({ subject: "Re: your letter", body: `Hello, ${LETTER}.` }), options(weighed())).findings[0];
    expect(unshownOnly?.evidence ?? []).toEqual([]);
    expect(unshownOnly?.rules).toEqual(["learned.abusive"]);
  });

  it("finds words in the subject as subject spans", () => {
    const m = message({ subject: "grobbly", body: LETTER });
    const span = classify(m, options(fixtureScorer())).findings[0]!.evidence[0]!;
    expect(span.kind === "text" && span.span).toMatchObject({ field: "subject", start: 0, end: 7, text: "grobbly" });
  });

  it("leaves a message of a few words to the rules", () => {
    expect(classify(message({ body: "grobbly person" }), options(fixtureScorer())).categories).toEqual([]);
  });

  it("judges a short message (6 to 19 words) only for a kind with a short threshold of its own, and never a message of fewer than 6", () => {
    const short = message({ body: "I keep thinking about the vantablue again tonight, sorry." });
    expect(classify(short, options(fixtureScorer())).alerts).toEqual([]);
    const alert = classify(short, options(fixtureScorer({ abusive: 0.5, alert: 0.5, shortAlert: 0.5 }))).alerts.find((a) => a.kind === "risk-to-life");
    expect(alert?.rules).toEqual(["learned.risk-to-life"]);
    expect(alert?.evidence.map((e) => e.span.text)).toEqual(["vantablue"]);
    // Five words, subject and body: too few for any threshold.
    expect(classify(message({ subject: "", body: "the vantablue again tonight, sorry" }), options(fixtureScorer({ abusive: 0.5, alert: 0.5, shortAlert: 0.5 }))).alerts).toEqual([]);
  });

  it("raises an alert the rules missed, with the pack's guidance, under a read-and-file strategy too", () => {
    const m = message({ body: `${LETTER}. I keep thinking about the vantablue again tonight.` });
    expect(classify(m, options(undefined, true)).alerts).toEqual([]);
    const alert = classify(m, options(fixtureScorer(), true)).alerts.find((a) => a.kind === "risk-to-life");
    expect(alert?.rules).toEqual(["learned.risk-to-life"]);
    expect(alert?.guidance.steps.length).toBeGreaterThan(0);
    expect(alert?.guidance.strategyNote).toMatch(/strategy/i);
    expect(alert?.evidence.map((e) => e.span.text)).toEqual(["vantablue"]);
    expect(alert?.evidence[0]!.policyRef).toMatch(/§7/);
  });

  it("keeps what the rules find: their findings and alerts are not replaced", () => {
    const m = message({ body: `${LETTER}. You are a grobbly person. I know where you live, Casey, and you will regret it.` });
    const rulesOnly = classify(m, options());
    const withScorer = classify(m, options(fixtureScorer()));
    expect(rulesOnly.categories).toContain("abusive");
    expect(withScorer.findings).toEqual(rulesOnly.findings);
    expect(withScorer.alerts).toEqual(rulesOnly.alerts);
  });

  it("without a scorer, or with one that suggests nothing, classifies exactly as the rules do", () => {
    const m = message({ body: `${LETTER}. You are a grobbly person and I want an answer by tomorrow or else.` });
    const silent = fixtureScorer({ abusive: null, alert: null });
    expect(classify(m, options(silent))).toEqual(classify(m, options()));
  });
});

describe("the committed scorer and a message framed as a request (issue 13)", () => {
  const committedScorer = loadScorer(committed);
  const demanded = (body: string) => classify(message({ subject: "My complaint", body }), options(committedScorer)).categories.includes("demands");
  // Each pair: the same words, framed as a request and not. The scorer weighs "want", "expect", "again"; the framing is the rules'.
  it.each([
    [
      "a question whether it can be done",
      "You moved my complaint to the Chief Executive. I want the caseworker who has dealt with it since March, Liam. Is that possible?",
      "You moved my complaint to the Chief Executive. I want the caseworker who has dealt with it since March, Liam.",
    ],
    [
      "an office past its own time",
      "I have written three times now. Your office has failed to respond within its own 20 working days. I will be raising this with the Police and Crime Panel and my MP. I expect a full reply.",
      "I have written three times now. I will be raising this with the Police and Crime Panel and my MP. I expect a full reply.",
    ],
    [
      "what a member of staff asked for",
      "As Casey asked on the phone today, here is my complaint again with the missing page 3 included.",
      "As I asked on the phone today, here is my complaint again with the missing page 3 included.",
    ],
  ])("adds no demand to %s", (_label, framed, plain) => {
    expect(demanded(framed)).toBe(false);
    expect(demanded(plain)).toBe(true);
  });
});

describe("the committed scorer and criticism of the office as a body (issue 13; dev.md)", () => {
  const committedScorer = loadScorer(committed);
  // The rules read these as criticism of the office as a body (classifier/collective.ts); the scorer weighs "useless" and
  // "sick" alike whether said of a person or of the office, and is not asked.
  it.each([
    "You people make me sick. Useless, the lot of you. I wrote in March about the parking outside the school and the speeding on our road, and I have had nothing back from anyone at all, not even an acknowledgement.",
    "You are a bunch of useless, lazy pen-pushers and you make me sick. The whole system is rotten from top to bottom. I want my complaint about the parking outside the school looked at properly by someone who cares.",
  ])("adds no abuse to %j", (body) => {
    expect(classify(message({ subject: "Your office", body }), options(committedScorer)).categories).not.toContain("abusive");
  });
});

describe("loading the weights", () => {
  it("refuses a file that is not weights, saying the suggestions are from the rules alone", () => {
    expect(() => loadModel({})).toThrow(ScorerError);
    expect(() => loadModel({})).toThrow(/not usable.*rules alone/);
    expect(() => loadModel(null)).toThrow(ScorerError);
    expect(() => loadModel({ format: SCORER_FORMAT, vocabulary: [], targets: { abusive: { bias: 0, threshold: 0.5, likely: null, weights: [3, 1] } } })).toThrow(/feature 3 of 0/);
    expect(() => loadModel({ format: SCORER_FORMAT, vocabulary: ["w:x"], targets: { abusive: { bias: 0, threshold: 1.5, likely: null, weights: [] } } })).toThrow(/threshold/);
  });

  it("loads the committed weights: abusive, demands and the alert kinds, each with a threshold or none", () => {
    const scorer = loadModel(committed);
    const ids = scorer.targets.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(["abusive", "demands", "alert/risk-to-life", "alert/threat-to-staff", "alert/safeguarding", "alert/crime"]));
    expect(scorer.weights.size).toBeGreaterThan(100);
  });
});

describe("the join: the scorer as a rule's second sign", () => {
  /** A threat-to-staff model that weighs one made-up word, with a join threshold below its own. */
  const joining = (join: number | null) =>
    loadScorer({
      format: SCORER_FORMAT,
      vocabulary: ["w:glimmerwick"],
      targets: { "alert/threat-to-staff": { bias: -3, threshold: 0.99, joinThreshold: join, likely: null, reads: "words", weights: [0, 40] } },
    });
  // One sign of weight 1 (threat-signs.ts "their movements"), which the rules hold back for want of a second.
  const lone = `${LETTER}. I will talk to Casey when she finishes at five, glimmerwick.`;

  it("raises a held-back threat to staff when the scorer is at or above its join threshold, naming the rule and the scorer", () => {
    expect(classify(message({ body: lone }), options()).alerts).toEqual([]);
    const alert = classify(message({ body: lone }), options(joining(0.5))).alerts.find((a) => a.kind === "threat-to-staff");
    expect(alert?.rules).toEqual(["threat-to-staff/their-movements", "learned.threat-to-staff"]);
    expect(alert?.evidence[0]!.span.text).toBe("when she finishes at five");
    expect(alert?.evidence.map((e) => e.span.text)).toContain("glimmerwick");
  });

  it("raises nothing without the rule's sign, below the join threshold, or with no join threshold", () => {
    expect(classify(message({ body: `${LETTER}. glimmerwick.` }), options(joining(0.5))).alerts).toEqual([]);
    expect(classify(message({ body: lone }), options(joining(0.999))).alerts).toEqual([]);
    expect(classify(message({ body: lone }), options(joining(null))).alerts).toEqual([]);
  });
});

describe("a threat to staff is abusive too, where the learned scorer agrees (threat-as-abuse.ts)", () => {
  // A made-up word moves only the abusive probability, to about 0.43 (weight 60) or 0.11 (weight 20): below the scorer's
  // own threshold either way, so it adds no abusive finding alone.
  const agreeing = (weight: number) =>
    loadScorer({
      format: SCORER_FORMAT,
      vocabulary: ["w:glimmerwick"],
      targets: {
        abusive: { bias: -3, threshold: 0.68, likely: 0.9, weights: [0, weight] },
        "abusive/threat": { bias: -1, threshold: null, likely: null, weights: [] },
        "abusive/harassment": { bias: -2, threshold: null, likely: null, weights: [] },
      },
    });
  // Harm as advice (veiled.ts): the alert reads it, the category's rules find no abuse in its words.
  const advice = message({ body: `${LETTER}. How are your tyres these days, Casey? Worth a look before you set off, glimmerwick.` });

  it("calls a threat to staff the alerts found abusive, as a threat, showing the alert's words; not without the alert or the scorer's agreement", () => {
    const rulesAlone = classify(advice, options());
    expect(rulesAlone.categories).toEqual([]);
    const alert = rulesAlone.alerts.find((a) => a.kind === "threat-to-staff")!;
    expect(alert).toBeDefined();
    const result = classify(advice, options(agreeing(60)));
    expect(result.categories).toEqual(["abusive"]);
    const finding = result.findings.find((f) => f.category === "abusive")!;
    expect(finding.subType).toBe("threat");
    expect(finding.rules).toEqual(["learned.abusive"]);
    expect(finding.evidence.flatMap((e) => (e.kind === "text" ? [e.span.text] : []))).toEqual(alert.evidence.map((e) => e.span.text));
    // Not without an alert to staff, nor when the scorer does not agree.
    const noThreat = message({ body: `${LETTER}. How are your holidays these days, Casey? Worth a look before you set off, glimmerwick.` });
    expect(classify(noThreat, options(agreeing(60))).categories).toEqual([]);
    expect(classify(advice, options(agreeing(20))).categories).toEqual([]);
  });

  // Someone else's threat, passed on by a writer warning the office (threat-passed-on.ts): the alert, and no abuse.
  const warning = (sentence: string) => message({ body: `${sentence} I don't agree with him and I wanted to warn you so she can be careful. ${LETTER}.` });
  const relayed = "My brother keeps saying he is going to wait outside your office for the caseworker glimmerwick.";

  it("makes no abusive finding of a threat someone else made, passed on as a warning; the writer's own threat by proxy still makes one", () => {
    const result = classify(warning(relayed), options(agreeing(60)));
    expect(result.alerts.map((a) => a.kind)).toContain("threat-to-staff");
    expect(result.categories).toEqual([]);
    // Warning words beside it do not make the writer's own threat someone else's.
    for (const proxy of ["Me and my brother will be waiting outside your office for the caseworker glimmerwick.", "People like me know where your caseworker parks glimmerwick."]) {
      expect(classify(warning(proxy), options(agreeing(60))).categories).toEqual(["abusive"]);
    }
  });

  it("reads the scorer's own abusive suggestion from the writer's sentences, not from the threat passed on", () => {
    const sure = agreeing(300);
    expect(classify(warning(relayed), options(sure)).categories).toEqual([]);
    // The word that weighs in the writer's own words: the suggestion stands, and shows that word.
    const own = classify(warning(`${relayed.replace(" glimmerwick", "")} Glimmerwick, the lot of you.`), options(sure));
    const finding = own.findings.find((f) => f.category === "abusive")!;
    expect(finding.rules).toEqual(["learned.abusive"]);
    expect(finding.evidence.flatMap((e) => (e.kind === "text" ? [e.span.text] : []))).toEqual(["Glimmerwick"]);
  });
});
