import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, SUB_TYPES } from "../../src/policy/categories";
import { staffGuidance } from "../../src/policy/guidance";
import { transition } from "../../src/policy/lifecycle/transition";
import { authoriserTitle, getPack, InvalidPackError, listPacks, loadPack, packFor, PACKS, UnknownPackError, wordingFor } from "../../src/policy/packs/index";
import { PolicyPack, type SourceRef } from "../../src/policy/packs/schema";
import type { Actor, ContactStrategy, StrategyCommand, TransitionResult } from "../../src/policy/strategy";
import { caseworker, command, head, strategy } from "../builders/strategy";

const POLICIES = join(import.meta.dirname, "../../../shared/policies");
const squash = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").toLowerCase();

/**
 * The text of one numbered section: from its heading ("4.0 Aggressive…", "[bookmark: …]7.0Reasons…",
 * "3.1    Unacceptable…") to the next heading. Sub-sections ("7.1") are not part of "7".
 */
const HEADING = /^(?:\s*\[bookmark:[^\]]*\])?\s*(\d+(?:\.\d+)?)\.?\s*[A-Z][a-z]/;
function sectionText(file: string, section: string): string {
  const lines = readFileSync(join(POLICIES, file), "utf8").split("\n");
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1] === section);
  if (start < 0) return "";
  const end = lines.findIndex((line, i) => i > start && HEADING.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

/** Every `source` anywhere in a pack. */
function sources(value: unknown, found: SourceRef[] = []): SourceRef[] {
  if (Array.isArray(value)) value.forEach((v) => sources(v, found));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "source") found.push(v as SourceRef);
      else sources(v, found);
    }
  }
  return found;
}

describe.each(listPacks().map((p) => [p.id, p] as const))("policy pack %s", (_id, pack) => {
  it("is valid against the schema", () => {
    expect(PolicyPack.safeParse(pack).success).toBe(true);
  });

  it("cites only text that is really in the policy it names", () => {
    const cited = sources(pack);
    expect(cited.length).toBeGreaterThan(20);
    for (const source of cited) {
      const path = join(POLICIES, source.file);
      expect(existsSync(path), source.file).toBe(true);
      expect(source.quote, `${source.file} §${source.section} has no quote`).toBeTruthy();
      expect(squash(readFileSync(path, "utf8")), `quote not found: "${source.quote}"`).toContain(squash(source.quote!));
    }
  });

  it("finds each quote in the section it names, not elsewhere in the policy", () => {
    for (const source of sources(pack)) {
      const text = sectionText(source.file, source.section);
      expect(text, `${source.file} has no section ${source.section}`).not.toBe("");
      expect(squash(text), `"${source.quote}" is not in §${source.section}`).toContain(squash(source.quote!));
    }
  });

  it("names its policy document with a public https address", () => {
    expect(pack.policyDocument.url).toMatch(/^https:\/\/www\./);
    expect(pack.policyDocument.title).toContain(pack.office.shortName);
  });

  it("words every canonical category and sub-type in its own terms", () => {
    for (const category of CATEGORY_IDS) {
      const packCategory = pack.categories.find((c) => c.canonical === category);
      expect(packCategory, category).toBeDefined();
      expect(packCategory!.subTypes.map((s) => s.id).sort()).toEqual([...SUB_TYPES[category]].sort());
    }
  });
});

