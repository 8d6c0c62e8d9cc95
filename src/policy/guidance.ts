import { CHANNEL_WORDS } from "./categories";
import { isInForce } from "./lifecycle/transition";
import { cite } from "./packs/cite";
import type { PolicyPack } from "./packs/schema";
import type { Restriction, RestrictionKind } from "./restrictions";
import type { ContactStrategy } from "./strategy";

/**
 * What staff may and may not do for one person, and what to do with the message in
 * front of them. Built from the pack's own `staffGuidance` for each restriction the
 * strategy imposes, specialised with that restriction's data (who the SPOC is, which
 * channel, how many minutes), and each line cites the paragraph it rests on.
 */
export interface StaffGuidance {
  may: string[];
  mayNot: string[];
  handleThisMessage: string;
}


/**
 * The alerts on the message being read, as the banner needs them: not yet checked (the body is
 * still being read), or checked, with each alert's title (none: an empty list).
 */
export type MessageAlerts =
  | { checked: false }
  | {
      checked: true;
      titles: readonly string[];
      /** When the message raises a threat to staff: its subject and body, to see whether they name the single point of contact. */
      threatening?: string;
    };

/**
 * With `alerts`, the read-and-file line yields: while the message is being checked it says so,
 * and when it raises an alert the banner points to the alert above instead (Warwickshire 7.2:
 * contact is reviewed "irrespective of any contact strategy").
 */
export function staffGuidance(strategy: ContactStrategy, pack: PolicyPack, alerts?: MessageAlerts): StaffGuidance {
  // Restrictions bind only once authorised (Gwent 7.0, Warwickshire 7: "can only be authorised by").
  if (!isInForce(strategy)) return notInForce(strategy, pack);

  const may: string[] = [];
  const mayNot: string[] = [];
  for (const restriction of strategy.restrictions) {
    const lines = alerted(alerts) && restriction.kind === "readAndFile" ? yieldsToAlert(pack) : forRestriction(restriction, pack, strategy);
    may.push(...lines.may);
    mayNot.push(...lines.mayNot);
  }
  // Both policies let any member of staff end an abusive call without authorisation
  // (Gwent 7.0 / Warwickshire 7: "With the exception of ending a telephone call") — said only
  // where calls are part of this strategy: on an email-only one it is noise (issue 14).
  const phone = pack.channels.find((c) => c.channel === "phone");
  if (phone && takesCalls(strategy)) may.push(`${phone.guidance} (${cite(phone.source)})`);
  // Warwickshire 7.2: never "deterred nor prevented from contacting the OPCC in relation to
  // other matters"; Gwent 8.0: restrict "in a way that still allows access to its service".
  mayNot.push(`Turn away contact about a different matter: the ${pack.office.personTerm} may still contact the office about other matters (${cite(pack.furtherContact.source)}).`);

  return { may, mayNot, handleThisMessage: alerted(alerts) ? actOnAlertsFirst(strategy, pack, alerts) : handleMessage(strategy, pack, alerts) };
}

function notInForce(strategy: ContactStrategy, pack: PolicyPack): StaffGuidance {
  const pending = strategy.status === "draft" || strategy.status === "proposed";
  const why = pending
    ? `This strategy is ${strategy.status}: restrictions apply only once the ${pack.authoriser.title} authorises them (${cite(pack.authoriser.source)}).`
    : `This strategy is ${strategy.status}: no restrictions are in force.`;
  return {
    may: [`Reply as you would to any ${pack.office.personTerm}.`],
    mayNot: [`Apply any restriction from this strategy. ${why}`],
    handleThisMessage: `Handle this message as usual. ${why}`,
  };
}

interface Lines {
  may: string[];
  mayNot: string[];
}

/** Calls are part of the strategy: phone is an allowed channel, or calls are limited in length. */
function takesCalls(strategy: ContactStrategy): boolean {
  return strategy.allowedChannels.includes("phone") || strategy.restrictions.some((r) => r.kind === "phoneTimeLimit");
}

/**
 * One restriction's lines, each citing its paragraph: the pack's words under its label, then
 * the restriction's own data made concrete ("Reply to Pat by email only"). A prohibition is
 * only ever under "may not" (the pack keeps them apart: `staffGuidance` / `staffMayNot`).
 */
