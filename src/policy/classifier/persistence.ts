import type { SenderHistory } from "../contact";
import type { IsoInstant } from "../strategy";
import { estimateSimilarity, estimateTopicSimilarity, newTopicWords, topicWords } from "./fingerprint";
import type { Cue, DecisionTalk } from "./decision-talk";
import { DAY, firstDecision, lastDecision, NEAR_DUPLICATE, REFRAMED, type ThisMessage } from "./metrics";
import { BARE_CHASER, repeatsAny, repeatsIn } from "./repeats";
import { MANY_ATTACHMENTS } from "./demand-history";
import type { RuleId } from "./rules/index";
import type { HistoryMetrics } from "./types";

/** A finding drawn from the person's history rather than the words of this message. */
export interface HistoryFinding {
  rule: RuleId;
  summary: string;
  at: IsoInstant[];
}

/** Topic similarity (fingerprint.ts) at or above which a message is about the same matter as another. */
export const SAME_MATTER = 0.3;
/** Words of matter (fingerprint.ts newTopicWords) no earlier message has, from which a message brings a new matter of its own. */
export const NEW_MATTER = 10;
/** A forwarded message ("FW: to my MP"): mail the person sent elsewhere, copied to the office (demand-history.ts judges copying staff). */
const FORWARDED = /^\s*(?:fw|fwd)\s*:/i;
/** A subject naming the message as one part of several: "Review documents - part 3 of 5", "Part 2/3". */
const IN_PARTS = /\bpart \d+ ?(?:of|\/) ?\d+\b/i;
/** Messages that add nothing new, this one included, that make volume excessive: in 7 days, and in one day. */
export const REPEATS_IN_A_WEEK = 3;
export const REPEATS_IN_A_DAY = 2;
/** Contacts in one day, this one adding nothing new and included, that make it volume. */
export const CONTACTS_IN_A_DAY = 3;

/**
 * Unreasonably persistent contact (Gwent 5.0; Warwickshire 3.2), judged only on the
 * history the caller supplied. Thresholds are starting points a caseworker sees explained
 * in the summary; the policy sets no numbers.
 */