describe("the packs differ where the policies differ", () => {
  it("Gwent: the Chief Executive authorises after four criteria; no dispute route", () => {
    const gwent = getPack("gwent");
    expect(gwent.authoriser.title).toBe("Chief Executive");
    expect(gwent.criteria).toHaveLength(4);
    expect(gwent.disputeTo).toBeUndefined();
    expect(gwent.office.personTerm).toBe("customer");
    expect(gwent.authoriser.role).toBe("chiefExecutive");
    expect(authoriserTitle(gwent)).toBe("Chief Executive");
    expect(gwent.underlyingCauses).toEqual([]);
  });

  it("Gwent offers re-opening refusal but not blocking; Warwickshire the reverse", () => {
    const kinds = (id: string) => getPack(id).restrictionOptions.map((o) => o.kind);
    expect(kinds("gwent")).toContain("noReopeningClosedCase");
    expect(kinds("gwent")).not.toContain("blockedAddress");
    expect(kinds("warwickshire")).toContain("blockedAddress");
    expect(kinds("warwickshire")).not.toContain("noReopeningClosedCase");
  });

  it("Warwickshire: warning may be skipped for threats or violence; the notice carries the mandatory content", () => {
    const warwickshire = getPack("warwickshire");
    expect(warwickshire.priorWarning.exception?.when).toMatch(/violence/);
    expect(warwickshire.priorWarning.exception?.subTypes).toEqual(["threat"]);
    expect(getPack("gwent").priorWarning.exception).toBeUndefined();
    const restrictionLetter = warwickshire.letterElements.filter((e) => e.letters.includes("restriction")).map((e) => e.id);
    expect(restrictionLetter).toEqual(expect.arrayContaining(["action", "how-to-contact", "reasons", "review-date", "dispute", "only-our-office", "policy-copy"]));
  });

  it("Warwickshire: Head of Business Services and Assurance after five criteria; dispute to the Chief Executive", () => {
    const warwickshire = getPack("warwickshire");
    expect(warwickshire.authoriser.title).toBe("Head of Business Services and Assurance");
    expect(warwickshire.criteria).toHaveLength(5);
    expect(warwickshire.disputeTo?.title).toBe("Chief Executive");
    expect(warwickshire.authoriser.role).toBe("headOfBusinessServices");
    expect(warwickshire.office.personTerm).toBe("member of the public");
    expect(warwickshire.categories.map((c) => c.group)).toEqual(["Unacceptable behaviour", "Unreasonable behaviour", "Unreasonable behaviour"]);
    expect(warwickshire.underlyingCauses.length).toBeGreaterThanOrEqual(4);
  });

  it("shows each office's own words for the same finding", () => {
    expect(wordingFor(getPack("warwickshire"), "abusive", "threat")).toMatchObject({
      category: "Unacceptable behaviour",
      subType: "Threats or harm to people or property",
      policyRef: "warwickshire-managing-public-contact-policy.txt §3.1",
    });
    expect(wordingFor(getPack("gwent"), "abusive", "threat").category).toBe("Aggressive or abusive contact");
    expect(wordingFor(getPack("warwickshire"), "persistent", "reframed").category).toBe("Unreasonable persistence");
    expect(wordingFor(getPack("gwent"), "demands", "timescale")).toEqual({
      category: "Unreasonable demands",
      subType: "Timescale demands",
      policyRef: "gwent-managing-customer-contact-policy.txt §6.0",
    });
    expect(wordingFor(getPack("warwickshire"), "demands", "timescale").subType).toMatch(/unreasonable timescale/);
  });

  it("falls back to the category's own words for a sub-type the pack does not know", () => {
    expect(wordingFor(getPack("warwickshire"), "abusive", "somethingNew")).toEqual({
      category: "Unacceptable behaviour",
      subType: "Unacceptable behaviour",
      policyRef: "warwickshire-managing-public-contact-policy.txt §3.1",
    });
  });

  it("names the known packs when asked for an unknown one", () => {
    expect(() => getPack("lancashire")).toThrow(UnknownPackError);
    expect(() => getPack("lancashire")).toThrow(/"lancashire".*Known packs: gwent, warwickshire/);
    expect(Object.isFrozen(PACKS)).toBe(true);
  });
});

/**
 * A made-up third office, written as plain data (what a JSON file or a SharePoint item would
 * hold): its own authoriser, three criteria of its own, a shorter review period, its own
 * words, and a wider warning exception. Nothing in src/ knows about it.
 */