function forRestriction(restriction: Restriction, pack: PolicyPack, strategy: ContactStrategy): Lines {
  const option = pack.restrictionOptions.find((o) => o.kind === restriction.kind);
  const specific = specialise(restriction, strategy);
  // A strategy may carry a kind this pack does not list (e.g. migrated from another office);
  // staff still see its own lines, each marked as not from this policy, rather than silently
  // dropping it — in its plain words, never its code, and its prohibition under "may not" only
  // (T7 #9: "noReopeningClosedCase (not an option …)" was shown under "You may").
  if (!option) {
    const unlisted = (line: string) => `${line} (not an option in the ${pack.office.shortName} policy; check with the ${pack.authoriser.title})`;
    return { may: specific.may.map(unlisted), mayNot: specific.mayNot.map(unlisted) };
  }
  const ref = ` (${cite(option.source)})`;
  const own = (words: string | undefined) => (words ? [`${option.label}: ${words}${ref}`] : []);
  return { may: [...own(option.staffGuidance), ...specific.may.map((l) => l + ref)], mayNot: [...own(option.staffMayNot), ...specific.mayNot.map((l) => l + ref)] };
}

/** The restriction's own data turned into concrete do / don't lines. */
function specialise(r: Restriction, strategy: ContactStrategy): Lines {
  const person = strategy.person.displayName;
  switch (r.kind) {
    case "phoneTimeLimit":
      return {
        may: [`End a call with ${person} politely once it reaches ${r.minutes} minutes.`],
        mayNot: [`Let a call with ${person} run past ${r.minutes} minutes.`],
      };
    case "singleChannel":
      return {
        may: [`Reply to ${person} by ${CHANNEL_WORDS[r.channel]} only.`],
        mayNot: [`Reply by any other channel than ${CHANNEL_WORDS[r.channel]}.`],
      };
    case "dedicatedAddress":
      return {
        may: [`Handle ${person}'s mail from ${r.address}, diverted to the "${r.divertToFolder}" folder.`],
        mayNot: [],
      };
    case "blockedAddress":
      return { may: [], mayNot: [`Reply to ${r.address}: it is blocked.`] };
    case "advocateOnly": {
      const advocate = r.advocateName ? `${r.advocateName} (advocate)` : "the advocate";
      return { may: [`Correspond through ${advocate}.`], mayNot: [`Correspond with ${person} directly.`] };
    }
    case "singlePointOfContact":
      // The banner names the single point of contact once, on its own line; the pack's lines refer to them by role.
      return { may: [], mayNot: [] };
    case "readAndFile":
      return { may: [], mayNot: [`Reply to a message from ${person} that raises nothing new.`] };
    case "noReopeningClosedCase": {
      const which = r.caseReference ? `case ${r.caseReference}` : "the closed case";
      return { may: [], mayNot: [`Re-open ${which} on demand.`] };
    }
    case "other":
      return { may: [r.description], mayNot: [] };
  }
}

/** Who the single point of contact is: the restriction's, else the strategy's own field. */
export function singlePointOfContact(strategy: ContactStrategy): ContactStrategy["singlePointOfContact"] {
  return restriction(strategy, "singlePointOfContact")?.spoc ?? strategy.singlePointOfContact;
}

function restriction<K extends RestrictionKind>(strategy: ContactStrategy, kind: K): Extract<Restriction, { kind: K }> | undefined {
  return strategy.restrictions.find((r): r is Extract<Restriction, { kind: K }> => r.kind === kind);
}

/**
 * What to do with the incoming message. Read-and-file decides first (Gwent 8.0 "Read and
 * file future correspondence, but acknowledge or respond to it only if the customer provides
 * new information"; Warwickshire 6 "read, but no action will be taken" and 7.2 "all contact
 * must be reviewed"); then who replies (SPOC) and how (single channel).
 */
