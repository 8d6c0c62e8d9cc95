import type { AlertGuard } from "./guard";
import type { AlertKind } from "./types";
import { CRIME_AS_PREVALENCE } from "./prevalence";
import { CRIME_SENT_AS_ASKED } from "./sent-as-asked";
import { DEATH_OUTLASTING_THE_WAIT } from "./outlived";
import { CRIME_KNOWN_TO_POLICE } from "./known-to-police";
import { PROPERTY_CRIME_WAITED_ON } from "./waited-on";
import { PAST_ATTEMPT_RECOVERED } from "./past-attempt";
import { MISSING_FOUND_SAFE } from "./found-safe";
import { CRIME_REPORT_HANDLED } from "./report-handled";
import { ABUSE_SURVIVED } from "./survivor";
import { SEIZED_BY_POLICE } from "./police-seized";
import { SUICIDAL_AS_A_FIGURE } from "./suicidal-figure";
import { CRIME_SERVICE_COMPLAINED_OF } from "./service-complained-of";
import { WRONG_ADDRESS_ENTRY } from "./wrong-address";
import { KILL_ME_OVER_A_TRIFLE_GUARD } from "./kill-me-trifle";
import { CRIME_RAISED_WITH_WRITER } from "./raised-with-me";
import { CRIME_KIND_AS_TOPIC } from "./crime-as-kind";
import { MISSING_AS_WHEN } from "./missing-as-when";
import { VIOLENCE_TO_A_THING_GUARD } from "./violence-to-a-thing";
import { CRIME_THANKED_FOR } from "./thanked-for";
import { CRIME_OFFENDER_BY_DEED } from "./offender-by-deed";
import { CRIME_RESPONSE_TOLD } from "./response-told";
import { CRIME_TOLD_AS_BACKGROUND } from "./told-as-background";

/** The look-alike guards with identity (guard.ts), each run on every hit of its kinds that the rules' own guards let through. */
export const LOOK_ALIKE_GUARDS: readonly AlertGuard[] = [
  PROPERTY_CRIME_WAITED_ON,
  CRIME_AS_PREVALENCE,
  CRIME_SENT_AS_ASKED,
  DEATH_OUTLASTING_THE_WAIT,
  CRIME_KNOWN_TO_POLICE,
  PAST_ATTEMPT_RECOVERED,
  MISSING_FOUND_SAFE,
  CRIME_REPORT_HANDLED,
  ABUSE_SURVIVED,
  SEIZED_BY_POLICE,
  SUICIDAL_AS_A_FIGURE,
  CRIME_SERVICE_COMPLAINED_OF,
  WRONG_ADDRESS_ENTRY,
  KILL_ME_OVER_A_TRIFLE_GUARD,
  CRIME_RAISED_WITH_WRITER,
  CRIME_KIND_AS_TOPIC,
  MISSING_AS_WHEN,
  VIOLENCE_TO_A_THING_GUARD,
  CRIME_THANKED_FOR,
  CRIME_OFFENDER_BY_DEED,
  CRIME_RESPONSE_TOLD,
  CRIME_TOLD_AS_BACKGROUND,
];

const BY_KIND = new Map<AlertKind, AlertGuard[]>();
for (const guard of LOOK_ALIKE_GUARDS) for (const kind of guard.kinds) BY_KIND.set(kind, [...(BY_KIND.get(kind) ?? []), guard]);

/** Whether a guard of the hit's kind drops a hit in the sentence [from, to) of `text` (`pattern`: the rule's). */
export const lookAlike = (kind: AlertKind, text: string, from: number, to: number, pattern?: RegExp): boolean =>
  BY_KIND.get(kind)?.some((guard) => guard.drops(text, from, to, pattern)) ?? false;

const CARRIED_BY_KIND = new Map<AlertKind, AlertGuard[]>();
for (const guard of LOOK_ALIKE_GUARDS) if (guard.readsCarried) for (const kind of guard.kinds) CARRIED_BY_KIND.set(kind, [...(CARRIED_BY_KIND.get(kind) ?? []), guard]);

/** Whether a guard that reads carried matches drops a hit carried from [from, …) into the sentence ending at `to`. */
export const carriedLookAlike = (kind: AlertKind, text: string, from: number, to: number, pattern?: RegExp): boolean =>
  CARRIED_BY_KIND.get(kind)?.some((guard) => guard.drops(text, from, to, pattern)) ?? false;