export function persistenceFindings(history: SenderHistory, message: ThisMessage, talk: DecisionTalk, metrics: HistoryMetrics, now: IsoInstant): HistoryFinding[] {
  const found: HistoryFinding[] = [];
  const t = Date.parse(now);
  // Warwickshire 3.2: writing "excessively (and without providing new information)"; "calling a number of times repeatedly
  // on the same day". Only messages that add nothing new count: a burst where each brings something new (documents sent in
  // parts, an emergency unfolding) is not persistence however many messages it has.
  const earlier = repeatsIn(history.contacts);
  // "Part 3 of 5": a bundle sent in parts says so, and its parts share the case's names and numbers (Warwickshire 3.2 counts
  // contact "without providing new information"). Challenging a decision with such a bundle is still found below.
  const repeated = repeatsAny(message.fingerprint, earlier);
  const counted = !repeated && countedInRun(history, message, talk);
  if ((repeated || counted || pressedInRun(history, message, talk, earlier)) && !IN_PARTS.test(message.subject)) {
    const repeats = earlier.filter((c) => c.repeat);
    const week = repeats.filter((c) => t - Date.parse(c.at) <= 7 * DAY).length + 1;
    // "The same day" is the 24 hours before this message, not the calendar date: "Any update?" at 18:40 and "Still waiting.
    // Any update?" at 07:30 next morning are one run of chasers, however the clock turned over between them.
    const received = Date.parse(message.receivedAt);
    const inLastDay = (at: IsoInstant) => received - Date.parse(at) <= DAY && at < message.receivedAt;
    const day = repeats.filter((c) => inLastDay(c.at)).length + 1;
    // "Calling a number of times repeatedly on the same day" (Warwickshire 3.2): a message adding nothing new that is the
    // third or more of the day is volume, whatever the earlier ones brought.
    const contactsToday = history.contacts.filter((c) => inLastDay(c.at)).length + 1;
    if (week >= REPEATS_IN_A_WEEK || day >= REPEATS_IN_A_DAY || contactsToday >= CONTACTS_IN_A_DAY) {
      found.push({ rule: repeated ? "volume" : counted ? "volume-counted" : "volume-pressed", summary: `${week} messages adding nothing new in 7 days, ${day} today (${metrics.last7Days} contacts in all in 7 days)`, at: repeats.map((c) => c.at) });
    }
  }
  found.push(...afterDecision(history, message, talk, metrics, now, earlier));
  // The writer's own count of their run, or more promised ("this is the 20th tonight. i'll send 100."): volume in their words,
  // decision or none (Warwickshire 3.2 "excessively (and without providing new information)").
  if (talk.volume && !talk.informationRight && !talk.restriction && !found.some((f) => f.rule === "volume" || f.rule === "volume-pressed")) {
    found.push({ rule: "volume-in-words", summary: "counts its own messages or promises more of them", at: [] });
  }
  // Warwickshire 3.2 "Contacting different people in the same organisation" about the same matter. Mail to another body with staff
  // copied in ("FW: to my MP - cc OPCC") is copying staff, which demand-history.ts judges (Warwickshire 3.2 "Repeatedly copying OPCC staff").
  if (FORWARDED.test(message.subject) || message.addressedToOthers) return found;
  const sameMatter = history.contacts.filter((c) => c.fingerprint && (estimateSimilarity(c.fingerprint, message.fingerprint) >= REFRAMED || (estimateTopicSimilarity(c.fingerprint, message.fingerprint) ?? 0) >= SAME_MATTER));
  const staff = new Set([...sameMatter.flatMap((c) => c.staffContacted ?? []), ...message.staffContacted].map((a) => a.toLowerCase()));
  // One message sent to several staff at once is not "contacting different people" about a matter: that takes earlier contact.
  if (staff.size >= 3 && sameMatter.length > 0) {
    found.push({ rule: "several-staff", summary: `${staff.size} different members of staff contacted about this matter`, at: sameMatter.map((c) => c.at) });
  }
  return found;
}

/**
 * A first reply to a fresh decision, within this many days of the office communicating it, is the person having
 * their say ("expressing their dissatisfaction", Warwickshire 3.2; the decision "explained to them if needed",
 * Gwent 5.0), unless they take it to someone else.
 */
export const FRESH_DAYS = 14;

/**
 * Contact that continues to challenge a decision once communicated (Gwent 5.0 "they continue to contact us to
 * challenge the decision"; Warwickshire 3.2 "Refusing to accept reasonable explanations, including following the
 * conclusion of a complaint"), re-frames it as a new complaint (Warwickshire 3.2 "Re-framing or re-wording of a
 * complaint"), or takes it to other staff for a different answer (Warwickshire 3.2 "Contacting different people in
 * the same organisation"). Both packs treat these as persistence. A message using an information right (a subject
 * access or freedom of information request, Warwickshire 9) is a new request, never persistence. With no decision on
 * record, the writer's own words must say it all: a challenge and that they are repeating it, or the staff they have
 * already been through.
 */
