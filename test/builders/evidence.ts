import type { Classification } from "../../src/policy/classifier/types";
import type { Identity, RecordedDecision, RecordedProposal } from "../../src/policy/decision";
import { termsOf } from "../../src/policy/in-force";
import { proposedTermsOf } from "../../src/policy/proposed-terms";
import type { StaffRoster } from "../../src/policy/roster";
import type { ContactStrategy } from "../../src/policy/strategy";
import type { MemoryStore } from "../../src/store/memory/store";
import { getPack } from "../../src/policy/packs/index";

/** Every criterion of every pack: an approval confirms them all (a reader refuses one that does not, src/policy/in-force.ts). */
export const ALL_CRITERIA: readonly string[] = [...getPack("gwent").criteria, ...getPack("warwickshire").criteria].map((c) => c.id);

/** People as SharePoint names them (createdBy), and the office's roster of who holds which role. */
export const CASEY_ID: Identity = { id: "id-casey", upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker" };
export const MORGAN_ID: Identity = { id: "id-morgan", upn: "morgan.reid@opcc.example.gov.uk", displayName: "Morgan Reid" };
export const DANA_ID: Identity = { id: "id-dana", upn: "dana.chief@opcc.example.gov.uk", displayName: "Dana Chief" };
export const ROSTER: StaffRoster = {
  caseworker: [CASEY_ID.upn!, MORGAN_ID.upn!],
  headOfBusinessServices: [MORGAN_ID.upn!],
  chiefExecutive: [DANA_ID.upn!],
};

/** A proposal on the trail; with `s`, recording that strategy's terms as proposed ("change": a change proposed to one pending or under review). */
export const proposal = (author: Identity, recordedAt = "2026-11-20T10:00:00.000Z", s?: ContactStrategy, kind: RecordedProposal["kind"] = "propose"): RecordedProposal => ({
  author,
  recordedAt,
  kind,
  ...(s ? { terms: proposedTermsOf(s) } : {}),
});

/** What decide() records on an approval besides the checklist: each criterion's own note, the warning tick and the evidence tick. */
export const APPROVAL_CHECKS: Pick<RecordedDecision, "criteriaNotes" | "warningChecked" | "evidenceChecked"> = {
  criteriaNotes: ALL_CRITERIA.map((id) => ({ id, note: `Seen on the case file: the record for ${id}.` })),
  warningChecked: true,
  evidenceChecked: true,
};

/** A decision as read back from Decisions, by `author`, recorded at `recordedAt`; approvals carry the strategy's terms. */
export function recorded(kind: RecordedDecision["kind"], author: Identity, s: ContactStrategy, extra: Partial<RecordedDecision> = {}): RecordedDecision {
  const carriesTerms = kind === "approve" || kind === "continue" || kind === "alter";
  return {
    id: `${s.id}:${kind}:${extra.recordedAt ?? "1"}`,
    strategyId: s.id,
    kind,
    decidedBy: author.upn ?? "",
    decidedAt: extra.recordedAt ?? "2026-11-25T10:00:00.000Z",
    rationale: `${kind}: recorded reason`,
    checklist: kind === "approve" ? [...ALL_CRITERIA] : [],
    // As decide() records an approval: a note of its own under each criterion, the typed warning checked (T8 #3), the evidence checked (T7 #3).
    ...(kind === "approve" ? APPROVAL_CHECKS : {}),
    ...(carriesTerms ? { terms: termsOf(s, "2027-03-31") } : {}),
    author,
    recordedAt: "2026-11-25T10:00:00.000Z",
    ...extra,
  };
}

/** Stores `s` and has it proposed (by `proposer`) and approved (by `approver`) as the product would: audit event, then decision with the terms. */
export async function approveIn(store: MemoryStore, s: ContactStrategy, who: { proposer?: Identity; approver?: Identity; reviewDate?: string } = {}): Promise<void> {
  const proposer = who.proposer ?? CASEY_ID;
  const approver = who.approver ?? MORGAN_ID;
  const reviewDate = who.reviewDate ?? s.reviewDate ?? "2027-03-31";
  await store.as(proposer).saveStrategy({ ...s, reviewDate });
  await store.as(proposer).appendAudit({ id: `${s.id}:proposed`, target: `strategy:${s.id}`, action: "propose", by: proposer.upn ?? "", at: "2026-11-20T10:00:00.000Z", detail: "Proposed.", terms: proposedTermsOf(s) });
  await store.as(approver).addDecision({ id: `${s.id}:approve`, strategyId: s.id, kind: "approve", decidedBy: approver.upn ?? "", decidedAt: "2026-11-25T10:00:00.000Z", rationale: "Criteria met.", checklist: [...ALL_CRITERIA], ...APPROVAL_CHECKS, terms: termsOf({ ...s, reviewDate }, reviewDate) });
}

/** A classification that found nothing: what a contact recorded by hand carries when the test judges it by its categories alone. */
export const NOTHING_FOUND: Classification = {
  categories: [],
  findings: [],
  alerts: [],
  metrics: { last7Days: 0, last30Days: 0, last90Days: 0, maxPerDay: 0, nearDuplicates: [], contactsSinceLastDecision: 0, warningsGiven: 0, distinctStaffContacted: 0 },
  fingerprint: "oph1:00",
};