const FILE = "borsetshire-service-user-contact-policy.txt";
const at = (section: string, quote: string) => ({ file: FILE, section, quote });
const worded = (id: string, label: string, section: string) => ({ id, label, description: label, source: at(section, label) });
const borsetshireData = {
  id: "borsetshire",
  version: "2026 (BPCC-2026-007)",
  office: { name: "Office of the Police and Crime Commissioner for Borsetshire", shortName: "OPCC Borsetshire", personTerm: "service user" },
  categories: [
    {
      id: "hostile",
      canonical: "abusive",
      label: "Hostile or threatening contact",
      description: "Contact that frightens or demeans staff.",
      source: at("2.1", "Hostile or threatening contact"),
      subTypes: [worded("threat", "Threatening staff or their families", "2.1"), worded("harassment", "Following or watching staff", "2.1")],
    },
    {
      id: "repetitive",
      canonical: "persistent",
      label: "Repeated contact about a closed matter",
      description: "The same matter raised again after it was closed.",
      source: at("2.2", "Repeated contact about a closed matter"),
      subTypes: [worded("afterDecision", "Refusing to accept the outcome", "2.2")],
    },
    {
      id: "excessive",
      canonical: "demands",
      label: "Excessive requests",
      description: "Requests the office cannot meet.",
      source: at("2.3", "Excessive requests"),
      subTypes: [worded("timescale", "Insisting on a reply sooner than our standard", "2.3")],
    },
  ],
  underlyingCauses: [],
  channels: [{ channel: "email", guidance: "Warn once in writing, then read and file.", source: at("3", "Warn once in writing") }],
  restrictionOptions: [
    { kind: "singleChannel", label: "Email only", staffGuidance: "Answer only by email.", source: at("4.1", "Email only") },
    { kind: "readAndFile", label: "Read and file", staffGuidance: "Read for anything new; otherwise file without reply.", source: at("4.1", "Read and file") },
  ],
  authoriser: { role: "directorOfOperations", title: "Director of Operations and Standards", source: at("4.2", "authorised by the Director of Operations and Standards") },
  criteria: [
    worded("outcome-explained", "The outcome has been explained in writing", "4.2"),
    worded("mediation-offered", "Mediation has been offered", "4.2"),
    worded("adjustments-checked", "The service user's needs have been checked", "4.2"),
  ],
  review: { defaultMonths: 3, maximumMonths: 6, source: at("4.4", "reviewed at least every six months") },
  priorWarning: {
    required: true,
    exception: { when: "threats to staff, or staff being followed or watched", subTypes: ["threat", "harassment"], source: at("3", "no warning where staff are threatened, followed or watched") },
    source: at("3", "Warn once in writing"),
  },
  recordKeeping: { source: at("4.3", "every decision is recorded with its reasons") },
  strategyContents: { source: at("4.1", "the arrangement says what is restricted") },
  furtherContact: { source: at("4.5", "a service user always has a way to reach us") },
  reasonableAdjustments: { source: at("5", "reasonable adjustments") },
  responseTimes: { workingDays: 15, source: at("6", "fifteen working days") },
  letterElements: [{ ...worded("what-changes", "What changes and why", "4.1"), letters: ["restriction"] }],
  signposting: [{ text: "You can still contact us about any other matter.", source: at("4.5", "any other matter") }],
  policyDocument: { title: "Service User Contact Policy (OPCC Borsetshire)", url: "https://www.borsetshire-pcc.example/" },
};
/** As it would arrive from a file: plain JSON, no functions, no TypeScript types. */
const borsetshireJson: unknown = JSON.parse(JSON.stringify(borsetshireData));