function afterDecision(history: SenderHistory, message: ThisMessage, talk: DecisionTalk, metrics: HistoryMetrics, now: IsoInstant, earlier: ReturnType<typeof repeatsIn>): HistoryFinding[] {
  if (talk.informationRight || talk.restriction) return [];
  const first = firstDecision(history, now);
  const last = lastDecision(history, now);
  if (!first || !last || message.receivedAt <= first) return inWordsAlone(talk);
  const decidedOn = last.slice(0, 10);
  const before = history.contacts.filter((c) => c.at <= first);
  const since = history.contacts.filter((c) => c.at > first && c.at < message.receivedAt);
  const print = message.fingerprint;
  const notFirstReply = since.length > 0 || Date.parse(message.receivedAt) - Date.parse(last) > FRESH_DAYS * DAY;
  // Substantially the same as anything sent before it on the matter: the decided complaint, or a challenge since (one challenge sent to each of several staff).
  const same = [...before, ...since].filter((c) => c.fingerprint && estimateSimilarity(c.fingerprint, print) >= NEAR_DUPLICATE);
  const reworded = before.filter((c) => c.fingerprint && (estimateSimilarity(c.fingerprint, print) >= REFRAMED || (estimateTopicSimilarity(c.fingerprint, print) ?? 0) >= SAME_MATTER));
  // The next message of a thread already found to challenge the decision (a bundle sent in parts) continues it.
  // So does one about the same matter in other words ("Back to the camera. The hedge is still there." after "My speeding complaint AGAIN").
  // A message naming much that none before it did ("NEW EVIDENCE: my aunt's bank statement for March …") starts something new, whatever its subject.
  const earlierPrints = history.contacts.flatMap((c) => (c.fingerprint ? [c.fingerprint] : []));
  const newWords = newTopicWords(print, earlierPrints) ?? 0;
  const newMatter = newWords >= NEW_MATTER;
  // Recast ("I'm now raising it as a public nuisance complaint", "new angle") about the matter already sent, naming no new one: re-framing.
  // The writer saying it is the same ("Same ramp, same kids.") names the matter, though no word of it is shared ("skateboarding", "skateboarders").
  // The writer saying it is the same ("Same night, same officer") outweighs the count of new words a recast brings ("a data protection complaint now").
  const recast = Boolean(talk.recast) && ((!newMatter && sharesMatter(print, newWords)) || Boolean(talk.sameThing));
  const reframing = Boolean(talk.reframing) || recast;
  const continued = !newMatter && continuesChallenge(history.contacts, since, message, talk, first, newWords);
  const thread = newMatter
    ? []
    : since.filter((c) => c.categories?.includes("persistent") && (sameThread(c.subject, message.subject) || (c.fingerprint !== undefined && (estimateTopicSimilarity(c.fingerprint, print) ?? 0) >= SAME_MATTER)));
  // Re-sending the complaint once the decision is communicated is persistence in both packs (Warwickshire 3.2 "being told
  // that it's been concluded"; Gwent 5.0 "continue to contact us to challenge the decision"), even when the copy is not the same text.
  // The decided matter brought again in other words, past the first reply to the decision, challenges it too (Warwickshire 3.2
  // "Re-framing or re-wording of a complaint": the same officer, incident and names, now "a discrimination complaint").
  const pressed = !newMatter && pressedAgain(history.contacts, since, message, talk, first, earlier);
  // Someone the person did not write to about the matter before the decision, or their own words saying so.
  const earlierStaff = new Set([...before, ...since].flatMap((c) => c.staffContacted ?? []).map((a) => a.toLowerCase()).filter((a) => !isSharedInbox(a)));
  const newPerson = earlierStaff.size > 0 && message.staffContacted.some((a) => !earlierStaff.has(a.toLowerCase()) && !isSharedInbox(a));
  const fresh = since.length === 0 && Date.parse(message.receivedAt) - Date.parse(last) <= FRESH_DAYS * DAY;
  const elsewhere = !newMatter && takenElsewhere(message, talk, newWords, newPerson && !fresh);
  // "I still say it's wrong" on the thread of the reply, past it: the explanation refused (saidAgainAfterReply).
  const disputed = !newMatter && saidAgainAfterReply(talk.disputes, history.contacts, since, message, talk, first, newWords);
  const challenged = Boolean(talk.challenge || disputed || reframing || talk.resending || (talk.repetition && (talk.decided || reworded.length > 0)) || same.length > 0 || thread.length > 0 || (reworded.length > 0 && notFirstReply) || continued || pressed || elsewhere);
  const afterReply = !challenged && !newMatter && saidAgainAfterReply(talk.restated, history.contacts, since, message, talk, first, newWords);
  if (!challenged && !afterReply) return [];
  // "Casey, Morgan's decision is wrong. Please overturn it.": a decision named as one member of staff's, written to another.
  // Not in the first reply to a fresh decision: writing to one's caseworker about the letter a colleague signed is having one's say.
  const otherStaffsDecision = !fresh && Boolean(talk.staffDecision) && message.staffContacted.length > 0 && !message.staffContacted.some((a) => a.toLowerCase().split("@")[0]!.split(/[^a-z]+/).includes(talk.staffDecision!.name));
  const anotherPerson = Boolean(talk.anotherPerson) || otherStaffsDecision || elsewhere || (newPerson && Boolean(talk.challenge || talk.decided || reworded.length > 0 || continued));
  if (fresh && !anotherPerson && !reframing) return [];
  const count = `${metrics.contactsSinceLastDecision} contact(s) since the decision of ${decidedOn}`;
  if (reframing || (reworded.length > 0 && same.length === 0 && !talk.challenge && !anotherPerson)) {
    return [{ rule: "reworded-after-decision", summary: `re-words or re-frames the matter decided on ${decidedOn}; ${count}`, at: reworded.map((c) => c.at) }];
  }
  if (anotherPerson) return [{ rule: "several-staff", summary: `takes the matter decided on ${decidedOn} to another member of staff; ${count}`, at: since.map((c) => c.at) }];
  if (disputed && !talk.challenge && same.length === 0 && thread.length === 0 && !continued && !talk.resending) {
    return [{ rule: "disputed-after-reply", summary: `says again that the decision of ${decidedOn} is wrong, after replying to it; ${count}`, at: since.map((c) => c.at) }];
  }
  if (afterReply) return [{ rule: "repeated-after-reply", summary: `says again what it said of the matter decided on ${decidedOn}, after replying to the decision; ${count}`, at: since.map((c) => c.at) }];
  if (pressed && same.length === 0 && !talk.challenge && !reframing && !talk.resending && thread.length === 0 && !continued) {
    return [{ rule: "pressed-after-decision", summary: `presses the matter decided on ${decidedOn} again, adding nothing new to what went before; ${count}`, at: since.map((c) => c.at) }];
  }
  if (same.length > 0) return [{ rule: "resent-after-decision", summary: `${count}; ${same.length} earlier message(s) substantially the same`, at: same.map((c) => c.at) }];
  if (!talk.challenge && !reframing && !talk.resending && !talk.repetition && thread.length === 0 && reworded.length === 0) {
    return [{ rule: "continues-after-decision", summary: `writes again about the matter decided on ${decidedOn}, bringing no new matter; ${count}`, at: since.map((c) => c.at) }];
  }
  return [{ rule: "challenges-decision", summary: `challenges again the decision of ${decidedOn}; ${count}`, at: since.map((c) => c.at) }];
}

