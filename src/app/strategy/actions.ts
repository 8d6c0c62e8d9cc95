import type { PolicyPack } from "../../policy/packs/schema";
import type { Actor, ContactStrategy, IsoInstant } from "../../policy/strategy";
import { mustExplainApproval, mustNoteEachCriterion, mustNoteEachDifferently } from "../../policy/lifecycle/guards";
import { warningLettersFor } from "../letter-trust";
import { sameAddress } from "../../policy/compose-guard";
import { holdsRole } from "../../policy/roster";
import { longDate } from "../../policy/calendar";
import { letterDay } from "../../policy/letters/record";
import { transition } from "../../policy/lifecycle/transition";
import { refuse } from "../../policy/lifecycle/refusal";
import { strategyAddressProblem } from "../../policy/address";
import { differingTerms, proposedTermsOf, withoutReviewDate, type ProposedTerms } from "../../policy/proposed-terms";
import { inForceView, TERM_WORDS } from "../../policy/in-force";
import { attachedContacts, behaviourJudged, behaviourOf, contactsShowingBehaviour, noEvidenceWords, type BehaviourToJudge, type ContactLogRead, type EvidenceJudged } from "../../policy/evidence-contacts";
import { asJudged } from "../../policy/evidence-as-judged";
import { nameOf, samePerson, type Identity, type RecordedProposal } from "../../policy/decision";
import type { StaffRoster } from "../../policy/roster";
import { proposalsIn, type CaseStore, type Versioned } from "../../store/port";
import { takeSteps, type DecisionCommand, type DecisionDetail, type StepResult, type StepStore } from "./steps";

/**
 * The strategy use cases the pane and the CLI share: each a short chain over `takeSteps`
 * (transition → save with eTag → decision → audit), so a refusal is a value, a second person
 * acting at once gets a clear conflict, and a repeat after a failure finishes the job without
 * doing anything twice.
 */

/**
 * Saves a draft (new or changed) and audits it. A draft binds nobody; it is saved so a
 * caseworker can come back to it. Idempotent on the draft's id and time.
 */
export async function saveDraft(
  store: Pick<CaseStore, "saveStrategy" | "appendAudit">,
  draft: ContactStrategy,
  etag: string | undefined,
  by: Actor,
  at: IsoInstant,
): Promise<Versioned<ContactStrategy>> {
  const saved = await store.saveStrategy(draft, etag);
  await store.appendAudit({ id: `strategy:${saved.value.id}:draft:${at}`, target: `strategy:${saved.value.id}`, action: "saveDraft", by: by.upn, at, detail: `Draft saved (${saved.value.status}).` });
  return saved;
}

/** Submits a draft for an authoriser's decision (Warwickshire 7; Gwent 7.0). The audit event's author is the proposer four-eyes checks against. */
export async function propose(store: StepStore, pack: PolicyPack, current: Versioned<ContactStrategy>, by: Actor, why: string, at: IsoInstant, staffDomains: readonly string[] = []): Promise<StepResult> {
  const refused = addressRefusal(current.value, pack, staffDomains);
  if (refused) return refused;
  return takeSteps(store, pack, current, [{ type: "propose", by, at, why }]);
}

/** The first address a strategy may not list (the office's own, or a wildcard), as a refusal (T7 #14). */
function addressRefusal(strategy: ContactStrategy, pack: PolicyPack, staffDomains: readonly string[]): StepResult | undefined {
  const problem = strategy.addresses.map((a) => strategyAddressProblem(a, staffDomains)).find(Boolean);
  return problem ? refuse("addressNotAllowed", problem, pack.strategyContents.source) : undefined;
}

/**
 * An authoriser's decision: approve, reject or send back a proposal; continue, alter or end
 * a strategy at review (an active one is brought to review in the same save, Warwickshire 7.1);
 * the Chief Executive's outcome of a dispute (Warwickshire 7.3).
 */
