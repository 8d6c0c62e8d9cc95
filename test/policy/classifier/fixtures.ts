import { classify } from "../../../src/policy/classifier/classify";
import { fingerprint } from "../../../src/policy/classifier/fingerprint";
import type { Classification, MessageInput } from "../../../src/policy/classifier/types";
import { EMPTY_HISTORY, type SenderHistory } from "../../../src/policy/contact";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { getPack } from "../../../src/policy/packs/index";

export const NOW = "2026-11-25T10:00:00.000Z"; // a Wednesday

export function message(overrides: Partial<MessageInput> = {}): MessageInput {
  return { from: "pat.o'brien@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "My complaint", body: "", receivedAt: NOW, ...overrides };
}

/** Earlier contacts: `[daysAgo, body]` pairs, fingerprinted as the ContactLog would hold them. */
/** Earlier contacts as [days ago, body, staff it reached, addressed to another body?]. */
export function history(contacts: Array<[number, string, string[]?, boolean?]> = [], decisionsDaysAgo: number[] = [], warnings = 0): SenderHistory {
  const at = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
  return {
    contacts: contacts.map(([days, body, staff, elsewhere]) => ({ at: at(days), subject: "My complaint", fingerprint: fingerprint(body), staffContacted: staff ?? [], ...(elsewhere ? { addressedToOthers: true } : {}) })),
    decisionsCommunicated: decisionsDaysAgo.map(at),
    warningsGiven: Array.from({ length: warnings }, (_, i) => at(30 + i)),
  };
}

/** `staffNames`: the office's staff by name, as its configuration lists them (none unless given). */
export function run(input: Partial<MessageInput>, past: SenderHistory = EMPTY_HISTORY, packId = "warwickshire", responseDays?: number, staffNames?: readonly string[]): Classification {
  const pack = getPack(packId);
  const options = classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], ...(staffNames ? { staffNames } : {}), history: past, now: NOW });
  return classify(message(input), { ...options, responseDays: responseDays ?? options.responseDays });
}

export const subTypes = (c: Classification) => c.findings.map((f) => `${f.category}/${f.subType}`);
