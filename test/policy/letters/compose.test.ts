import { describe, expect, it } from "vitest";
import { DEFAULT_ADVICE } from "../../../src/policy/letters/behaviour";
import { composeLetter, type LetterRequest, type RecordedContact } from "../../../src/policy/letters/compose";
import { requiredElements } from "../../../src/policy/letters/check-templates";
import type { Letter, LetterResult } from "../../../src/policy/letters/letter";
import { letterText } from "../../../src/policy/letters/text";
import { cite } from "../../../src/policy/packs/cite";
import { getPack, listPacks } from "../../../src/policy/packs/index";
import type { PolicyPack } from "../../../src/policy/packs/schema";
import { contacts, everyLetter, inForce, LETTER_DATE } from "../../builders/letters";

const context = { date: LETTER_DATE, preparedBy: "Casey Worker" };
const compose = (packId: string, request: LetterRequest): LetterResult => composeLetter(getPack(packId), request, context);
function letterOf(result: LetterResult): Letter {
  if (!result.ok) throw new Error(`Refused: ${result.problems.map((p) => p.message).join("; ")}`);
  return result.letter;
}
/** The text of the paragraphs and lists that carry one element. */
function carried(letter: Letter, element: string): string {
  return letter.blocks
    .filter((b) => b.carries.includes(element))
    .map((b) => (b.type === "paragraph" ? b.text : b.items.join("\n")))
    .join("\n");
}

/**
 * What each element must actually say in these fixtures' letters — not only that a paragraph
 * claims to carry it. Pat's strategy: abuse and volume, email only through Sam Carter, read and
 * file, approved 1 October 2026 after a warning, review by 1 April 2027.
 */
const SAYS: Record<string, RegExp> = {
  // Warwickshire
  behaviour: /Abuse|Volume or duration of contact|right to be heard/,
  "how-to-change": /Abuse: Please do not swear at or insult anyone\..*\nVolume or duration of contact: Please write to us once/s,
  "if-continues": /limit how you can contact us.*contact strategy/s,
  action: /Please contact Sam Carter only/,
  "how-to-contact": /You can contact us by (email|letter)/,
  reasons: /This is our reason: Repeated abusive emails to staff/,
  purpose: /quickly and correctly.*get in the way/s,
  "review-date": /1 April 2027/,
  "other-matters": /any other matter/,
  dispute: /Chief Executive/,
  "only-our-office": /only about contact with our office.*999.*101/s,
  "policy-copy": /Managing Public Contact Policy \(OPCC Warwickshire\)/,
  "information-rights": /information we hold/,
  "breach-consequences": /do not have to reply/,
  "breach-reasons": /1 October 2026\. This was our reason: Repeated abusive/,
  "review-result": /(keep|change|end|remove) the (strategy|limits).*This is (our|the) reason: Contact has been polite/s,
  changes: /Please contact us by letter only/,
  "dispute-result": /(still appl(?:y|ies)|something different|different approach).*The emails of 3 and 5 September were abusive/s,
  "not-for-us": /not able to deal with complaints about Warwickshire Police/,
  signpost: /dealt with by the Chief Constable/,
  "accessible-format": /large print/,
  // Gwent
  "behaviour-unacceptable": /Swearing or other offensive language|unacceptable/,
  "may-manage": /steps to manage how you contact us/,
  "chance-to-adapt": /Swearing or other offensive language: Please do not shout or swear\..*\nRepetitive communications: Please write to us once/s,
  restrictions: /Please contact Sam Carter only|You can contact us by email/,
  "still-answered": /new information or make a new complaint/,
  reconsideration: /more acceptable approach/,
  "cannot-do": /not able to deal with complaints about Gwent Police.*practical or legal reasons/s,
  access: /access needs.*large print/s,
};

describe.each(listPacks().map((p) => [p.id, p] as const))("letters of the %s pack", (packId, pack) => {
  describe.each(everyLetter().map((l) => [l.name, l] as const))("%s", (_name, { kind, variant, request }) => {
    const letter = letterOf(compose(packId, request));

    it("carries every element the pack requires, each saying what it must", () => {
      const required = requiredElements(pack, kind, variant);
      expect(required.length).toBeGreaterThan(0);
      for (const element of required) {
        expect(letter.elements, `${element.id} (${cite(element.source)})`).toContain(element.id);
        expect(SAYS[element.id], `no expectation written for ${element.id}`).toBeDefined();
        expect(carried(letter, element.id), element.id).toMatch(SAYS[element.id]!);
      }
    });

    it("is addressed, dated, signed and in the office's own letterhead", () => {
      expect(letter.salutation).toBe("Dear Pat O'Brien");
      expect(letter.dateText).toBe("25 November 2026");
      expect(letter.letterhead.lines[0]).toBe(pack.office.name);
      expect(letter.signature.at(-1)).toBe(pack.office.name);
      expect(letter.variant).toBe(variant);
      const text = letterText(letter);
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text).not.toContain("undefined");
    });
  });
});