/**
 * Gwent 5.0 "we have already fully advised the customer of the decision, and they continue to contact us to challenge the decision";
 * Warwickshire 3.2 "Refusing to accept reasonable explanations, including following the conclusion of a complaint": the person has had
 * their say (a message since the decision, whatever it said), and writes about the matter again (aboutTheMatter, naming no new matter)
 * saying, in the words of `cue`, that they repeat themselves ("i still say it is rong", "same as before", "I've told you that already":
 * decision-talk.ts `restated`; a bare "again" is as often an event recurring, "he was stopped again") or that the decision is still
 * wrong in words weaker than a challenge ("the review was wrong", "I disagree with the outcome", "your letter is rejected": `disputes`).
 * The first reply itself is never this, however it is worded. Not when it thanks or accepts, takes the review route, says it is about
 * something else, sends material, what the office asked for or a copy in case the first went astray, forwards or addresses mail to
 * another body, or carries on a thread that began as a new matter since the decision.
 */
function saidAgainAfterReply(cue: Cue | undefined, contacts: SenderHistory["contacts"], since: SenderHistory["contacts"], message: ThisMessage, talk: DecisionTalk, first: IsoInstant, newWords: number): boolean {
  if (since.length === 0 || !cue) return false;
  if (!aboutTheMatter(since, message, newWords) || FORWARDED.test(message.subject) || message.addressedToOthers || bringsMaterial(message)) return false;
  const aside = talk.aside?.() ?? {};
  if (aside.accepts || aside.askedFor || aside.route || aside.otherMatter || aside.inCase) return false;
  return !continuesNewMatter(contacts, first, message.subject);
}