export async function decide(store: StepStore & Partial<Pick<CaseStore, "lettersFor" | "auditForTargets" | "contactsById">>, pack: PolicyPack, current: Versioned<ContactStrategy>, command: DecisionCommand, detail: DecisionDetail = {}): Promise<StepResult> {
  // The lifecycle's own guards speak first (authoriser, four-eyes, criteria, review date); then every criterion needs its note.
  if (command.type === "approve" && transition(current.value, command, pack).ok) {
    // New approvals only: recorded ones are judged as they were made (src/policy/in-force.ts), so none lapses.
    const notes = detail.criteriaNotes ?? [];
    const bare = mustExplainApproval(command.why, pack) ?? mustNoteEachCriterion(command.criteriaConfirmed, notes, pack) ?? mustNoteEachDifferently(command.criteriaConfirmed, notes, pack);
    if (bare) return bare;
    const warning = await warningUnchecked(store, pack, current.value, command, detail);
    if ("refused" in warning) return warning.refused;
    const evidence = await evidenceUnchecked(store, pack, current.value, detail);
    if ("refused" in evidence) return evidence.refused;
    detail = { ...detail, ...warning.rests, ...evidence.rests };
  }
  const atReview = command.type === "continue" || command.type === "alter";
  const steps = atReview && current.value.status === "active" ? [{ type: "startReview" as const, by: command.by, at: command.at, why: `Review: ${command.why}` }, command] : [command];
  return takeSteps(store, pack, current, steps, detail);
}

/**
 * A written warning the proposer typed a date for, with no warning letter sent that day on record that counts, must be
 * checked by the authoriser, who says so (`warningChecked`, kept on the decision) — not refused: Warwickshire 6 requires
 * the warning, in writing, before restricting, not that it was sent through this add-in (one given on paper, or before
 * the office used it, is as good), so a refusal would stop lawful strategies, while taking the proposer's date unread let
 * T7 #3 approve on a typed date alone. A letter counts only as `warningLettersFor` judges it (T8 #1: the proposer's own
 * backdated "sent" letter does not); the refusal says why one of that day did not. The approval names the letter it
 * rests on (`warningLetter`), so a reader can tell it from one that skipped the check (src/policy/in-force.ts).
 */
async function warningUnchecked(
  store: Partial<Pick<CaseStore, "lettersFor" | "auditForTargets">>,
  pack: PolicyPack,
  strategy: ContactStrategy,
  command: Extract<DecisionCommand, { type: "approve" }>,
  detail: DecisionDetail,
): Promise<{ refused: StepResult } | { rests: Pick<DecisionDetail, "warningLetter"> }> {
  const warning = strategy.priorWarning;
  if (detail.warningChecked === true || warning.kind !== "given") return { rests: {} };
  // A caller without the letters (a review's continuation never approves) knows of none.
  const isAuthoriser = (upn: string) => (detail.roster ? holdsRole(detail.roster, { upn, displayName: "" }, pack.authoriser.role) : sameAddress(upn, command.by.upn));
  const proposers = strategy.history.filter((h) => h.type === "propose").map((h) => h.by);
  const letters = store.lettersFor ? await warningLettersFor({ lettersFor: store.lettersFor, auditForTargets: store.auditForTargets ?? (async (t) => t.map(() => [])) }, strategy, { now: new Date(command.at), isAuthoriser, proposers }) : undefined;
  const counted = warning.on ? letters?.countedLetters.find((l) => letterDay(l) === warning.on) : undefined;
  if (counted) return { rests: { warningLetter: counted.id } };
  const doubted = warning.on ? letters?.doubted.filter((d) => d.on === warning.on) ?? [] : [];
  const why = doubted.length
    ? ` The warning letter${doubted.length > 1 ? "s" : ""} of that day on record ${doubted.length > 1 ? "do" : "does"} not count. ${doubted.flatMap((d) => d.why).join(" ")}`
    : "";
  return {
    refused: refuse(
      "warningUnchecked",
      `The written warning${warning.on ? ` of ${longDate(warning.on)}` : ""} was entered by the proposer and no warning letter sent that day (its date in the UK, as the letters on record show it) is on record${doubted.length ? " that counts" : ""}.${why} Check the case file for it and tick that you have, or send the proposal back.`,
      pack.priorWarning.source,
    ),
  };
}