describe("what each office's letters say that the other's do not", () => {
  it("Warwickshire encloses its policy with the strategy letter (7); Gwent's pack asks for no copy", () => {
    const w = letterOf(compose("warwickshire", { kind: "restriction", strategy: inForce() }));
    expect(w.enclosures).toEqual([
      expect.objectContaining({ title: "Managing Public Contact Policy (OPCC Warwickshire)", copy: expect.objectContaining({ href: "assets/policies/warwickshire-managing-public-contact-policy.txt" }) }),
    ]);
    expect(letterText(w)).toContain("Enclosed: Managing Public Contact Policy (OPCC Warwickshire)");
    expect(letterOf(compose("gwent", { kind: "restriction", strategy: inForce() })).enclosures).toEqual([]);
    expect(letterOf(compose("warwickshire", { kind: "breach", strategy: inForce() })).enclosures).toEqual([]);
  });

  it("signs with the pack's roles: Warwickshire's Head of Business Services and Assurance, its Chief Executive for a dispute; Gwent's Chief Executive", () => {
    expect(letterOf(compose("warwickshire", { kind: "restriction", strategy: inForce() })).signature[0]).toBe("Head of Business Services and Assurance");
    expect(letterOf(compose("gwent", { kind: "restriction", strategy: inForce() })).signature[0]).toBe("Chief Executive");
    const dispute = everyLetter().find((l) => l.kind === "disputeOutcome")!.request;
    expect(letterOf(compose("warwickshire", dispute)).signature[0]).toBe("Chief Executive");
    expect(letterOf(compose("warwickshire", { kind: "warning", person: { name: "Pat" }, contacts: contacts() })).signature[0]).toBe("Casey Worker");
  });

  it("explains why by category: abuse harms staff, persistence takes time from others", () => {
    const abuse = letterText(letterOf(compose("warwickshire", { kind: "restriction", strategy: inForce({ categories: ["abusive"], subTypes: ["threat"] }) })));
    expect(abuse).toContain("Threats or harm to people or property");
    expect(abuse).toContain("upset or unsafe");
    expect(abuse).not.toContain("less time to help other people");
    const volume = letterText(letterOf(compose("warwickshire", { kind: "restriction", strategy: inForce({ categories: ["persistent"], subTypes: [] }) })));
    expect(volume).toContain("• Unreasonable persistence");
    expect(volume).toContain("less time to help other people");
    expect(volume).not.toContain("upset or unsafe");
  });

  it("a warning lists the contacts a caseworker confirmed, newest first, and not a dismissed one", () => {
    const letter = letterOf(compose("warwickshire", { kind: "warning", person: { name: "Pat" }, contacts: contacts() }));
    const list = letter.blocks.find((b) => b.type === "list" && b.items.some((i) => i.startsWith("Your message")));
    expect(list).toEqual({ type: "list", carries: [], items: ["Your message of 5 September 2026: “Again”.", "Your message of 3 September 2026: “Answer me NOW”."] });
    expect(letterText(letter)).not.toContain("Not this one");
  });

  it("leaves out a paragraph whose facts are not on record and no element needs: no warning date, no breach date", () => {
    const text = letterText(letterOf(compose("warwickshire", { kind: "restriction", strategy: inForce({ priorWarning: { kind: "exception", reason: "threatsOrViolence", note: "Threat to staff." } }) })));
    expect(text).not.toContain("We wrote to you on");
    expect(letterText(letterOf(compose("warwickshire", { kind: "breach", strategy: inForce() })))).not.toContain("This was on");
  });
});

/** Riley's message, corrected by a caseworker to "Unacceptable behaviour" → "Abuse": the classifier found no evidence of it (T7 #5). */
const corrected: RecordedContact[] = [
  { receivedAt: "2026-11-20T09:00:00.000Z", subject: "Very unhappy with the response", categories: ["abusive"], evidence: [], subTypes: [{ category: "abusive", subType: "offensiveLanguage" }], outcome: "corrected" },
];