/**
 * Whether a message since the reply to a decision is about the matter: it shares a word of matter with what went before or is too
 * short to name one (sharesMatter), or it carries on the thread of a message sent since the decision ("Re: Re: Review outcome":
 * "Your letter of the 15th explains your reasons. I've read it. I still say it's wrong" names no word of the matter).
 */
function aboutTheMatter(since: SenderHistory["contacts"], message: ThisMessage, newWords: number): boolean {
  return sharesMatter(message.fingerprint, newWords) || since.some((c) => sameThread(c.subject, message.subject));
}

/**
 * Warwickshire 3.2 "calling a number of times repeatedly on the same day" "without providing new information": the third contact or
 * more in 24 hours, in which the writer counts the messages they have sent ("I've now sent two (three counting this)", "Four emails.
 * Sort it.": decision-talk.ts `ownCount`), is volume in their own words, though it words its chase afresh. Not when it names a new
 * matter (NEW_MATTER words none before it had), sends material, or thanks, sends what was asked for or turns to another matter.
 */
function countedInRun(history: SenderHistory, message: ThisMessage, talk: DecisionTalk): boolean {
  if (!talk.ownCount || bringsMaterial(message)) return false;
  const received = Date.parse(message.receivedAt);
  const today = history.contacts.filter((c) => received - Date.parse(c.at) <= DAY && c.at < message.receivedAt).length + 1;
  if (today < CONTACTS_IN_A_DAY) return false;
  const prints = history.contacts.flatMap((c) => (c.fingerprint ? [c.fingerprint] : []));
  if ((newTopicWords(message.fingerprint, prints) ?? Infinity) >= NEW_MATTER) return false;
  const aside = talk.aside?.() ?? {};
  return !(aside.accepts || aside.askedFor || aside.otherMatter);
}

/**
 * Gwent 5.0 "we have already fully advised the customer of the decision ... and they continue to contact us to challenge the
 * decision": once a message since the decision has been found to challenge it, a further one about the matter (sharing at least
 * one of its words of matter with what went before, or too short to name anything, repeats.ts BARE_CHASER) and bringing no new
 * matter continues the challenge, whatever its words: re-argued, re-framed in words no pattern knows, or only pressed again. Not
 * when it thanks or accepts, asks after the review or appeal route the policy points to (Warwickshire 3.2 "failing to follow
 * appropriate appeal / review"), says it is about something else, sends material or what the office asked for, forwards or
 * addresses mail to another body (demand-history.ts judges copying staff), comes within a day of the last message (the volume
 * rule's), or carries on a thread that began as a new matter of its own since the decision ("please help" during an emergency).
 * Judged on the structure of the history first, on what the writer says only to set a message aside: measured on W15's and W16's
 * blind training histories before they were read (docs/measurements.md).
 */
function continuesChallenge(contacts: SenderHistory["contacts"], since: SenderHistory["contacts"], message: ThisMessage, talk: DecisionTalk, first: IsoInstant, newWords: number): boolean {
  if (!since.some((c) => c.categories?.includes("persistent"))) return false;
  if (!sharesMatter(message.fingerprint, newWords) || FORWARDED.test(message.subject) || message.addressedToOthers || bringsMaterial(message)) return false;
  const aside = talk.aside?.() ?? {};
  if (aside.accepts || aside.askedFor || aside.route || aside.otherMatter) return false;
  return !sameSitting(contacts, message.receivedAt) && !continuesNewMatter(contacts, first, message.subject);
}

/**
 * Gwent 5.0 "they continue to contact us to challenge the decision"; Warwickshire 3.2 "without providing new information": once the
 * person has replied to the decision (their say), a further message in the same sitting (within the day) that adds nothing new to
 * what they sent before (repeats.ts) and presses in the writer's own words (a word said three times, "wrong wrong wrong"; "again",
 * "still") presses the decided matter again. A bare "OK, noted" or a chaser days later is not pressing (continuesChallenge judges
 * what comes later). Not when it thanks or accepts, takes the review route, says it is about something else, sends material or
 * what the office asked for, forwards or addresses mail to another body, or carries on a thread that began as a new matter since
 * the decision (a chaser about a new incident).
 */
