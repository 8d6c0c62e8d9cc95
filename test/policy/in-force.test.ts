import { describe, expect, it } from "vitest";
import { asApproved, changedSince, coversAddress, inForceView, recordInDoubt, standIn, termsOf } from "../../src/policy/in-force";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import type { RecordedDecision } from "../../src/policy/decision";
import { CASEY_ID, DANA_ID, MORGAN_ID, ROSTER, proposal, recorded } from "../builders/evidence";
import { strategy } from "../builders/strategy";

const pat = strategy({ id: "pat", status: "active", reviewDate: "2027-03-31" });
const proposedByCasey = [proposal(CASEY_ID)];

describe("in force only on an authoriser's approval (inForceView)", () => {
  it("an approval by the authoriser of someone else's proposal puts the approved terms in force", () => {
    const view = inForceView(pat, { decisions: [recorded("approve", MORGAN_ID, pat)], proposals: proposedByCasey }, pack, ROSTER);
    expect(view).toMatchObject({ inForce: true, terms: termsOf(pat, "2027-03-31"), decision: { kind: "approve", author: MORGAN_ID }, changedSinceApproval: [], refused: [] });
  });

  it("no decision: not in force, whatever the item's status says", () => {
    const view = inForceView(pat, { decisions: [], proposals: proposedByCasey }, pack, ROSTER);
    expect(view).toMatchObject({ inForce: false, why: "notApproved", claimed: "active", refused: [] });
  });

  const refusals: Array<[string, Parameters<typeof inForceView>[1], string, RegExp]> = [
    ["a caseworker's forged approval", { decisions: [recorded("approve", CASEY_ID, pat)], proposals: [proposal(MORGAN_ID)] }, "notAuthoriser", /Casey Worker .* is not listed as the Head of Business Services and Assurance/],
    ["the proposer's own approval (four-eyes)", { decisions: [recorded("approve", MORGAN_ID, pat)], proposals: [proposal(MORGAN_ID)] }, "ownProposal", /approved their own proposal/],
    ["an approval with no proposal before it", { decisions: [recorded("approve", MORGAN_ID, pat)], proposals: [proposal(CASEY_ID, "2026-11-26T00:00:00.000Z")] }, "noProposal", /no recorded proposal/],
    ["an approval without the approved terms", { decisions: [recorded("approve", MORGAN_ID, pat, { terms: undefined })], proposals: proposedByCasey }, "noTerms", /does not record the terms/],
    ["an approval changed afterwards by someone else", { decisions: [recorded("approve", MORGAN_ID, pat, { editedBy: CASEY_ID })], proposals: proposedByCasey }, "edited", /Casey Worker .* changed/],
    ["a decision filed against another strategy", { decisions: [recorded("approve", MORGAN_ID, { ...pat, id: "riley" })], proposals: proposedByCasey }, "misfiled", /not a decision on this strategy/],
    ["a 'continue' with nothing approved before it (dodging four-eyes)", { decisions: [recorded("continue", MORGAN_ID, pat)], proposals: [proposal(MORGAN_ID)] }, "nothingInForce", /no approved strategy in force/],
    ["an approval by someone the roster does not know at all", { decisions: [recorded("approve", { displayName: "" }, pat)], proposals: proposedByCasey }, "notAuthoriser", /not listed/],
  ];
  it.each(refusals)("refuses %s, says why, and nobody is in force", (_name, evidence, reason, message) => {
    const view = inForceView(pat, evidence, pack, ROSTER);
    expect(view.inForce).toBe(false);
    expect(view.refused).toHaveLength(1);
    expect(view.refused[0]).toMatchObject({ reason, message: expect.stringMatching(message) });
  });

  it("trusts the roster by Entra object id as well as by sign-in address", () => {
    const byId = { headOfBusinessServices: ["ID-MORGAN"] };
    const noUpn = { id: "id-morgan", displayName: "Morgan Reid" };
    expect(inForceView(pat, { decisions: [recorded("approve", noUpn, pat)], proposals: proposedByCasey }, pack, byId).inForce).toBe(true);
  });

  it("an authoriser's end lifts it; a later approval of a new proposal puts it back", () => {
    const approve = recorded("approve", MORGAN_ID, pat, { recordedAt: "2026-11-25T10:00:00.000Z" });
    const end = recorded("end", MORGAN_ID, pat, { recordedAt: "2026-12-01T10:00:00.000Z" });
    expect(inForceView(pat, { decisions: [end, approve], proposals: proposedByCasey }, pack, ROSTER)).toMatchObject({ inForce: false, why: "ended", lastDecision: { kind: "end" } });
    const again = recorded("approve", MORGAN_ID, pat, { recordedAt: "2026-12-05T10:00:00.000Z" });
    const view = inForceView(pat, { decisions: [approve, end, again], proposals: [...proposedByCasey, proposal(CASEY_ID, "2026-12-03T00:00:00.000Z", pat)] }, pack, ROSTER);
    expect(view).toMatchObject({ inForce: true, decision: { recordedAt: "2026-12-05T10:00:00.000Z" } });
  });

  it("a proposal is answered once: after a rejection or an end, re-using the old proposal puts nothing in force (four-eyes)", () => {
    const reject = recorded("reject", MORGAN_ID, pat, { recordedAt: "2026-11-22T10:00:00.000Z" });
    const alone = recorded("approve", MORGAN_ID, pat, { recordedAt: "2026-11-25T10:00:00.000Z" });
    const view = inForceView(pat, { decisions: [reject, alone], proposals: proposedByCasey }, pack, ROSTER);
    expect(view).toMatchObject({ inForce: false, why: "notApproved", lastDecision: { kind: "reject" } });
    expect(view.refused).toMatchObject([{ kind: "approve", reason: "noProposal", message: expect.stringMatching(/no proposal since the last decision \(“Rejected” by Morgan Reid/) }]);
    // Ended, then approved again by the same manager on the proposal the first approval answered: still ended.
    const approve = recorded("approve", MORGAN_ID, pat, { recordedAt: "2026-11-25T10:00:00.000Z" });
    const end = recorded("end", MORGAN_ID, pat, { recordedAt: "2026-12-01T10:00:00.000Z" });
    const again = recorded("approve", MORGAN_ID, pat, { recordedAt: "2026-12-05T10:00:00.000Z" });
    expect(inForceView(pat, { decisions: [approve, end, again], proposals: proposedByCasey }, pack, ROSTER)).toMatchObject({ inForce: false, why: "ended", refused: [{ reason: "noProposal" }] });
    // A new proposal by the caseworker after the rejection is what a second approval answers.
    const answered = inForceView(pat, { decisions: [reject, alone], proposals: [...proposedByCasey, proposal(CASEY_ID, "2026-11-23T10:00:00.000Z")] }, pack, ROSTER);
    expect(answered).toMatchObject({ inForce: true, refused: [] });
  });

  it("a caseworker's 'end' changes nothing", () => {
    const evidence = { decisions: [recorded("approve", MORGAN_ID, pat), recorded("end", CASEY_ID, pat, { recordedAt: "2026-12-01T10:00:00.000Z" })], proposals: proposedByCasey };
    const view = inForceView(pat, evidence, pack, ROSTER);
    expect(view).toMatchObject({ inForce: true, refused: [{ kind: "end", reason: "notAuthoriser" }] });
  });

  it("an alteration replaces the terms in force; a dispute outcome by the Chief Executive counts and changes none", () => {
    const altered = { ...pat, restrictions: [{ kind: "phoneTimeLimit" as const, minutes: 10 }] };
    const evidence = {
      decisions: [
        recorded("approve", MORGAN_ID, pat),
        recorded("alter", MORGAN_ID, altered, { recordedAt: "2026-12-01T10:00:00.000Z" }),
        recorded("decideDispute", DANA_ID, pat, { recordedAt: "2026-12-02T10:00:00.000Z", result: "upheld" }),
        recorded("decideDispute", MORGAN_ID, pat, { recordedAt: "2026-12-03T10:00:00.000Z", result: "changed" }),
      ],
      proposals: proposedByCasey,
    };
    const view = inForceView(altered, evidence, pack, ROSTER);
    expect(view).toMatchObject({ inForce: true, terms: { restrictions: [{ kind: "phoneTimeLimit", minutes: 10 }] }, decision: { kind: "alter" } });
    // Only the Chief Executive decides a dispute (Warwickshire 7.3): Morgan's outcome does not count.
    expect(view.refused).toMatchObject([{ kind: "decideDispute", reason: "notAuthoriser", message: expect.stringMatching(/Chief Executive/) }]);
  });
});

describe("an edit to the strategy item changes nothing until a decision approves it", () => {
  const evidence = { decisions: [recorded("approve", MORGAN_ID, pat)], proposals: proposedByCasey };

  it("setting the item to ended does not lift it, and is reported as a change since approval", () => {
    const view = inForceView({ ...pat, status: "ended" }, evidence, pack, ROSTER);
    expect(view).toMatchObject({ inForce: true, claimed: "ended", changedSinceApproval: ["status"] });
  });

  it("an address added to the item is not the person's until approved; the approved ones still are", () => {
    const edited = { ...pat, addresses: [...pat.addresses, "riley.evans@example.org"], restrictions: [] };
    const view = inForceView(edited, evidence, pack, ROSTER);
    expect(coversAddress(view, "riley.evans@example.org")).toBe(false);
    expect(coversAddress(view, "pat.o'brien@example.org")).toBe(true);
    expect(changedSince(edited, termsOf(pat, "2027-03-31"))).toEqual(["addresses", "restrictions"]);
    // What staff are shown is what was approved, not the edit.
    if (view.inForce) expect(asApproved(edited, view)).toMatchObject({ restrictions: pat.restrictions, addresses: pat.addresses, status: "active" });
  });

  it("the closed matter (what decides a new-matter alert under read and file) binds only as approved: an edit to it changes nothing until approved", () => {
    const closed = { ...pat, closedMatter: "Complaint OPCC/2025/0933 about the officer who attended in May." };
    const approved = inForceView(closed, { decisions: [recorded("approve", MORGAN_ID, closed)], proposals: proposedByCasey }, pack, ROSTER);
    expect(approved).toMatchObject({ inForce: true, terms: { closedMatter: closed.closedMatter }, changedSinceApproval: [] });
    // Widened on the item to cover anything the person might raise: shown as a change, and the approved wording is what the alerts read.
    const widened = { ...closed, closedMatter: "Everything Pat O'Brien writes about." };
    const view = inForceView(widened, { decisions: [recorded("approve", MORGAN_ID, closed)], proposals: proposedByCasey }, pack, ROSTER);
    expect(view).toMatchObject({ inForce: true, changedSinceApproval: ["closedMatter"] });
    if (view.inForce) expect(asApproved(widened, view).closedMatter).toBe(closed.closedMatter);
    // Removed from the item: still the approved one.
    const { closedMatter: _removed, ...cleared } = closed;
    const clearedView = inForceView(cleared, { decisions: [recorded("approve", MORGAN_ID, closed)], proposals: proposedByCasey }, pack, ROSTER);
    if (clearedView.inForce) expect(asApproved(cleared, clearedView).closedMatter).toBe(closed.closedMatter);
    expect(clearedView).toMatchObject({ inForce: true, changedSinceApproval: ["closedMatter"] });
  });
});

describe("a strategy whose own item is gone (deleted, or its key rewritten) is judged from its decisions", () => {
  it("the approved terms stay in force on a stand-in, reported as the record missing", () => {
    const decisions = [recorded("approve", MORGAN_ID, pat)];
    const stand = standIn("pat", decisions)!;
    expect(stand).toMatchObject({ id: "pat", status: "ended", addresses: pat.addresses, restrictions: pat.restrictions });
    const view = inForceView(stand, { decisions, proposals: proposedByCasey, recordMissing: true }, pack, ROSTER);
    expect(view).toMatchObject({ inForce: true, terms: termsOf(pat, "2027-03-31"), changedSinceApproval: ["record"] });
    expect(coversAddress(view, "pat.o'brien@example.org")).toBe(true);
  });

  it("the latest approved terms are the stand-in's; with no decision carrying terms there is nothing to stand in", () => {
    const altered = { ...pat, restrictions: [{ kind: "phoneTimeLimit" as const, minutes: 10 }] };
    const decisions = [recorded("alter", MORGAN_ID, altered, { recordedAt: "2026-12-01T10:00:00.000Z" }), recorded("approve", MORGAN_ID, pat)];
    expect(standIn("pat", decisions)!.restrictions).toEqual([{ kind: "phoneTimeLimit", minutes: 10 }]);
    expect(standIn("pat", [recorded("reject", MORGAN_ID, pat)])).toBeUndefined();
  });

  it("an ended strategy whose item is then deleted stays ended", () => {
    const decisions = [recorded("approve", MORGAN_ID, pat), recorded("end", MORGAN_ID, pat, { recordedAt: "2026-12-01T10:00:00.000Z" })];
    expect(inForceView(standIn("pat", decisions)!, { decisions, proposals: proposedByCasey, recordMissing: true }, pack, ROSTER)).toMatchObject({ inForce: false, why: "ended" });
  });
});

describe("an approval counts only for terms someone else proposed (recorded from TERMS_RECORDED_FROM)", () => {
  const SAM_ID = { id: "id-sam", upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
  const at = (day: number, hour = 10) => `2026-12-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00.000Z`;
  const proposed = { ...pat, status: "proposed" as const };
  const injected = { ...proposed, addresses: [...pat.addresses, "attacker@example.net"] };
  const approveOf = (s: typeof pat, day = 6) => recorded("approve", MORGAN_ID, s, { recordedAt: at(day), id: `approve-${day}` });

  it("approving what the caseworker proposed puts it in force", () => {
    const view = inForceView(proposed, { decisions: [approveOf(proposed)], proposals: [proposal(CASEY_ID, at(5), proposed)] }, pack, ROSTER);
    expect(view).toMatchObject({ inForce: true, refused: [] });
  });

  it("an address added to the proposal after it was proposed (no audit event), then approved: refused, naming what differs and whose proposal", () => {
    const view = inForceView(injected, { decisions: [approveOf(injected)], proposals: [proposal(CASEY_ID, at(5), proposed)] }, pack, ROSTER);
    expect(view).toMatchObject({ inForce: false, why: "notApproved" });
    expect(view.refused).toMatchObject([{ reason: "termsNotProposed", message: expect.stringMatching(/approved terms nobody else proposed: the addresses differ from Casey Worker .*'s proposal/) }]);
    expect(coversAddress(view, "attacker@example.net")).toBe(false);
  });

  it("the approver proposing the change themselves is their own proposal; a third colleague's proposal of it counts (on the record)", () => {
    const byMorgan = inForceView(injected, { decisions: [approveOf(injected)], proposals: [proposal(CASEY_ID, at(5), proposed), proposal(MORGAN_ID, at(5, 12), injected, "change")] }, pack, ROSTER);
    expect(byMorgan.refused).toMatchObject([{ reason: "ownProposal", message: expect.stringMatching(/approved their own proposal/) }]);
    const bySam = inForceView(injected, { decisions: [approveOf(injected)], proposals: [proposal(CASEY_ID, at(5), proposed), proposal(SAM_ID, at(5, 12), injected, "change")] }, pack, ROSTER);
    expect(bySam).toMatchObject({ inForce: true, terms: { addresses: injected.addresses } });
  });

  it("re-proposed after a send-back: the new terms can be approved, the old ones no longer", () => {
    const sendBack = recorded("sendBack", MORGAN_ID, pat, { recordedAt: at(6), id: "sent-back" });
    const proposals = [proposal(CASEY_ID, at(5), injected), proposal(CASEY_ID, at(7), proposed)];
    expect(inForceView(proposed, { decisions: [sendBack, approveOf(proposed, 8)], proposals }, pack, ROSTER)).toMatchObject({ inForce: true });
    const old = inForceView(injected, { decisions: [sendBack, approveOf(injected, 8)], proposals }, pack, ROSTER);
    expect(old.refused).toMatchObject([{ reason: "termsNotProposed" }]);
  });

  it("a proposal that did not record its terms: approved before the change, it still counts; after it, it must be proposed again", () => {
    const legacy = { decisions: [recorded("approve", MORGAN_ID, injected)], proposals: [proposal(CASEY_ID)] };
    expect(inForceView(injected, legacy, pack, ROSTER)).toMatchObject({ inForce: true });
    const after = inForceView(injected, { decisions: [approveOf(injected)], proposals: [proposal(CASEY_ID, at(5))] }, pack, ROSTER);
    expect(after.refused).toMatchObject([{ reason: "termsNotProposed", message: expect.stringMatching(/did not record its terms .* proposed again/) }]);
  });

  describe("at review", () => {
    const approved = recorded("approve", MORGAN_ID, pat, { recordedAt: at(6), id: "approved" });
    const proposals = [proposal(CASEY_ID, at(5), pat)];
    const edited = { ...pat, status: "underReview" as const, addresses: [...pat.addresses, "attacker@example.net"] };
    const review = (kind: "continue" | "alter", s: typeof pat, extra = {}) => recorded(kind, MORGAN_ID, s, { recordedAt: at(20), id: `${kind}-20`, ...extra });

    it("continuing on the terms in force (a new review date only) counts", () => {
      const view = inForceView(pat, { decisions: [approved, review("continue", pat, { terms: { ...termsOf(pat, "2027-09-30") } })], proposals }, pack, ROSTER);
      expect(view).toMatchObject({ inForce: true, decision: { kind: "continue" }, terms: { reviewDate: "2027-09-30" } });
    });

    it("a continuation adopting a caseworker's silent edit is refused; the approved terms stay in force", () => {
      const view = inForceView(edited, { decisions: [approved, review("continue", edited)], proposals }, pack, ROSTER);
      expect(view).toMatchObject({ inForce: true, decision: { kind: "approve" }, terms: { addresses: pat.addresses }, changedSinceApproval: ["addresses"] });
      expect(view.refused).toMatchObject([{ reason: "termsNotProposed", message: expect.stringMatching(/continuation changes the addresses from the terms in force, and nobody else proposed/) }]);
    });

    it("the same change proposed on the record by a caseworker since the approval can be continued (four-eyes)", () => {
      const view = inForceView(edited, { decisions: [approved, review("continue", edited)], proposals: [...proposals, proposal(CASEY_ID, at(10), edited, "change")] }, pack, ROSTER);
      expect(view).toMatchObject({ inForce: true, decision: { kind: "continue" }, terms: { addresses: edited.addresses } });
      // Proposed before the approval: answered already, not a proposal of this change.
      const stale = inForceView(edited, { decisions: [approved, review("continue", edited)], proposals: [...proposals, proposal(CASEY_ID, at(5, 12), edited, "change")] }, pack, ROSTER);
      expect(stale.refused).toMatchObject([{ reason: "termsNotProposed" }]);
    });

    it("an alteration sets the restrictions itself, but cannot slip in an address nobody else proposed", () => {
      const stricter = { ...pat, restrictions: [{ kind: "phoneTimeLimit" as const, minutes: 10 }] };
      expect(inForceView(stricter, { decisions: [approved, review("alter", stricter)], proposals }, pack, ROSTER)).toMatchObject({ inForce: true, decision: { kind: "alter" } });
      const slipped = { ...stricter, addresses: edited.addresses };
      const view = inForceView(slipped, { decisions: [approved, review("alter", slipped)], proposals }, pack, ROSTER);
      expect(view).toMatchObject({ inForce: true, decision: { kind: "approve" } });
      expect(view.refused).toMatchObject([{ reason: "termsNotProposed", message: expect.stringMatching(/alteration changes the addresses/) }]);
    });
  });
});

describe("a record in doubt (recordInDoubt): only what may postdate the last decision that counts", () => {
  const unreadable = (recordedAt: string) => ({ item: "9", claimedKind: "approve", why: "it holds no decision", author: MORGAN_ID, recordedAt, editedBy: CASEY_ID });
  const end = recorded("end", MORGAN_ID, pat, { recordedAt: "2026-11-26T10:00:00.000Z" });
  const view = (decisions: RecordedDecision[], at: string) => inForceView(pat, { decisions, proposals: proposedByCasey, unreadableDecisions: [unreadable(at)] }, pack, ROSTER);

  it("an unreadable item the authoriser's ending overtook is named, but no longer in doubt; one after the ending (or in its second, which cannot be ordered) still is", () => {
    expect(recordInDoubt(view([], "2026-11-25T10:00:00.000Z"))).toBe(true);
    const overtaken = view([end], "2026-11-25T10:00:00.000Z");
    expect(overtaken).toMatchObject({ inForce: false, why: "ended", doubts: [{ kind: "decisionUnreadable", afterLastDecision: false }] });
    expect(recordInDoubt(overtaken)).toBe(false);
    for (const at of ["2026-11-27T10:00:00.000Z", "2026-11-26T10:00:00.000Z"]) expect(recordInDoubt(view([end], at))).toBe(true);
  });
});

describe("an authoriser's decision changed after it was recorded makes the record in doubt; a decision refused for what it is does not", () => {
  const changedBy = (editor: typeof CASEY_ID, extra: Partial<RecordedDecision> = {}) => recorded("approve", MORGAN_ID, pat, { editedBy: editor, ...extra });
  const judged = (decisions: RecordedDecision[], proposals = proposedByCasey) => inForceView(pat, { decisions, proposals }, pack, ROSTER);

  it("Morgan's approval of Casey's proposal, changed by Casey (its terms, its approver) or by Morgan herself: refused, and in doubt — unless an ending counted after it", () => {
    for (const editor of [CASEY_ID, MORGAN_ID]) {
      const view = judged([changedBy(editor, { decidedBy: "sam.carter@opcc.example.gov.uk", terms: { ...termsOf(pat, "2027-03-31"), restrictions: [] } })]);
      expect(view).toMatchObject({ inForce: false, refused: [{ reason: "edited" }], doubts: [{ kind: "decisionEdited", afterLastDecision: true }] });
      expect(view.doubts![0]!.message).toMatch(new RegExp(`^A decision Morgan Reid .* recorded at 2026-11-25T10:00:00.000Z \\(it now reads “approve”\\) was changed afterwards by ${editor.displayName} .*It may have put this strategy in force: check with the Head of Business Services and Assurance`));
      expect(recordInDoubt(view)).toBe(true);
    }
    const ended = judged([changedBy(CASEY_ID), recorded("end", MORGAN_ID, pat, { recordedAt: "2026-11-26T10:00:00.000Z" })]);
    expect(ended).toMatchObject({ inForce: false, why: "ended", doubts: [{ kind: "decisionEdited", afterLastDecision: false }] });
    expect(recordInDoubt(ended)).toBe(false);

    // Simply refused, never in doubt: the proposer approving their own proposal (four-eyes), and a caseworker's approval,
    // however changed afterwards (it could never have counted as recorded).
    for (const view of [judged([recorded("approve", MORGAN_ID, pat)], [proposal(MORGAN_ID)]), judged([recorded("approve", CASEY_ID, pat, { editedBy: MORGAN_ID })], [proposal(MORGAN_ID)])]) {
      expect(view.inForce).toBe(false);
      expect(view.refused).toHaveLength(1);
      expect(view.doubts).toEqual([]);
      expect(recordInDoubt(view)).toBe(false);
    }
  });
});