describe("a warning names each behaviour recorded, why it is not accepted, and how to change it (Warwickshire 6; Gwent 7.0)", () => {
  it("Warwickshire: the sub-type a caseworker chose is named in plain words, with why and advice for it", () => {
    const text = letterText(letterOf(compose("warwickshire", { kind: "warning", person: { name: "Riley Evans" }, contacts: corrected })));
    expect(text).toContain("We are concerned about:\n\n• Abuse: using rude, abusive or offensive words.\n\nThe messages we mean are:");
    expect(text).not.toContain("• Unacceptable behaviour\n");
    expect(text).toContain("This is unacceptable behaviour. It can harm our staff, or make them feel upset or unsafe.");
    expect(text).toContain("This is how you can change the way you contact us:\n\n• Abuse: Please do not swear at or insult anyone. Tell us calmly what is wrong, and we will listen.");
    expect(text).not.toContain("less time to help other people");
  });

  it("Gwent: the same record in Gwent's words, with Gwent's reason (4.0) and advice", () => {
    const text = letterText(letterOf(compose("gwent", { kind: "warning", person: { name: "Riley Evans" }, contacts: corrected })));
    expect(text).toContain("• Swearing or other offensive language: shouting, swearing or using offensive words.");
    expect(text).toContain("We will not accept contact that threatens, harasses, swears at or insults anyone.");
    expect(text).toContain("This is how:\n\n• Swearing or other offensive language: Please do not shout or swear.");
    expect(text).not.toContain("Demands like this take up time");
  });

  it("each behaviour has its own advice: a timescale demand is told to give us time, not to stop swearing", () => {
    const demands: RecordedContact[] = [{ ...corrected[0]!, categories: ["demands"], subTypes: [{ category: "demands", subType: "timescale" }] }];
    const text = letterText(letterOf(compose("warwickshire", { kind: "warning", person: {}, contacts: demands })));
    expect(text).toContain("• Demanding responses within an unreasonable timescale: asking us to reply sooner than we can.");
    expect(text).toContain("• Demanding responses within an unreasonable timescale: Please give us time to reply.");
    expect(text).toContain("This is unreasonable behaviour. It takes up a lot of our staff's time.");
    expect(text).not.toContain("swear");
  });

  it("a sub-type the caseworker chose under a category they did not confirm is not named", () => {
    const stray: RecordedContact[] = [{ ...corrected[0]!, subTypes: [{ category: "abusive", subType: "offensiveLanguage" }, { category: "demands", subType: "timescale" }] }];
    expect(letterText(letterOf(compose("warwickshire", { kind: "warning", person: {}, contacts: stray })))).not.toContain("timescale");
  });

  it("a pack with no letter wording for a sub-type gives its label and a plain default for its category", () => {
    const pack = JSON.parse(JSON.stringify(getPack("warwickshire"))) as PolicyPack;
    pack.categories.forEach((c) => c.subTypes.forEach((s) => delete s.inLetter));
    const result = composeLetter(pack, { kind: "warning", person: {}, contacts: corrected }, context);
    const text = letterText(letterOf(result));
    expect(text).toContain("We are concerned about:\n\n• Abuse\n\nThe messages");
    expect(text).toContain(`• Abuse: ${DEFAULT_ADVICE.abusive}`);
  });

  it("every sub-type's advice in both packs cites a paragraph of that office's policy", () => {
    for (const pack of listPacks()) {
      for (const subType of pack.categories.flatMap((c) => c.subTypes)) {
        expect(subType.inLetter?.source.file, `${pack.id} ${subType.id}`).toBe(pack.categories[0]!.source.file);
      }
    }
  });
});