function pressedAgain(contacts: SenderHistory["contacts"], since: SenderHistory["contacts"], message: ThisMessage, talk: DecisionTalk, first: IsoInstant, earlier: ReturnType<typeof repeatsIn>): boolean {
  if (since.length === 0 || FORWARDED.test(message.subject) || message.addressedToOthers || bringsMaterial(message)) return false;
  if (!sameSitting(contacts, message.receivedAt) || !(talk.pressed?.() || talk.repetition)) return false;
  if (!repeatsAny(message.fingerprint, earlier)) return false;
  const aside = talk.aside?.() ?? {};
  if (aside.accepts || aside.askedFor || aside.route || aside.otherMatter) return false;
  return !continuesNewMatter(contacts, first, message.subject);
}

/**
 * Warwickshire 3.2 "calling a number of times repeatedly on the same day" "without providing new information": in a run of chasers
 * already under way (REPEATS_IN_A_DAY earlier messages in the last 24 hours that added nothing new), a message the writer says
 * repeats ("Sending my complaint again in case it got lost", "started again. Same as every night. Still no reply") or that presses
 * one word three times ("call me. call me. … call me") adds nothing new either, though it words the matter afresh. Not when it
 * names a new matter (NEW_MATTER words no earlier message had), sends material, or thanks, sends what was asked for or turns to
 * another matter: an emergency unfolding or documents re-sent as asked are not a run of chasers.
 */
function pressedInRun(history: SenderHistory, message: ThisMessage, talk: DecisionTalk, earlier: ReturnType<typeof repeatsIn>): boolean {
  const received = Date.parse(message.receivedAt);
  const run = earlier.filter((c) => c.repeat && received - Date.parse(c.at) <= DAY && c.at < message.receivedAt).length;
  if (run < REPEATS_IN_A_DAY || bringsMaterial(message)) return false;
  if (!(talk.repetition || talk.resending || talk.pressed?.())) return false;
  const prints = history.contacts.flatMap((c) => (c.fingerprint ? [c.fingerprint] : []));
  if ((newTopicWords(message.fingerprint, prints) ?? Infinity) >= NEW_MATTER) return false;
  const aside = talk.aside?.() ?? {};
  return !(aside.accepts || aside.askedFor || aside.otherMatter);
}

/**
 * Warwickshire 3.2 "Contacting different people in the same organisation to try to secure a different outcome": once a decision is
 * communicated, a message naming no new matter that says it takes the matter to someone else ("writing to each of you because Sophie's
 * answer isn't good enough", "going over Ms Phillips's head": its words name the matter, whatever else they name), or that is about the
 * matter (sharing a word of matter with what went before, or too short to name one) and goes, past the first reply, to a member of
 * staff the person had not written to. Not when it thanks or accepts, takes the review route, says it is about something else, sends
 * material or what the office asked for, or forwards mail to another body.
 */
function takenElsewhere(message: ThisMessage, talk: DecisionTalk, newWords: number, toNewPerson: boolean): boolean {
  if (!(talk.anotherPerson || (toNewPerson && sharesMatter(message.fingerprint, newWords)))) return false;
  if (FORWARDED.test(message.subject) || message.addressedToOthers || bringsMaterial(message)) return false;
  const aside = talk.aside?.() ?? {};
  return !(aside.accepts || aside.askedFor || aside.route || aside.otherMatter);
}

/** Whether a message shares a word of matter with what went before, or is too short to name one (as continuesChallenge reads it). */
function sharesMatter(print: string, newWords: number): boolean {
  const words = topicWords(print) ?? 0;
  return words <= BARE_CHASER || words - newWords >= 1;
}

/**
 * Attachments, fewer than inundate the office (demand-history.ts MANY_ATTACHMENTS), are material the person provides: Warwickshire 3.2
 * counts contact "without providing new information". The words may still challenge the decision (found above); the default does not.
 */