describe("a third office is a new pack as plain data, no code change", () => {
  const borsetshire = loadPack(borsetshireJson);
  const B = (section: string) => `${FILE} §${section}`;
  const director: Actor = { upn: "jo.director@opcc.example.gov.uk", displayName: "Jo Director", roles: ["directorOfOperations"] };
  const ALL_B = ["outcome-explained", "mediation-offered", "adjustments-checked"];
  const proposed = (overrides: Partial<ContactStrategy> = {}) =>
    strategy({ packId: "borsetshire", packVersion: borsetshire.version, status: "proposed", proposedBy: caseworker.upn, ...overrides });
  const approve = (overrides: Partial<Extract<StrategyCommand, { type: "approve" }>> = {}) =>
    ({ ...command("approve", director, { criteriaConfirmed: ALL_B, reviewDate: "2027-03-31" }), ...overrides });
  const refusal = (result: TransitionResult) => {
    if (result.ok) throw new Error("expected a refusal");
    return result;
  };

  it("is what an office's config names: its own pack as data, or a shipped one by id", () => {
    expect(packFor({ packId: "borsetshire", pack: borsetshireJson }).office.shortName).toBe("OPCC Borsetshire");
    expect(packFor({ packId: "gwent" })).toBe(getPack("gwent"));
    expect(() => packFor({ packId: "warwickshire", pack: borsetshireJson })).toThrow('The policy pack given is "borsetshire", but packId says "warwickshire".');
    expect(() => packFor({ packId: "borsetshire" })).toThrow(UnknownPackError);
  });

  it("loads from JSON through the same schema as the shipped packs", () => {
    expect(borsetshire).toMatchObject({ id: "borsetshire", authoriser: { title: "Director of Operations and Standards" } });
    expect(PolicyPack.safeParse(borsetshireJson).success).toBe(true);
    expect(authoriserTitle(borsetshire)).toBe("Director of Operations and Standards");
  });

  it("only its authoriser may approve: not Warwickshire's (Borsetshire 4.2)", () => {
    const r = refusal(transition(proposed(), approve({ by: head }), borsetshire));
    expect(r).toMatchObject({ code: "notAuthoriser", policyRef: B("4.2") });
    expect(r.message).toContain("Director of Operations and Standards");
    expect(transition(proposed(), approve(), borsetshire)).toMatchObject({ ok: true, strategy: { status: "active", approvedBy: director.upn } });
  });

  it("its own criteria must be confirmed: Warwickshire's five do not count (Borsetshire 4.2)", () => {
    const warwickshireCriteria = getPack("warwickshire").criteria.map((c) => c.id);
    const r = refusal(transition(proposed(), approve({ criteriaConfirmed: warwickshireCriteria }), borsetshire));
    expect(r).toMatchObject({ code: "criteriaUnconfirmed", policyRef: B("4.2") });
    expect(r.message).toContain("The outcome has been explained in writing");
    expect(r.message).toContain("Mediation has been offered");
  });

  it("its maximum review period is six months, not twelve (Borsetshire 4.4)", () => {
    // NOW is 2026-11-25: six months on is 2027-05-25.
    expect(transition(proposed(), approve({ reviewDate: "2027-05-25" }), borsetshire).ok).toBe(true);
    const r = refusal(transition(proposed(), approve({ reviewDate: "2027-05-26" }), borsetshire));
    expect(r).toMatchObject({ code: "reviewDateTooFar", policyRef: B("4.4") });
    expect(r.message).toContain("more than 6 months");
    // The same date is within Warwickshire's twelve months.
    const warwickshire = getPack("warwickshire");
    const inWarwickshire = transition(
      strategy({ status: "proposed", proposedBy: caseworker.upn }),
      command("approve", head, { criteriaConfirmed: warwickshire.criteria.map((c) => c.id), reviewDate: "2027-05-26" }),
      warwickshire,
    );
    expect(inWarwickshire.ok).toBe(true);
  });

  it("its own warning exception (threats or being followed) and its own citations (Borsetshire 3, 4.3, 4.5)", () => {
    const followed: Partial<ContactStrategy> = {
      categories: ["abusive"],
      subTypes: ["harassment"],
      priorWarning: { kind: "exception", reason: "threatsOrViolence", note: "Waited outside a caseworker's home." },
    };
    expect(transition(proposed(followed), approve(), borsetshire).ok).toBe(true);
    expect(refusal(transition(proposed({ ...followed, packId: "warwickshire" }), command("approve", head, { criteriaConfirmed: getPack("warwickshire").criteria.map((c) => c.id), reviewDate: "2027-03-31" }), getPack("warwickshire")))).toMatchObject({
      code: "exceptionNotEvidenced",
    });
    expect(refusal(transition(proposed({ priorWarning: { kind: "none" } }), approve(), borsetshire))).toMatchObject({ code: "noPriorWarning", policyRef: B("3") });
    expect(refusal(transition(proposed(), approve({ why: " " }), borsetshire))).toMatchObject({ code: "reasonMissing", policyRef: B("4.3") });
    expect(refusal(transition(proposed({ allowedChannels: [] }), approve(), borsetshire))).toMatchObject({ code: "noAllowedChannel", policyRef: B("4.5") });
  });

  it("its words are what findings and staff guidance show", () => {
    // The classifier words every finding through wordingFor (see classifier/types.ts `wording`).
    expect(wordingFor(borsetshire, "abusive", "threat")).toEqual({
      category: "Hostile or threatening contact",
      subType: "Threatening staff or their families",
      policyRef: B("2.1"),
    });
    expect(wordingFor(borsetshire, "persistent", "reframed")).toEqual({
      category: "Repeated contact about a closed matter",
      subType: "Repeated contact about a closed matter",
      policyRef: B("2.2"),
    });
    const activeStrategy = { ...proposed(), status: "active" } as const;
    const guidance = staffGuidance(activeStrategy, borsetshire);
    expect(guidance.may.join("\n")).toContain(`Email only: Answer only by email. (${B("4.1")})`);
    expect(guidance.mayNot.join("\n")).toContain("the service user may still contact the office");
    expect(staffGuidance({ ...activeStrategy, status: "proposed" }, borsetshire).handleThisMessage).toContain(
      `once the Director of Operations and Standards authorises them (${B("4.2")})`,
    );
  });
});

