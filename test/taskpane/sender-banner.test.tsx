import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SenderBanner } from "../../src/taskpane/review/components/SenderBanner";
import { policyWords, strengthWords } from "../../src/taskpane/shared/policy-words";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { asApproved, inForceView } from "../../src/policy/in-force";
import type { SenderVerdict } from "../../src/app/sender-check";
import type { ContactStrategy } from "../../src/policy/strategy";
import { MORGAN_ID, ROSTER, CASEY_ID, proposal, recorded } from "../builders/evidence";
import { strategy } from "../builders/strategy";
import { asJudged } from "../../src/policy/evidence-as-judged";
import { decisionFingerprint } from "../../src/policy/decision-fingerprint";
import type { ContactRecord } from "../../src/policy/contact";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
const AT = new Date("2026-12-02T10:00:00Z");
const unavailable = { kind: "unavailable" as const, summary: { strategyId: "s1", status: "active" as const, personName: "Pat O'Brien" }, matchedAddress: "pat.o'brien@example.org", problem: "Reading strategies: Microsoft 365 is not answering (503)." };

describe("the sender banner's states", () => {
  it("strategy unreadable, nothing known before: may apply, with a Check again button", () => {
    const shown = text(renderToStaticMarkup(<SenderBanner verdict={unavailable} pack={warwickshirePack} onRetry={() => undefined} />));
    expect(shown).toContain("A contact strategy may apply to Pat O'Brien");
    expect(shown).toContain("(Reading strategies: Microsoft 365 is not answering (503)). Check before replying.");
    expect(shown).toContain("Check again");
  });

  it("strategy unreadable, known an hour ago: the warning stands, with its age, marked possibly out of date", () => {
    const lastKnown = { strategyId: "s1", personName: "Pat O'Brien", restrictions: "email only; read and file", singlePointOfContact: "Sam Carter", notification: "", knownAt: "2026-12-02T09:00:00.000Z" };
    const shown = text(renderToStaticMarkup(<SenderBanner verdict={unavailable} pack={warwickshirePack} lastKnown={lastKnown} now={AT} />));
    expect(shown).toContain("Contact strategy in force for Pat O'Brien — as last known");
    expect(shown).toContain("As last checked 1 hour ago: email only; read and file. Single point of contact: Sam Carter. This may be out of date");
  });

  it("no strategy, but a look-alike of an address under one: a warning naming the odd character", () => {
    const lookalikes = [{ address: "pat.o'bri\u0435n@example.org", like: "pat.o'brien@example.org", summary: unavailable.summary }];
    const shown = text(renderToStaticMarkup(<SenderBanner verdict={{ kind: "none", checked: ["pat.o'bri\u0435n@example.org"] }} pack={warwickshirePack} lookalikes={lookalikes} />));
    expect(shown).toContain("Look-alike of an address under a contact strategy");
    expect(shown).toContain("(it has е U+0435)");
    expect(shown).toContain("No contact strategy for");
  });
});

