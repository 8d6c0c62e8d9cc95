import { sameAddress, spocOf } from "../policy/compose-guard";
import type { ContactStrategy } from "../policy/strategy";
import type { LetterRecord } from "../policy/letters/record";
import { StoreError, type Versioned } from "./port";

/**
 * Refuses, before the letter is written as sent, a "Mark as sent" by anyone other than the single point of contact of an
 * active (or under review) strategy the letter is about (T8 #6: Casey's own `markLetterSent` through the store marked
 * Sam's letter sent). The same rule as `letterSenderProblem` above it (`markSentBy`), judged here on the strategy's
 * item as stored, since the store has no policy pack: a letter under a proposal (a prior warning) is not refused.
 */
export async function refuseUnlessSpoc(getStrategy: (id: string) => Promise<Versioned<ContactStrategy> | undefined>, letter: LetterRecord, by: string): Promise<void> {
  if (!letter.strategyId || letter.status === "sent") return;
  const strategy = (await getStrategy(letter.strategyId))?.value;
  if (!strategy || (strategy.status !== "active" && strategy.status !== "underReview")) return;
  const spoc = spocOf({ strategyId: letter.strategyId, personName: strategy.person.displayName, restrictions: strategy.restrictions, allowedChannels: strategy.allowedChannels, ...(strategy.singlePointOfContact ? { singlePointOfContact: strategy.singlePointOfContact } : {}) });
  if (spoc && !sameAddress(by, spoc.upn)) {
    throw new StoreError("forbidden", `Only ${spoc.displayName}, the single point of contact, may mark letter ${letter.id} as sent.`);
  }
}