/**
 * A proposal none of whose attached recorded contacts shows a recorded behaviour category (none attached, or only contacts
 * recorded as nothing unacceptable) must have the person's contacts checked by the authoriser, who says so
 * (`evidenceChecked`, kept on the decision) — a tick, not a hard refusal: the behaviour may be recorded elsewhere in the case
 * file (phone calls, letters), and Warwickshire 7 asks that it continued and that the reasons are clearly articulated, not
 * that it came by email; while approving on none let T7 #3 restrict a first-time, neutral writer. The attached contacts are
 * judged on the ContactLog's records found by their ids, as every reader finds them (T11 #8), never on the proposal's copy (T10 #1: a category typed onto
 * the copy, another person's contact, an invented id spared the tick); the ContactLog unread, the tick is needed and the
 * refusal says why. The approval names the contacts it rests on (`evidenceContacts`, the ids that counted), so a reader
 * never re-reads the editable item (src/policy/in-force.ts), and judges them on the ContactLog too.
 */
async function evidenceUnchecked(store: Partial<Pick<CaseStore, "contactsById" | "auditForTargets">>, pack: PolicyPack, strategy: ContactStrategy, detail: DecisionDetail): Promise<{ refused: StepResult } | { rests: Pick<DecisionDetail, "evidenceContacts" | "evidenceRecords" | "evidenceBehaviour"> }> {
  if (detail.evidenceChecked === true) return { rests: {} };
  const judged = await judgeAttached(store, strategy);
  // With each as judged, so a reader keeps the approval on it if it is deleted or changed outside the add-in (T11 #3).
  // And the behaviour they were judged to show, so a reader judges them against it (T11 #7).
  if (judged.counted.length) return { rests: { evidenceContacts: judged.counted, evidenceRecords: asJudged(judged.logged ?? [], judged.counted), evidenceBehaviour: judged.behaviour ?? behaviourOf(strategy) } };
  return {
    refused: refuse(
      "evidenceUnchecked",
      `${noEvidenceWords(strategy, judged)} Check the person's contacts in the case file (calls and letters too) and tick that you have, or send the proposal back.`,
      pack.recordKeeping.source,
    ),
  };
}

/**
 * A proposal's attached contacts judged on the ContactLog (read only when it attaches any): what decide() and the pane's
 * Approvals (the decision's tick, the terms' warning) both ask, so they cannot disagree.
 */
export async function judgeAttached(store: Partial<Pick<CaseStore, "contactsById" | "auditForTargets">>, strategy: ContactStrategy): Promise<EvidenceJudged> {
  const ids = attachedContacts(strategy).map((c) => c.internetMessageId);
  if (ids.length === 0) return contactsShowingBehaviour(strategy, { records: [] });
  const [log, behaviour] = await Promise.all([readContactLog(store, ids), behaviourOnRecord(store, strategy)]);
  return contactsShowingBehaviour(strategy, log, behaviour);
}

/**
 * The behaviour the attached contacts are judged against (src/policy/evidence-contacts.ts behaviourJudged): what both the
 * proposal on the strategy's trail and the item name, never the item's categories alone, which anyone may edit after
 * proposing (T12 #6), nor an event added to the trail alone (T13 #6). The item's where no proposal recorded it (one made
 * before proposals did) or the trail cannot be read by this store.
 */
async function behaviourOnRecord(store: Partial<Pick<CaseStore, "auditForTargets">>, strategy: ContactStrategy): Promise<BehaviourToJudge> {
  if (!store.auditForTargets) return behaviourOf(strategy);
  const [trail] = await store.auditForTargets([`strategy:${strategy.id}`]);
  return behaviourJudged(strategy, proposalsIn(trail ?? []));
}

/**
 * The ContactLog's records of these contacts, by the ContactLog's unique key (the store's contactsById, as every reader
 * finds the contacts an approval rests on: src/store/evidence-contacts.ts), or why they could not be read: what the
 * attached contacts are judged on, by decide() and by the pane showing whether the tick is needed. A store that cannot
 * read it (none given) reads nothing, and the tick is needed.
 */
export async function readContactLog(store: Partial<Pick<CaseStore, "contactsById">>, ids: readonly string[]): Promise<ContactLogRead> {
  if (!store.contactsById) return { unreadable: "this store does not read it" };
  try {
    return { records: await store.contactsById(ids) };
  } catch (error) {
    return { unreadable: error instanceof Error && error.message ? error.message : String(error) };
  }
}