const SAM = { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
/** Pat's strategy as approved: Sam Carter the single point of contact, email only, read and file. */
const pat = strategy({
  status: "active",
  singlePointOfContact: SAM,
  allowedChannels: ["email"],
  restrictions: [{ kind: "singlePointOfContact", spoc: SAM }, { kind: "singleChannel", channel: "email" }, { kind: "readAndFile" }],
});
function inForce(item: ContactStrategy): SenderVerdict {
  const view = inForceView(item, { decisions: [recorded("approve", MORGAN_ID, item)], proposals: [proposal(CASEY_ID)] }, warwickshirePack, ROSTER);
  if (!view.inForce) throw new Error("the fixture should be in force");
  return { kind: "strategy", strategy: asApproved(item, view), view, inForce: true, matchedAddress: "pat.o'brien@example.org", matchedBy: "from" };
}
const section = (html: string, label: string) => text(html.split(`${label}</p>`)[1]!.split("</ul>")[0]!);

describe("the banner for a strategy in force", () => {
  const html = renderToStaticMarkup(<SenderBanner verdict={inForce(pat)} pack={warwickshirePack} />);
  const shown = text(html);

  it("names the single point of contact once", () => {
    expect(shown.split("Sam Carter").length - 1).toBe(1);
    expect(shown).toContain("Single point of contact: Sam Carter");
  });

  it("keeps every prohibition under “You may not”, and says nothing about calls on an email-only strategy", () => {
    const may = section(html, "You may:");
    const mayNot = section(html, "You may not:");
    expect(may).toContain("Pass the contact to the single point of contact.");
    expect(may).not.toMatch(/do not|yourself|never/i);
    expect(mayNot).toContain("Reply yourself unless you are the single point of contact.");
    expect(shown).not.toMatch(/\bcall(s|er)?\b/i);
    const withPhone = text(renderToStaticMarkup(<SenderBanner verdict={inForce({ ...pat, allowedChannels: ["email", "phone"] })} pack={warwickshirePack} />));
    expect(withPhone).toMatch(/disengage|end the call|hang up/);
  });

  it("cites the policy by its title and section, never by a file name, each citation a link to the section", () => {
    // The citation is a link (its own element), so the text has a space either side of it.
    expect(shown).toContain("( Managing Public Contact Policy (OPCC Warwickshire), section 7.2 )");
    expect(shown).toContain("( Managing Public Contact Policy (OPCC Warwickshire), section 7 )");
    expect(html.match(/data-testid="policy-link"/g)?.length).toBeGreaterThan(3);
    expect(shown).not.toMatch(/\.txt/);
  });

  it("holds what the record says: reasons, adjustments and prior warning", () => {
    expect(shown).toMatch(/Why, and what the record holds Reasons .* Reasonable adjustments .* Prior warning/);
  });
});

describe("the pane's words for the policy and for strength", () => {
  it("cites the office's policy by its title and section, and leaves an unknown file as it is", () => {
    expect(policyWords("warwickshire-managing-public-contact-policy.txt §3.1", warwickshirePack)).toBe("Managing Public Contact Policy (OPCC Warwickshire), section 3.1");
    expect(policyWords("someone-elses.txt §2", warwickshirePack)).toBe("someone-elses.txt, section 2");
  });

  it("says strong, likely or possible, never a percentage", () => {
    expect([0.9, 0.8, 0.7, 0.6].map(strengthWords)).toEqual(["strong", "strong", "likely", "possible"]);
  });
});

describe("the banner when the strategy's record is in doubt", () => {
  const morgan = MORGAN_ID;
  const unreadableEnd = { item: "9", claimedKind: "end", why: "its JSON does not parse", author: morgan, recordedAt: "2026-12-02T11:00:00.000Z" };
  const verdictOf = (item: ContactStrategy, evidence: Parameters<typeof inForceView>[1]): SenderVerdict => {
    const view = inForceView(item, evidence, warwickshirePack, ROSTER);
    return view.inForce
      ? { kind: "strategy", strategy: asApproved(item, view), view, inForce: true, matchedAddress: "pat.o'brien@example.org", matchedBy: "from" }
      : { kind: "strategy", strategy: item, view, inForce: false, matchedAddress: "pat.o'brien@example.org", matchedBy: "from" };
  };

  it("in force, with an unreadable 'end' after the approval: the restrictions stay, and the unreadable item is named", () => {
    const shown = text(renderToStaticMarkup(<SenderBanner verdict={verdictOf(pat, { decisions: [recorded("approve", MORGAN_ID, pat)], proposals: [proposal(CASEY_ID)], unreadableDecisions: [unreadableEnd] })} pack={warwickshirePack} />));
    expect(shown).toContain("Reply yourself unless you are the single point of contact.");
    expect(shown).toContain("Decisions item 9 (its Kind column says “end”), recorded by Morgan Reid");
    expect(shown).toContain("This strategy is kept in force on the decisions that can be read, restrictions and all");
  });

  it("in force on a contact Casey rewrote through Graph after the approval taken through the add-in (its intent on the trail; T11 #3): the restrictions stay, and the banner names what changed, who and when", () => {
    const judged: ContactRecord = { internetMessageId: "<threat@example.org>", senderAddress: "pat.o'brien@example.org", receivedAt: "2026-12-01T09:00:00.000Z", subject: "I know where you live", categories: ["abusive"], evidence: [], outcome: "confirmed", recordedBy: "sam.carter@opcc.example.gov.uk", recordedAt: "2026-12-01T09:05:00.000Z", staffContacted: [] };
    const approval = recorded("approve", MORGAN_ID, pat, { recordedAt: "2026-12-05T12:00:00.000Z", evidenceChecked: undefined, evidenceContacts: [judged.internetMessageId], evidenceRecords: asJudged([{ ...judged, item: { version: 1 } }], [judged.internetMessageId]) });
    const rewritten = { ...judged, categories: [], item: { createdBy: { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" }, modifiedBy: CASEY_ID, modifiedAt: "2026-12-05T13:00:00.000Z", version: 2 } };
    const html = renderToStaticMarkup(<SenderBanner verdict={verdictOf(pat, { decisions: [approval], proposals: [proposal(CASEY_ID, "2026-12-05T11:00:00.000Z", pat)], contactLog: { records: [rewritten] }, decisionIntents: [{ id: "strategy:pat:intent:approve", kind: "approve", decision: decisionFingerprint(approval), at: approval.decidedAt, author: MORGAN_ID, recordedAt: "2026-12-05T11:59:00.000Z" }] })} pack={warwickshirePack} />);
    const shown = text(html);
    expect(html).toContain('data-status="active"');
    expect(shown).toContain("Reply yourself unless you are the single point of contact.");
    // The message id as the markup escapes it.
    expect(shown).toContain(`“I know where you live” (&lt;threat@example.org&gt;), recorded as “abusive”, which Morgan Reid (${MORGAN_ID.upn})'s approval recorded at 2026-12-05T12:00:00.000Z rests on, was changed in the ContactLog after the approval, by Casey Worker (${CASEY_ID.upn}) at 2026-12-05T13:00:00.000Z, outside the add-in (no correction of it is on record): it now reads nothing unacceptable.`);
  });

  it("not in force on what can be read, its approval unreadable: a warning to check before replying, never 'handle this message as usual'", () => {
    const approval = { ...unreadableEnd, claimedKind: "approve" };
    const html = renderToStaticMarkup(<SenderBanner verdict={verdictOf(pat, { decisions: [], proposals: [proposal(CASEY_ID)], unreadableDecisions: [approval] })} pack={warwickshirePack} />);
    const shown = text(html);
    expect(html).toContain('data-status="inDoubt"');
    expect(shown).toContain("Contact strategy for Pat O'Brien — its record is in doubt");
    expect(shown).toContain("Check with the Head of Business Services and Assurance before replying.");
    expect(shown).toContain("It may have put this strategy in force");
    expect(shown).not.toContain("handle this message as usual");
  });

  it("its approval changed after it was recorded but still readable: in doubt, naming who changed it, never 'handle this message as usual'", () => {
    const changed = recorded("approve", MORGAN_ID, pat, { editedBy: CASEY_ID });
    const html = renderToStaticMarkup(<SenderBanner verdict={verdictOf(pat, { decisions: [changed], proposals: [proposal(CASEY_ID, "2026-11-20T10:00:00.000Z")] })} pack={warwickshirePack} />);
    const shown = text(html);
    expect(html).toContain('data-status="inDoubt"');
    expect(shown).toContain("Contact strategy for Pat O'Brien — its record is in doubt");
    expect(shown).toContain("part of its record is missing, unreadable or was changed after it was recorded (below). Check with the Head of Business Services and Assurance before replying.");
    expect(shown).toContain("A decision Morgan Reid (morgan.reid@opcc.example.gov.uk) recorded at 2026-11-25T10:00:00.000Z (it now reads “approve”) was changed afterwards by Casey Worker");
    expect(shown).not.toContain("handle this message as usual");
  });

  it("a deleted decision that may have been its own is named with its item ids and when it was added", () => {
    const gap = { from: 12, to: 12, after: "2026-12-02T09:00:00Z", before: "2026-12-02T12:00:00Z" };
    const shown = text(renderToStaticMarkup(<SenderBanner verdict={verdictOf(pat, { decisions: [recorded("approve", MORGAN_ID, pat)], proposals: [proposal(CASEY_ID)], decisionsDeleted: [gap] })} pack={warwickshirePack} />));
    expect(shown).toContain("Decisions item 12 (added after 2026-12-02T09:00:00Z and before 2026-12-02T12:00:00Z) was deleted, and no retention purge recorded it");
    expect(shown).toContain("Single point of contact: Sam Carter");
  });
});