const bringsMaterial = (message: ThisMessage) => message.attachments > 0 && message.attachments < MANY_ATTACHMENTS;

/** Whether the person's previous message came within the day before this one: one sitting, which the volume rule judges (Warwickshire 3.2 "on the same day"). */
function sameSitting(contacts: SenderHistory["contacts"], receivedAt: IsoInstant): boolean {
  const t = Date.parse(receivedAt);
  return contacts.some((c) => c.at < receivedAt && t - Date.parse(c.at) < DAY);
}

/**
 * Whether a message carries on (same subject thread) an earlier message sent since the first decision that brought a new matter of
 * its own (NEW_MATTER words of matter none before it had) and was not itself found persistent.
 */
function continuesNewMatter(contacts: SenderHistory["contacts"], first: IsoInstant, subject: string): boolean {
  const sorted = [...contacts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return sorted.some((c, i) => {
    if (c.at <= first || !c.fingerprint || c.categories?.includes("persistent") || !sameThread(c.subject, subject)) return false;
    const earlier = sorted.slice(Math.max(0, i - 50), i).flatMap((e) => (e.fingerprint ? [e.fingerprint] : []));
    // The first message of the history has nothing before it to be new against: since the decision, it is the reply to it.
    if (earlier.length === 0) return false;
    return (newTopicWords(c.fingerprint, earlier) ?? 0) >= NEW_MATTER;
  });
}

/** No decision on record: only the writer's own words — a challenge they say they are repeating, or taking to other staff. */
function inWordsAlone(talk: DecisionTalk): HistoryFinding[] {
  // "My complaint was closed, so I'm now complaining …", "a new complaint … same night, same stop": the decided matter recast, by its own account.
  const recastSame = Boolean(talk.reframing || talk.recast) && Boolean(talk.decided || talk.sameThing || talk.restated);
  if ((talk.reframing && talk.decided) || recastSame) return [{ rule: "reframed-in-words", summary: "presents a matter it says was decided as a new complaint", at: [] }];
  if ((talk.challenge && talk.anotherPerson) || talk.otherAnswer) return [{ rule: "other-staff-in-words", summary: "asks another member of staff to overturn what it says was decided", at: [] }];
  if (talk.challenge && talk.repetition) return [{ rule: "challenge-repeated-in-words", summary: "challenges a decision again, by its own account", at: [] }];
  // "You told me it's closed. I still think it is wrong and I'll keep writing until it is reversed", "the same complaint that was decided
  // … I will submit it again next month": a decision named, refused or re-sent, and the writer's promise to go on. Not "I still think
  // it's wrong" alone beside the decision: that is as often the first disagreement, which is the person having their say.
  if (talk.decided && talk.keepsOn && (talk.challenge || talk.disputes || talk.restated)) {
    return [{ rule: "decision-refused-in-words", summary: "refuses or re-sends a decided matter again, by its own account", at: [] }];
  }
  return [];
}

/** Shared inboxes are where anyone writes first; a new one is not "a different person" (Warwickshire 3.2). */
const isSharedInbox = (address: string) => /^(?:enquiries|info|contact|office|admin|complaints|opcc)@/i.test(address);

/** Subjects of one thread: the same words once "Re:", "FW:", part numbers and counts are set aside. */
export function sameThread(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const words = (s: string) => new Set((s.toLowerCase().replace(/\b(?:re|fw|fwd)\s*:/g, " ").match(/[a-z]{3,}/g) ?? []).filter((w) => !THREAD_COMMON.has(w)));
  // The same subject, replies' prefixes aside, is one thread even when it has no word to share ("136 again", "???").
  const bare = (s: string) => s.toLowerCase().replace(/\b(?:re|fw|fwd)\s*:/g, " ").replace(/\s+/g, " ").trim();
  if (bare(a) !== "" && bare(a) === bare(b)) return true;
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared >= 2 && shared / Math.min(x.size, y.size) >= 0.5;
}
const THREAD_COMMON = new Set(["the", "and", "for", "you", "your", "my", "was", "this", "that", "with", "from", "about", "again"]);