function handleMessage(strategy: ContactStrategy, pack: PolicyPack, alerts?: MessageAlerts): string {
  const spoc = singlePointOfContact(strategy);
  const channel = restriction(strategy, "singleChannel")?.channel;
  // Named once in the banner, on its own line: here by role (issue 14: "stated three times").
  const who = spoc ? " Any reply comes from the single point of contact." : "";
  const how = channel ? ` Reply by ${CHANNEL_WORDS[channel]} only.` : "";

  const readAndFile = restriction(strategy, "readAndFile");
  const option = pack.restrictionOptions.find((o) => o.kind === "readAndFile");
  if (readAndFile && alerts && !alerts.checked) {
    return "Checking this message for a risk to life, threats to staff, safeguarding or crime before it can be read and filed…";
  }
  if (readAndFile) {
    const what = option?.staffGuidance ?? "Read it, check for new information or a new complaint; file it without reply unless it raises something new.";
    const ref = option ? ` (${cite(option.source)})` : "";
    // "No alert" is what the rules found, not that there is nothing: on mail written blind they miss
    // about one risk to life in four, so a person still reads for them before filing (Warwickshire 7.2).
    const unseen = alerts?.checked ? ` No alert was raised, but the automatic check can miss one: read it yourself for a risk to life, a threat to staff, a safeguarding matter or a crime before filing it${reviewedRegardless(pack)}.` : "";
    return `${what}${who}${how}${ref}${unseen}`;
  }
  if (spoc) return `Pass it to the single point of contact; do not reply yourself.${how}`;
  if (channel) return `Reply if needed, by ${CHANNEL_WORDS[channel]} only.`;
  return `Handle it as usual, within the restrictions listed.`;
}

const alerted = (alerts: MessageAlerts | undefined): alerts is Extract<MessageAlerts, { checked: true }> => !!alerts?.checked && alerts.titles.length > 0;

/** Where the pack says contact is reviewed whatever the strategy (Warwickshire 7.2), for the line that yields to an alert. */
function reviewedRegardless(pack: PolicyPack): string {
  const note = pack.alerts?.strategyNote;
  return note ? ` (${cite(note.source)})` : "";
}

function yieldsToAlert(pack: PolicyPack): Lines {
  const option = pack.restrictionOptions.find((o) => o.kind === "readAndFile");
  return { may: [`${option?.label ?? "Read and file"}: not for this message, which raises an alert that comes first${reviewedRegardless(pack)}.`], mayNot: [] };
}

/** What to do with a message that raises an alert: the alert first, whatever the strategy says. */
function actOnAlertsFirst(strategy: ContactStrategy, pack: PolicyPack, { titles, threatening }: Extract<MessageAlerts, { checked: true }>): string {
  const spoc = singlePointOfContact(strategy);
  const tell = !spoc ? "" : threatening !== undefined && names(threatening, spoc.displayName) ? spocThreatened(strategy, pack) : " Tell the single point of contact as well.";
  const which = titles.length === 1 ? `the alert above (${titles[0]})` : `the alerts above (${titles.join("; ")})`;
  return `Act on ${which} first. The contact strategy does not change this${reviewedRegardless(pack)}.${tell}`;
}

/** The text names the person: their full name, or their first or last name as a word of its own (case as written). */
function names(text: string, displayName: string): boolean {
  const parts = [displayName, ...displayName.split(/\s+/)].map((p) => p.trim()).filter((p) => p.length >= 3);
  return parts.some((p) => new RegExp(`(?<![\\p{L}'’-])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(text));
}

/**
 * A threat to staff that names the single point of contact: they may be the person threatened, so the banner does
 * not send it to them as routine SPOC business (T7 #11: "Sam Carter is a liar. I'm going to smash his face in", Sam
 * being Pat's SPOC). Staff tell their manager and seek guidance on next steps (Warwickshire 6; Gwent 7.0 "report …
 * to their manager"): the duty manager decides who handles the writer meanwhile.
 */
function spocThreatened(strategy: ContactStrategy, pack: PolicyPack): string {
  const source = pack.alerts?.guidance.find((g) => g.kind === "threat-to-staff")?.steps.find((s) => s.source)?.source;
  const ref = source ? ` (${cite(source)})` : "";
  return ` This threat names the single point of contact, who may be the person threatened: do not pass it to them as routine. The duty manager decides who handles ${strategy.person.displayName}'s contact meanwhile${ref}.`;
}
