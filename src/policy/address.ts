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
 * - Typographic apostrophes become the ASCII one: `o’brien@example.org` is keyed `o'brien@example.org`.
 *   They are different strings in SMTP, but nobody's mailbox differs from another's only by
 *   one: a curly apostrophe in an address is mostly Word's or Outlook's autocorrect of a typed
 *   straight one (or a copy from a letter). Folding it on entry and on match means a
 *   restricted sender is not missed because the proposal was typed in Word. The ASCII form is
 *   the one canonical key every list is written under. But a mailbox may really hold a curly
 *   one (an internationalised address may), and rows keyed before the fold hold it as typed:
 *   so what is looked up by address elsewhere — Graph's mail, which compares addresses exactly,
 *   and the lists' rows — is asked for in every form (`apostropheForms`; Graph filters carry
 *   each, the ASCII one doubled by `odataString`).
 * - Phone numbers (for StrategyAddresses of kind phone) keep digits and a leading +;
 *   UK national numbers (0…) become +44….
 */
export type AddressResult = { ok: true; address: string } | { ok: false; reason: string; input: string };

const ANGLE = /<([^<>]*)>\s*$/;
// ‘ ’ ‛ (autocorrect's quotes), ʼ (modifier letter apostrophe), ＇ (full-width, from an IME).
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\uFF07]/g;
// Deliberately simple and linear: one @, no spaces, a dot in the domain. Full RFC 5322
// parsing is not the goal; a clear refusal of what cannot be an email address is.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function normaliseEmail(input: string): AddressResult {
  const raw = input.trim();
  const angled = ANGLE.exec(raw);
  const candidate = (angled?.[1] ?? raw).trim().replace(/^mailto:/i, "").replace(APOSTROPHES, "'").toLowerCase();
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

/**
 * Whether a list of addresses keyed before apostrophes were folded (`o’brien@…`, as an autocorrected
 * proposal stored it) holds this normalised address.
 */
export function listsAddress(addresses: readonly string[], normalised: string): boolean {
  return addresses.some((a) => a === normalised || foldApostrophes(a) === normalised);
}

/** An index key as stored, with a typographic apostrophe read as the ASCII one (see `normaliseEmail`). */
export function foldApostrophes(key: string): string {
  return key.replace(APOSTROPHES, "'");
}

/** The apostrophes folded into the ASCII one, the ASCII one first. */
const APOSTROPHE_FORMS = ["'", "\u2019", "\u2018", "\u201B", "\u02BC", "\uFF07"];

/**
 * Every form an address may be held under outside this product: the canonical key (ASCII apostrophe) first and, when it
 * has an apostrophe, the same with each typographic one in its place (each apostrophe alike). A real mailbox
 * `o’brien@…` is found in Graph by the curly form, and a row keyed `o’brien@…` before the fold by it too. Only for
 * looking up: nothing is written under any form but the first.
 */
export function apostropheForms(key: string): string[] {
  const canonical = foldApostrophes(key);
  return canonical.includes("'") ? APOSTROPHE_FORMS.map((a) => canonical.replaceAll("'", a)) : [canonical];
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

/**
 * An address as the message writes it, with only case and surrounding whitespace folded:
 * what Graph's exact `eq` on a sender needs ("pat+x@…" is searched as written, not as "pat@…").
 */
export function asWritten(input: string): string {
  return input.trim().toLowerCase();
}

/**
 * The key a contact is recorded under: the normalised address or, when the sender is not a
 * well-formed address (a gateway's "undisclosed-recipients", an Exchange X.500 path), the
 * text as written — so the contact is still recorded, and found again under the same text.
 */
export function contactKey(input: string): string {
  const result = normaliseAddress(input);
  return result.ok ? result.address : asWritten(input);
}

/** Whether a normalised address is in one of the office's own domains. */
export function isStaffAddress(address: string, staffDomains: readonly string[]): boolean {
  return staffDomains.some((domain) => address.endsWith(`@${domain.trim().toLowerCase()}`));
}

/** How a message is addressed, as the policy needs it: which office staff it went to, and whether it went to anyone else. */
export interface Addressing {
  /** Office staff in To or Cc, normalised, each once. */
  staffContacted: string[];
  /** Someone outside the office is in To: the mail is addressed to another body (Warwickshire 3.2). */
  addressedToOthers: boolean;
}

export function addressingOf(to: readonly string[], cc: readonly string[], staffDomains: readonly string[]): Addressing {
  const valid = (list: readonly string[]) => list.flatMap((a) => { const r = normaliseEmail(a); return r.ok ? [r.address] : []; });
  const [toAddresses, ccAddresses] = [valid(to), valid(cc)];
  return {
    staffContacted: [...new Set([...toAddresses, ...ccAddresses].filter((a) => isStaffAddress(a, staffDomains)))],
    addressedToOthers: toAddresses.some((a) => !isStaffAddress(a, staffDomains)),
  };
}

/** Whether a domain is one of the office's own or a subdomain of one. */
function isStaffDomain(domain: string, staffDomains: readonly string[]): boolean {
  return staffDomains.some((d) => { const own = d.trim().toLowerCase(); return own !== "" && (domain === own || domain.endsWith(`.${own}`)); });
}

/**
 * Why an address may not be listed on a contact strategy, or undefined when it may (T7 #14). A strategy restricts a member
 * of the public (Warwickshire 7): an address at one of the office's own domains (a colleague's, the shared inbox) would
 * label staff mail "read and file"; and a strategy lists single mailboxes, so a wildcard (`*@example.co.uk`) is refused.
 */
export function strategyAddressProblem(input: string, staffDomains: readonly string[]): string | undefined {
  if (/[*?%]/.test(input)) return `"${input.trim()}" is not a single address: a strategy lists one mailbox or telephone number at a time, never a pattern.`;
  const result = normaliseAddress(input);
  if (!result.ok) return result.reason;
  if (result.address.startsWith("tel:")) return undefined;
  const domain = result.address.slice(result.address.lastIndexOf("@") + 1);
  return isStaffDomain(domain, staffDomains) ? `${result.address} is one of the office's own addresses: a contact strategy covers a member of the public, never staff or a shared inbox.` : undefined;
}

/** A normalised address the readers must never apply a strategy to: one at the office's own domains (T7 #14, for records made before the refusal). */
export function isOfficeAddress(address: string, staffDomains: readonly string[]): boolean {
  const at = address.lastIndexOf("@");
  return at > 0 && isStaffDomain(address.slice(at + 1).toLowerCase(), staffDomains);
}
