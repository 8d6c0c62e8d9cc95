import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import type { Decision } from "./decision";

/** A Decision's own fields, in the order decide() writes them: SharePoint's (author, recordedAt, editedBy) are not the decision's words. */
const FIELDS: readonly (keyof Decision)[] = ["id", "strategyId", "kind", "decidedBy", "decidedAt", "rationale", "checklist", "criteriaNotes", "warningChecked", "warningLetter", "priorWarning", "evidenceChecked", "evidenceContacts", "evidenceRecords", "evidenceBehaviour", "terms", "result"];

/**
 * What a decision says, as a short hash. A decision step's intent names the decision it is about to record (src/app/strategy/steps.ts),
 * so the intent dates that decision and no other (src/policy/in-force.ts madeAt): the same only while every field is the same.
 */
export function decisionFingerprint(decision: Decision): string {
  const own = Object.fromEntries(FIELDS.filter((f) => decision[f] !== undefined).map((f) => [f, decision[f]]));
  return `sha256:${bytesToHex(sha256(utf8ToBytes(JSON.stringify(own)))).slice(0, 32)}`;
}

/** The fingerprint an intent's detail names (“… (decision sha256:…)”), if any. */
export function namedFingerprint(detail: string): string | undefined {
  return /\(decision (sha256:[0-9a-f]{32})\)/.exec(detail)?.[1];
}