/** The person's challenge to a strategy, as staff record it (Warwickshire 7.3: written to the Chief Executive). */
export function raiseDispute(store: StepStore, pack: PolicyPack, current: Versioned<ContactStrategy>, by: Actor, summary: string, raisedOn: string, at: IsoInstant): Promise<StepResult> {
  return takeSteps(store, pack, current, [{ type: "raiseDispute", by, at, why: summary, raisedOn }]);
}

/**
 * A change proposed to a strategy (an address the person now writes from, a restriction): the
 * item carries it, which binds nobody until an authoriser approves it (src/policy/in-force).
 * One in force is brought to review with it (Warwickshire 7.1: any member of staff may); a
 * draft, a proposal or one already under review simply carries the change, audited.
 *
 * The terms recorded as this person's proposal are only what they changed, on top of the last
 * terms on record (`recordedBase`) — never the item as they found it: an edit someone made to the
 * item outside a proposal (through Graph, no audit event) is not laundered into their proposal, and
 * the event says the item already differed (docs/decisions/0008).
 */
export async function proposeChange(
  store: StepStore & Pick<CaseStore, "readWithEvidence">,
  pack: PolicyPack,
  current: Versioned<ContactStrategy>,
  changed: ContactStrategy,
  by: Actor,
  why: string,
  at: IsoInstant,
  roster?: StaffRoster,
  staffDomains: readonly string[] = [],
): Promise<StepResult> {
  const value = { ...changed, id: current.value.id, history: current.value.history, status: current.value.status };
  const refused = addressRefusal(value, pack, staffDomains);
  if (refused) return refused;
  if (value.status === "ended" || value.status === "rejected") {
    return refuse("wrongStatus", `A strategy that is ${value.status} cannot be changed; propose a new one.`, pack.strategyContents.source);
  }
  if (value.status !== "active" && why.trim() === "") return refuse("reasonMissing", "Give the reason for this change; it goes on the record.", pack.recordKeeping.source);
  const asFound = proposedTermsOf(current.value);
  const recorded = value.status === "draft" ? undefined : await recordedBase(store, pack, current.value, by, roster);
  if (recorded && "openings" in recorded) {
    const named = recorded.openings.map((p) => `${nameOf(p.author)} at ${p.recordedAt}`).join(", ");
    return refuse(
      "proposalInDoubt",
      `This proposal's record holds ${recorded.openings.length} proposals opening it since its last decision (${named}); the add-in writes one, so the others were added outside it, and a change cannot be recorded on it. Ask the authoriser to send it back to be proposed again, and tell whoever looks after the records (npm run records -- verify).`,
      pack.recordKeeping.source,
    );
  }
  const base = recorded?.terms;
  const proposedTerms = base ? withChanges(base, asFound, proposedTermsOf(value)) : proposedTermsOf(value);
  const unrecorded = base ? differingTerms(base, asFound) : [];
  const note = unrecorded.length
    ? ` Not part of this proposal: the strategy already differed from its last recorded terms in ${unrecorded.map((t) => TERM_WORDS[t]).join(", ")} (changed outside a proposal).`
    : "";
  if (value.status === "active") return takeSteps(store, pack, { ...current, value }, [{ type: "startReview", by, at, why: `${why}${note}`.trim() }], { proposedTerms });
  const saved = await store.saveStrategy(value, current.etag || undefined);
  // On a proposal or a review, the change is proposed with its terms: an approval of them counts only as someone else's.
  const terms = value.status === "draft" ? {} : { terms: proposedTerms };
  await store.appendAudit({ id: `strategy:${value.id}:change:${at}`, target: `strategy:${value.id}`, action: "proposeChange", by: by.upn, at, detail: `${why.trim()}${note}`, ...terms });
  return { ok: true, strategy: saved, events: [] };
}

