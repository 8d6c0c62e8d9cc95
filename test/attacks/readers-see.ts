import { MORGAN, SAM, CASEY, DEMO_ROSTER, STAFF_DOMAIN } from "../../dev/demo/people";
import type { demoSiteEachTest } from "../fakes/demo-office";
import { pack } from "../emulator/alex-demand";
import { verifyRecords } from "../../src/app/records/verify";
import { loadHistory } from "../../src/app/history";
import { prepareLetter } from "../../src/app/letters";
import { proposalSeed } from "../../src/app/strategy/proposal";
import { exportPerson } from "../../src/app/records/subject-access";

type Demo = ReturnType<typeof demoSiteEachTest>;

/** Records verify's breaks that name the record `id`, as "kind: message". */
export async function verifyOn(demo: Demo, id: string): Promise<string[]> {
  const { breaks } = await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER });
  return breaks.filter((b) => b.message.includes(id) || b.target.includes(id)).map((b) => `${b.kind}: ${b.message}`);
}

/**
 * Everything a user reads about `address` that the record `id` could be in (the t21 probes' readers): records verify's
 * words on it, Morgan's warning letter to `address` (its content apart from what it says it left out, and what it told),
 * the pane's history on another message and on `id` itself (Sam's pane), the proposal's seed (Casey's) and Morgan's
 * subject access export.
 */
export async function readersSee(demo: Demo, id: string, address: string) {
  const words = await verifyOn(demo, id);
  const letter = await prepareLetter({ pack, store: demo.storeOf(MORGAN), user: { displayName: MORGAN.displayName, emailAddress: MORGAN.upn }, now: () => new Date() }, { kind: "warning", person: { name: "Alex Morgan", address } });
  const { leftOut, ...content } = letter as typeof letter & { leftOut?: string };
  const told = `${leftOut ?? ""}${letter.ok ? "" : JSON.stringify(letter.problems)}`;
  const sources = { store: demo.storeOf(SAM), staffDomains: [STAFF_DOMAIN] };
  const other = await loadHistory(sources, { addresses: [address] }, undefined, new Date(), { internetMessageId: "<next@example.com>", receivedAt: new Date().toISOString() });
  const onIt = await loadHistory(sources, { addresses: [address] }, undefined, new Date(), { internetMessageId: id, receivedAt: new Date().toISOString() });
  const seed = await proposalSeed(demo.storeOf(CASEY), { personName: "Alex Morgan", addresses: [address], now: new Date() });
  const exported = await exportPerson(demo.storeOf(MORGAN), address, { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
  return { words, letterText: JSON.stringify(content), told, other, onIt, seed, exported };
}

/** What a user sees of record `id` when reading about `address`, as flags the t21 probes assert: verify's words, the warning
 * letter (quoting `subject` and whether it says it left the record out), the pane's history and its view of `id`, the seed
 * and subject access's handing over (with its doubt entry). */
export async function readersOn(demo: Demo, id: string, address: string, subject: string) {
  const { words, letterText, told, other, onIt, seed, exported } = await readersSee(demo, id, address);
  return {
    verify: words.map((w) => w.split(":")[0]),
    verifyNamesCasey: words.some((w) => /Casey Worker/.test(w)),
    letterQuotes: letterText.includes(subject),
    letterTells: told.includes(id),
    letterQuotesUnflagged: letterText.includes(subject) && !told.includes(id),
    inHistory: other.history.contacts.some((c) => c.subject === subject) || Boolean(other.records?.contacts.some((c) => c.internetMessageId === id)),
    paneShowsItAsSams: onIt.recorded !== undefined,
    paneCategories: onIt.recorded ? (onIt.recorded as { categories?: unknown }).categories : undefined,
    inSeed: seed.contacts.some((c) => c.internetMessageId === id),
    exported: exported.contacts.some((c) => c.internetMessageId === id),
    accessDoubt: Boolean(exported.contactDoubts?.[id]),
  };
}
