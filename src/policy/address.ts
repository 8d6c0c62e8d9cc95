/**
 * Addresses are normalised once, here, and nowhere else.
 *
 * - Display-name forms (`"O'Brien, Pat" <Pat.OBrien@Example.org>`) reduce to the address.
 * - Case and surrounding whitespace are folded (mailbox local parts are case-insensitive
 *   in Exchange Online, whatever RFC 5321 allows).
 * - Plus-addressing: `pat+opcc@example.org` is the same person as `pat@example.org`.
 *   Exchange Online and most public providers deliver sub-addresses to the base mailbox,
 *   so a restricted sender cannot evade the index by adding a tag. We strip the tag; we
 *   do NOT strip dots (only Gmail ignores them, and folding them elsewhere would merge
 *   different people).
 * - Phone numbers (for StrategyAddresses of kind phone) keep digits and a leading +;
 *   UK national numbers (0…) become +44….
 */
export type AddressResult = { ok: true; address: string } | { ok: false; reason: string; input: string };

const ANGLE = /<([^<>]*)>\s*$/;
// Deliberately simple and linear: one @, no spaces, a dot in the domain. Full RFC 5322
// parsing is not the goal; a clear refusal of what cannot be an email address is.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function normaliseEmail(input: string): AddressResult {
  const raw = input.trim();
  const angled = ANGLE.exec(raw);
  const candidate = (angled?.[1] ?? raw).trim().replace(/^mailto:/i, "").toLowerCase();
  if (!EMAIL.test(candidate)) {
    return { ok: false, reason: `"${input}" is not an email address`, input };
  }
  const at = candidate.lastIndexOf("@");
  const local = candidate.slice(0, at);
  const domain = candidate.slice(at + 1).replace(/\.$/, "");
  const plus = local.indexOf("+");
  const base = plus > 0 ? local.slice(0, plus) : local;
  return { ok: true, address: `${base}@${domain}` };
}

export function normalisePhone(input: string): AddressResult {
  const trimmed = input.trim();
  const digits = trimmed.replace(/[^\d+]/g, "");
  const plain = digits.replace(/(?!^)\+/g, "");
  const international = plain.startsWith("+")
    ? plain
    : plain.startsWith("00")
      ? `+${plain.slice(2)}`
      : plain.startsWith("0")
        ? `+44${plain.slice(1)}`
        : plain;
  if (!/^\+\d{7,15}$/.test(international)) {
    return { ok: false, reason: `"${input}" is not a telephone number`, input };
  }
  return { ok: true, address: `tel:${international}` };
}

/** Normalise an email address or a telephone number to the key the SenderIndex uses. */
export function normaliseAddress(input: string): AddressResult {
  return /@/.test(input) ? normaliseEmail(input) : normalisePhone(input);
}