/**
 * The terms a change is made on, as the record has them: the proposer's own latest proposal since the last decision
 * that counted; else the proposal that decision awaits (the opening "propose"); else the terms in force. No terms when
 * the record has none (a proposal made before proposals recorded their terms): the item as found is proposed, as before.
 * Without the office's roster, each decision's author is taken to hold its role (the Decisions list's permission is the guard).
 *
 * The product writes one "propose" since a decision: a strategy leaves "draft" with it and returns to "draft" only by a
 * decision (a send-back). Any member of staff may add events to the AuditTrail, so a second one was added by hand — after
 * the real one (T4 #7: the authoriser's, with her own terms, on a proposal a caseworker opened) or before it, while the
 * strategy was a draft — and SharePoint's order cannot tell which is the product's: `openings`, and no change is recorded.
 * Since any other decision there is none to take: one there was added by hand, and the base is the terms in force.
 */
async function recordedBase(store: Pick<CaseStore, "readWithEvidence">, pack: PolicyPack, strategy: ContactStrategy, by: Actor, roster: StaffRoster | undefined): Promise<{ terms?: ProposedTerms } | { openings: RecordedProposal[] }> {
  const [read] = await store.readWithEvidence([strategy.id]);
  if (!read || read.evidence.recordMissing) return {};
  const { evidence } = read;
  const deciders = evidence.decisions.flatMap((d) => [d.author.upn, d.author.id].filter((x): x is string => Boolean(x)));
  const judging = roster ?? { [pack.authoriser.role]: deciders, ...(pack.disputeTo ? { [pack.disputeTo.role]: deciders } : {}) };
  const view = inForceView(read.strategy.value, evidence, pack, judging);
  const after = view.counted.at(-1)?.recordedAt;
  const since = evidence.proposals
    .filter((p) => after === undefined || Date.parse(p.recordedAt) > Date.parse(after))
    .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  const me: Identity = { upn: by.upn, displayName: by.displayName };
  const own = since.filter((p) => p.terms && samePerson(p.author, me)).at(-1);
  if (own) return { terms: own.terms };
  // And none after an approval, continuation or alteration: a strategy once in force never returns to draft (a "propose"
  // added to an in-force strategy's trail would be the base of a colleague's review): only after a send-back, or none.
  const last = view.counted.at(-1);
  const openings = !last || last.kind === "sendBack" ? since.filter((p) => p.kind === "propose") : [];
  if (openings.length > 1) return { openings };
  const terms = openings[0]?.terms ?? (view.inForce ? withoutReviewDate(view.terms) : undefined);
  return terms ? { terms } : {};
}

/** `base` with what was changed from `before` to `after` (addresses and channels as sets, restrictions one by one, the rest whole). */
export function withChanges(base: ProposedTerms, before: ProposedTerms, after: ProposedTerms): ProposedTerms {
  const sets = <T>(from: readonly T[], was: readonly T[], now: readonly T[], key: (v: T) => string = (v) => JSON.stringify(v)) => {
    const removed = new Set(was.filter((v) => !now.some((n) => key(n) === key(v))).map(key));
    const kept = from.filter((v) => !removed.has(key(v)));
    return [...kept, ...now.filter((v) => !was.some((w) => key(w) === key(v)) && !kept.some((k) => key(k) === key(v)))];
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const { singlePointOfContact: _spoc, closedMatter: _matter, categories: _behaviour, ...rest } = base;
  const singlePointOfContact = same(before.singlePointOfContact, after.singlePointOfContact) ? base.singlePointOfContact : after.singlePointOfContact;
  const closedMatter = same(before.closedMatter, after.closedMatter) ? base.closedMatter : after.closedMatter;
  // The behaviour named, whole: as on record unless this change changes it (T12 #6).
  const categories = same(before.categories, after.categories) ? base.categories : after.categories;
  return {
    ...rest,
    personName: before.personName === after.personName ? base.personName : after.personName,
    addresses: sets(base.addresses, before.addresses, after.addresses, (a) => a.toLowerCase()),
    restrictions: sets(base.restrictions, before.restrictions, after.restrictions),
    allowedChannels: sets(base.allowedChannels, before.allowedChannels, after.allowedChannels),
    ...(singlePointOfContact ? { singlePointOfContact } : {}),
    ...(closedMatter ? { closedMatter } : {}),
    ...(categories ? { categories } : {}),
  };
}
