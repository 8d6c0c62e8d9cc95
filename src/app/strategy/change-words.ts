import { CHANNEL_WORDS } from "../../policy/categories";
import type { TermChange } from "../../policy/term-changes";
import { describeRestriction } from "../restriction-text";

/** Each change in a line a reviewer reads: what was added or removed, or old → new (`label`: a behaviour's words, the pack's). */
export function changeLines(change: TermChange, label: (category: string) => string = (c) => c): string[] {
  const none = (value: string) => value || "(none)";
  switch (change.term) {
    case "addresses":
      return [...change.added.map((a) => `Address added: ${a}`), ...change.removed.map((a) => `Address removed: ${a}`)];
    case "allowedChannels":
      return [...change.added.map((c) => `Channel allowed: ${CHANNEL_WORDS[c]}`), ...change.removed.map((c) => `Channel no longer allowed: ${CHANNEL_WORDS[c]}`)];
    case "restrictions":
      return [...change.added.map((r) => `Restriction added: ${describeRestriction(r)}`), ...change.removed.map((r) => `Restriction removed: ${describeRestriction(r)}`)];
    case "categories":
      return [...change.added.map((c) => `Behaviour added: ${label(c)}`), ...change.removed.map((c) => `Behaviour removed: ${label(c)}`)];
    case "personName":
      return [`Name: ${none(change.from)} → ${none(change.to)}`];
    case "singlePointOfContact":
      return [`Single point of contact: ${none(change.from)} → ${none(change.to)}`];
    case "closedMatter":
      return [`Closed matter: ${none(change.from)} → ${none(change.to)}`];
  }
}