describe("a letter is refused, naming what is missing, before anything is produced", () => {
  it("no review date: the strategy letter names “The review date” and Warwickshire 7", () => {
    const result = compose("warwickshire", { kind: "restriction", strategy: inForce({ reviewDate: undefined }) });
    expect(result).toEqual({
      ok: false,
      problems: [{ element: "review-date", message: "“The review date” cannot be given: the review date is not on record.", policyRef: "warwickshire-managing-public-contact-policy.txt §7" }],
    });
  });

  it("no restrictions and no channel: each element is named", () => {
    const result = compose("warwickshire", { kind: "restriction", strategy: inForce({ restrictions: [], allowedChannels: [] }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.element)).toEqual(["action", "how-to-contact"]);
  });

  it("a warning with no confirmed behaviour on record names the behaviour element (Warwickshire 6, Gwent 7.0)", () => {
    const dismissed = contacts().filter((c) => c.outcome === "dismissed");
    const w = compose("warwickshire", { kind: "warning", person: { name: "Pat" }, contacts: dismissed });
    expect(w).toMatchObject({ ok: false, problems: [{ element: "behaviour", policyRef: "warwickshire-managing-public-contact-policy.txt §6" }, { element: "how-to-change" }] });
    const g = compose("gwent", { kind: "warning", person: { name: "Pat" }, contacts: [] });
    expect(g).toMatchObject({ ok: false, problems: [{ element: "behaviour-unacceptable", policyRef: "gwent-managing-customer-contact-policy.txt §7.0" }, { element: "chance-to-adapt" }] });
  });

  it("a strategy letter for a strategy not in force is refused, citing who must approve it", () => {
    const result = compose("warwickshire", { kind: "restriction", strategy: inForce({ status: "proposed" }) });
    expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("proposed, not yet approved"), policyRef: "warwickshire-managing-public-contact-policy.txt §7" }] });
    expect(compose("gwent", { kind: "breach", strategy: inForce({ status: "ended" }) }).ok).toBe(false);
  });

  it("review and dispute outcomes need a decision on record", () => {
    expect(compose("warwickshire", { kind: "reviewOutcome", strategy: inForce() })).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("No review decision") }] });
    expect(compose("warwickshire", { kind: "disputeOutcome", strategy: inForce() })).toMatchObject({ ok: false, problems: [{ message: "No dispute outcome is recorded on this strategy." }] });
  });

  it("an unknown signpost is refused, listing the pack's", () => {
    expect(compose("warwickshire", { kind: "signposting", person: {}, signpost: "parking" })).toMatchObject({
      ok: false,
      problems: [{ message: 'No signpost "parking" in the OPCC Warwickshire pack; known: force-complaint, operational-policing.' }],
    });
  });
});

describe("text from the person's mail or name is inert", () => {
  const hostileName = "<script>alert('x')</script> {{reviewDate}} Pat\u0000\u001b\u202Eevil\u200B";
  const hostileSubject = "<img src=x onerror=alert(1)> {{reasons}} ]]> &amp;";
  const hostile = [{ ...contacts()[0]!, subject: hostileSubject }];

  it("markup and merge-field syntax are printed as written; never read as fields", () => {
    const letter = letterOf(compose("warwickshire", { kind: "warning", person: { name: hostileName }, contacts: hostile }));
    expect(letter.salutation).toBe("Dear <script>alert('x')</script> {{reviewDate}} Patevil");
    expect(letterText(letter)).toContain("“<img src=x onerror=alert(1)> {{reasons}} ]]> &amp;”");
    // In a letter that has a review date, the name's "{{reviewDate}}" still is not one.
    const strategyLetter = letterOf(compose("warwickshire", { kind: "restriction", strategy: inForce({ person: { displayName: hostileName } }) }));
    expect(strategyLetter.salutation).toBe("Dear <script>alert('x')</script> {{reviewDate}} Patevil");
    expect(strategyLetter.recipient.name).toBe("<script>alert('x')</script> {{reviewDate}} Patevil");
  });

  it("control, bidirectional and zero-width characters are removed; a huge name is cut", () => {
    const letter = letterOf(compose("warwickshire", { kind: "restriction", strategy: inForce({ person: { displayName: `${"A".repeat(5000)}\u0000` }, reasons: "Line one\r\n\tline two\u0007" }) }));
    // eslint-disable-next-line no-control-regex -- asserting none are left
    expect(letterText(letter)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u200B]/);
    expect(letter.recipient.name).toHaveLength(120);
    expect(letter.recipient.name.endsWith("…")).toBe(true);
    expect(letterText(letter)).toContain("This is our reason: Line one line two");
  });

  it("staff text that looks like a field stays text too (reasons, a decision's rationale)", () => {
    const letter = letterOf(compose("warwickshire", { kind: "restriction", strategy: inForce({ reasons: "See {{personName}} and {{date}}." }) }));
    expect(letterText(letter)).toContain("This is our reason: See {{personName}} and {{date}}.");
  });
});
