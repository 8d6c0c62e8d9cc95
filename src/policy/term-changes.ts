import type { CategoryId, Channel } from "./categories";
import type { ProposedTerms } from "./proposed-terms";
import type { Restriction } from "./restrictions";

/**
 * Exactly what a strategy item now says differently from the terms approved: each address and
 * channel added or removed, each restriction added or removed, and the name, single point of
 * contact or closed matter old → new. What the reviewer is shown before deciding (Warwickshire 7.1:
 * the review makes sure the strategy "is still appropriate"), so no change is adopted unseen. And the behaviour it names
 * (its categories), each added or removed, where both sides record it: a proposal recorded since proposals kept it
 * (ProposedTerms.categories), compared with the item as it stands — approved terms do not hold it.
 */
export type TermChange =
  | { term: "addresses"; added: string[]; removed: string[] }
  | { term: "allowedChannels"; added: Channel[]; removed: Channel[] }
  | { term: "restrictions"; added: Restriction[]; removed: Restriction[] }
  | { term: "categories"; added: CategoryId[]; removed: CategoryId[] }
  | { term: "personName" | "singlePointOfContact" | "closedMatter"; from: string; to: string };

const minus = <T>(a: readonly T[], b: readonly T[], key: (x: T) => string = String) => a.filter((x) => !b.some((y) => key(y) === key(x)));

export function termChanges(approved: ProposedTerms, now: ProposedTerms): TermChange[] {
  const changes: TermChange[] = [];
  if (approved.personName !== now.personName) changes.push({ term: "personName", from: approved.personName, to: now.personName });
  const added = minus(now.addresses, approved.addresses);
  const removed = minus(approved.addresses, now.addresses);
  if (added.length || removed.length) changes.push({ term: "addresses", added, removed });
  const asJson = (r: Restriction) => JSON.stringify(r);
  const rAdded = minus(now.restrictions, approved.restrictions, asJson);
  const rRemoved = minus(approved.restrictions, now.restrictions, asJson);
  if (rAdded.length || rRemoved.length) changes.push({ term: "restrictions", added: rAdded, removed: rRemoved });
  const cAdded = minus(now.allowedChannels, approved.allowedChannels);
  const cRemoved = minus(approved.allowedChannels, now.allowedChannels);
  if (cAdded.length || cRemoved.length) changes.push({ term: "allowedChannels", added: cAdded, removed: cRemoved });
  const spoc = (t: ProposedTerms) => t.singlePointOfContact?.upn.toLowerCase() ?? "";
  if (spoc(approved) !== spoc(now)) changes.push({ term: "singlePointOfContact", from: approved.singlePointOfContact?.displayName ?? "", to: now.singlePointOfContact?.displayName ?? "" });
  if ((approved.closedMatter ?? "") !== (now.closedMatter ?? "")) changes.push({ term: "closedMatter", from: approved.closedMatter ?? "", to: now.closedMatter ?? "" });
  if (Array.isArray(approved.categories) && Array.isArray(now.categories)) {
    const bAdded = minus(now.categories, approved.categories);
    const bRemoved = minus(approved.categories, now.categories);
    if (bAdded.length || bRemoved.length) changes.push({ term: "categories", added: bAdded, removed: bRemoved });
  }
  return changes;
}