describe("loadPack refuses a malformed pack, naming the bad field", () => {
  const withChange = (change: (pack: Record<string, unknown>) => void) => {
    const pack = JSON.parse(JSON.stringify(borsetshireData)) as Record<string, unknown>;
    change(pack);
    return pack;
  };
  const problemsOf = (json: unknown) => {
    try {
      loadPack(json);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPackError);
      return { message: (error as InvalidPackError).message, fields: (error as InvalidPackError).problems.map((p) => p.field) };
    }
    throw new Error("expected the pack to be refused");
  };

  it("names a missing authoriser and a wrongly typed review period", () => {
    const { message, fields } = problemsOf(withChange((p) => {
      delete p.authoriser;
      p.review = { defaultMonths: "three", maximumMonths: 6, source: at("4.4", "six months") };
    }));
    expect(fields).toEqual(expect.arrayContaining(["authoriser", "review.defaultMonths"]));
    expect(message).toMatch(/^Policy pack "borsetshire" is invalid: /);
  });

  it("refuses something that is not a pack at all", () => {
    expect(problemsOf("gwent").fields).toEqual(["(the pack itself)"]);
    expect(problemsOf(null).message).toContain("(no id)");
  });

  it("refuses a default review period longer than the maximum, and accepts one equal to it", () => {
    const { message, fields } = problemsOf(withChange((p) => (p.review = { defaultMonths: 12, maximumMonths: 6, source: at("4.4", "six months") })));
    expect(fields).toEqual(["review.defaultMonths"]);
    expect(message).toContain("default review period (12 months) is longer than the maximum (6 months)");
    expect(loadPack(withChange((p) => (p.review = { defaultMonths: 6, maximumMonths: 6, source: at("4.4", "six months") }))).review.defaultMonths).toBe(6);
  });

  it("refuses duplicate criterion ids, since approval looks criteria up by id", () => {
    const { fields, message } = problemsOf(withChange((p) => (p.criteria = [...(p.criteria as object[]), worded("mediation-offered", "Again", "4.2")])));
    expect(fields).toEqual(["criteria.3.id"]);
    expect(message).toContain('Duplicate criterion id "mediation-offered"');
  });

  it("refuses two categories worded for the same canonical category, and a sub-type that is not canonical", () => {
    const { fields } = problemsOf(withChange((p) => {
      const categories = p.categories as Array<Record<string, unknown>>;
      categories[1]!.canonical = "abusive";
      categories[2]!.subTypes = [worded("shouting", "Shouting", "2.3")];
    }));
    expect(fields).toEqual(expect.arrayContaining(["categories.1.canonical", "categories.1.subTypes.0.id", "categories.2.subTypes.0.id"]));
  });

  it("refuses a warning exception naming a sub-type the pack lacks, or with no warning required", () => {
    const unknownSubType = problemsOf(withChange((p) => {
      (p.priorWarning as { exception: { subTypes: string[] } }).exception.subTypes = ["threat", "violence"];
    }));
    expect(unknownSubType.fields).toEqual(["priorWarning.exception.subTypes.1"]);
    expect(unknownSubType.message).toContain('sub-type "violence"');
    const notRequired = problemsOf(withChange((p) => ((p.priorWarning as { required: boolean }).required = false)));
    expect(notRequired.fields).toEqual(["priorWarning.exception"]);
  });
});
