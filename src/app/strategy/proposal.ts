import type { CategoryId, SubTypeId } from "../../policy/categories";
import { CATEGORY_IDS, SUB_TYPES } from "../../policy/categories";
import type { ContactRecord } from "../../policy/contact";
import { addMonths } from "../../policy/lifecycle/dates";
import { longDate } from "../../policy/calendar";
import type { PolicyPack } from "../../policy/packs/schema";
import type { ContactStrategy, EvidenceContact, IsoDate } from "../../policy/strategy";
import type { CaseStore } from "../../store/port";
import { adderOf, byCreator, type NotHers } from "../records/added-outside";
import { contactsOfPerson, type PersonContactsStore } from "../records/person-contacts";

/** What a proposal starts from: the person as the message names them, their addresses, and their recorded contacts. */
export interface ProposalSeed {
  personName: string;
  addresses: string[];
  /** Recorded contacts from these addresses (newest first): the evidence a caseworker picks from. */
  contacts: ContactRecord[];
  /**
   * Records from these addresses added outside the add-in in a colleague's name (T19-3), or changed outside it since they
   * were recorded, in doubt (T20-4): not evidence, and no category of theirs seeds the draft; listed apart, naming who added
   * or changed them.
   */
  addedOutside: NotHers[];
  /** Categories and sub-types recorded on those contacts, and found in the message in hand. */
  categories: CategoryId[];
  subTypes: SubTypeId[];
}

/** How far back a proposal looks for recorded contacts that justify it. */
export const EVIDENCE_DAYS = 365;

export async function proposalSeed(
  store: Pick<CaseStore, "contactsFrom" | "auditForTargets"> & PersonContactsStore,
  input: { personName: string; addresses: readonly string[]; findings?: ReadonlyArray<{ category: CategoryId; subType: string }>; now: Date },
): Promise<ProposalSeed> {
  const since = new Date(input.now.getTime() - EVIDENCE_DAYS * 86_400_000).toISOString();
  const addresses = [...new Set(input.addresses)];
  // With those the audit trail names as theirs whose columns were moved off them: listed apart, in doubt (T21b-3).
  const found = (await contactsOfPerson(store, addresses, since)).flat();
  const judged = await byCreator(store, [...new Map(found.map((c) => [c.internetMessageId, c])).values()]);
  const { own } = judged;
  const addedOutside: NotHers[] = [...judged.addedOutside, ...judged.inDoubt];
  const contacts = own.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const noted = [...contacts.flatMap((c) => c.evidence), ...(input.findings ?? [])];
  const categories = CATEGORY_IDS.filter((id) => contacts.some((c) => c.categories.includes(id)) || noted.some((n) => n.category === id));
  const subTypes = categories.flatMap((category) => (SUB_TYPES[category] as readonly SubTypeId[]).filter((s) => noted.some((n) => n.category === category && n.subType === s)));
  return { personName: input.personName, addresses, contacts, addedOutside, categories, subTypes };
}

/** The records a seed left out for being added or changed outside the add-in, in the proposal form's words (none: undefined). */
export function addedOutsideNote(seed: Pick<ProposalSeed, "addedOutside">): string | undefined {
  const added = seed.addedOutside.filter((o) => !("inDoubt" in o));
  const changed = seed.addedOutside.filter((o) => "inDoubt" in o);
  const note = (outside: readonly NotHers[], how: string, why: string) => {
    if (!outside.length) return undefined;
    const by = [...new Set(outside.map(adderOf))].join(", ");
    const listed = outside.map((o) => `${longDate(o.record.receivedAt.slice(0, 10))} — ${o.record.subject || "(no subject)"}, naming ${o.record.recordedBy}`).join("; ");
    return `${outside.length === 1 ? "1 record" : `${outside.length} records`} ${how} by ${by} (${listed}). ${outside.length === 1 ? "It is" : "They are"} ${why}, so not evidence.`;
  };
  const notes = [note(added, "written outside the add-in", "not the decision of the caseworker named"), note(changed, "changed outside the add-in since it was recorded", "in doubt: nothing of the caseworker named says it reads as they decided")].filter(Boolean);
  return notes.length ? `Not listed: ${notes.join(" ")} Tell whoever looks after the records.` : undefined;
}

export const evidenceOf = (c: ContactRecord): EvidenceContact => ({ internetMessageId: c.internetMessageId, receivedAt: c.receivedAt, subject: c.subject, categories: [...c.categories] });

/**
 * A new draft from a seed: the person, their addresses, the contacts that carry a category
 * as evidence, the categories and sub-types recorded, no restriction yet (the caseworker picks
 * them from the pack), and the pack's default review date (Warwickshire 7).
 */
export function draftFromSeed(seed: ProposalSeed, pack: PolicyPack, today: IsoDate, id: string): ContactStrategy {
  return {
    id,
    packId: pack.id,
    packVersion: pack.version,
    person: { displayName: seed.personName },
    addresses: [...seed.addresses],
    status: "draft",
    categories: [...seed.categories],
    subTypes: [...seed.subTypes],
    reasons: "",
    restrictions: [],
    allowedChannels: pack.channels.some((c) => c.channel === "email") ? ["email"] : [pack.channels[0]!.channel],
    reasonableAdjustments: { considered: false, notes: "" },
    criteriaConfirmed: [],
    priorWarning: { kind: "none" },
    reviewDate: addMonths(today, pack.review.defaultMonths),
    evidence: seed.contacts.filter((c) => c.categories.length > 0).map(evidenceOf),
    disputes: [],
    history: [],
  };
}
