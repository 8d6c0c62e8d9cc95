/**
 * T20 (/work/coord/t20/findings.md): after bec30a1 and 62448be, every reader of the ContactLog applies byCreator
 * (src/app/records/added-outside.ts). Each probe asserts what SHOULD happen, so a failing probe is a finding: Casey (any
 * caseworker) writes ContactLog and AuditTrail items through Graph; SharePoint's createdBy/modifiedBy she cannot forge.
 */
import { expect, it } from "vitest";
import { CASEY, MORGAN, ROBIN, SAM, DEMO_ROSTER, STAFF_DOMAIN } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { alexDemand, forgedCopy, losingEvents, ALEX, DEMAND, pack } from "../emulator/alex-demand";
import { reconcile } from "../../src/app/records/reconcile";
import { verifyRecords } from "../../src/app/records/verify";
import { loadHistory } from "../../src/app/history";
import { prepareLetter } from "../../src/app/letters";
import { proposalSeed } from "../../src/app/strategy/proposal";
import { exportPerson } from "../../src/app/records/subject-access";
import { recordDigest } from "../../src/policy/evidence-as-judged";
import type { ContactRecord } from "../../src/policy/contact";

const demo = demoSiteEachTest();
const { recordAs, recordAt, contactItem } = alexDemand(demo);
const FORGED_SUBJECT = "You will regret this, scum";
const REAL_SUBJECT = "Reply within the hour";
const trail = (target: string) => demo.storeOf(MORGAN).auditFor(target);
const later = () => new Date(Date.now() + 20 * 60_000).toISOString();
const verifyOn = async (id: string) => (await verifyRecords(demo.storeOf(MORGAN), { pack, roster: DEMO_ROSTER })).breaks.filter((b) => b.message.includes(id) || b.target.includes(id)).map((b) => `${b.kind}: ${b.message}`);

/** Casey PATCHes the ContactLog item of `id` through Graph: `change` edits its record (RecordJson); `columns` are set alongside. */
async function caseyPatches(id: string, change: (record: ContactRecord, json: Record<string, unknown>) => void, columns: Record<string, string> = {}): Promise<void> {
  const { call, item } = await contactItem(id, CASEY);
  const json = JSON.parse(String(item.fields.RecordJson)) as { record: ContactRecord } & Record<string, unknown>;
  change(json.record, json);
  const status = (await call("PATCH", `/sites/${demo.siteId}/lists/ContactLog/items/${item.id}/fields`, { RecordJson: JSON.stringify(json), ...columns })).status;
  expect(status).toBe(200);
}

const letterTo = async (address = ALEX) =>
  prepareLetter({ pack, store: demo.storeOf(MORGAN), user: { displayName: MORGAN.displayName, emailAddress: MORGAN.upn }, now: () => new Date() }, { kind: "warning", person: { name: "Alex Morgan", address } });

/** Whether the letter quotes `subject` as the person's message, and whether the letter form tells its preparer about `id`. */
async function letterCites(subject: string, id: string) {
  const result = await letterTo();
  const { leftOut, ...rest } = result as typeof result & { leftOut?: string };
  const problems = result.ok ? "" : JSON.stringify(result.problems);
  return { quoted: JSON.stringify(rest).includes(subject), warned: `${leftOut ?? ""}${problems}`.includes(id) };
}

const historyOf = async (onId: string) => {
  const sources = { store: demo.storeOf(SAM), staffDomains: [STAFF_DOMAIN] };
  const other = await loadHistory(sources, { addresses: [ALEX] }, undefined, new Date(), { internetMessageId: "<next-alex@example.com>", receivedAt: new Date().toISOString() });
  const onIt = await loadHistory(sources, { addresses: [ALEX] }, undefined, new Date(), { internetMessageId: onId, receivedAt: new Date().toISOString() });
  return { other, onIt };
};

// ---- (A) a real record of Sam's, changed by Casey through Graph (PATCH, not POST) ----

it("T20-A1 (letter): Sam records Alex's demand as 'demands' (fully audited); Casey PATCHes it to 'abusive' with a new subject: the warning letter does not quote Casey's subject as Alex's message without the form naming the record", async () => {
  await recordAt(SAM, ["demands"], 0);
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], subject: FORGED_SUBJECT }), { Title: FORGED_SUBJECT, Categories: "abusive" });
  expect(await verifyOn(DEMAND)).toEqual([expect.stringMatching(/^contactTouchedOutside/)]); // verify knows it is in doubt
  expect(await letterCites(FORGED_SUBJECT, DEMAND)).not.toEqual({ quoted: true, warned: false });
});

it("T20-A1' (letter form, E106): the form says the changed record was left out, in doubt, naming who changed it", async () => {
  await recordAt(SAM, ["demands"], 0);
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], subject: FORGED_SUBJECT }));
  const result = await letterTo();
  // With nothing else to cite, the warning is not composed, and the form's problems carry the words instead.
  const said = "leftOut" in result ? result.leftOut : result.ok ? undefined : result.problems.map((p) => p.message).join(" ");
  expect(said).toMatch(new RegExp(`1 record in the contact log changed outside the add-in \\(by Casey Worker\\) since it was recorded was left out of this letter: the message ${DEMAND} of .*It is in doubt`));
});

it("T20-A2 (pane, history, classifier): the same changed record is not in Alex's classifier history as 'abusive', and the pane on that message does not show 'abusive by sam' without saying Casey changed it", async () => {
  await recordAt(SAM, ["demands"], 0);
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], subject: FORGED_SUBJECT }));
  const { other, onIt } = await historyOf(DEMAND);
  const onItWords = JSON.stringify(onIt);
  expect({
    history: other.history.contacts.filter((c) => c.categories?.includes("abusive")).length,
    paneSaysWhoChanged: !onIt.recorded?.categories.includes("abusive") || /casey/i.test(onItWords.replace(/"recordedBy":"[^"]*"/g, "")),
  }).toEqual({ history: 0, paneSaysWhoChanged: true });
});

it("T20-A3 (proposal seed): a new proposal for Alex is not seeded with 'abusive' from Casey's change of Sam's record", async () => {
  await recordAt(SAM, ["demands"], 0);
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], subject: FORGED_SUBJECT }));
  const seed = await proposalSeed(demo.storeOf(CASEY), { personName: "Alex Morgan", addresses: [ALEX], now: new Date() });
  expect(seed.categories).not.toContain("abusive");
});

it("T20-A4 (subject access): the export says the changed record is in doubt (who changed it), as it does for one added outside", async () => {
  await recordAt(SAM, ["demands"], 0);
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], subject: FORGED_SUBJECT }));
  const exported = await exportPerson(demo.storeOf(MORGAN), ALEX, { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
  expect(exported.contactDoubts?.[DEMAND] ?? "").toMatch(/Casey/);
});

// ---- (B) fields the audit event does not cover: verify cannot see the change ----

// ---- (C) a correction undone: Casey puts back the record as it was before it ----

// ---- (D) the first recording's intent: one per message, written on the first attempt; its digest anyone can recompute ----

it("T20-D2 (Casey's intent in Sam's name): Sam's record, event lost; Casey PATCHes it to 'abusive' and adds an 'intent: record' event by Sam with the changed record's digest: Sam's check writes nothing, verify puts it in doubt", async () => {
  await expect(recordAt(SAM, ["demands"], 0, losingEvents(demo.storeOf(SAM), /^recorded \(/))).rejects.toThrow(/503/);
  let changed: ContactRecord | undefined;
  await caseyPatches(DEMAND, (r) => {
    r.categories = ["abusive"];
    changed = r;
  });
  await demo.storeOf(CASEY).appendAudit({ id: `contact:${DEMAND}:intent:record:again`, target: `contact:${DEMAND}`, action: "intent: record", by: SAM.upn, at: changed!.recordedAt, detail: "About to record.", recordDigest: recordDigest(changed!) });
  await reconcile(demo.storeOf(SAM), { by: SAM.upn, now: later() });
  expect((await trail(`contact:${DEMAND}`)).filter((e) => /^recorded \(/.test(e.action))).toEqual([]);
  expect(await verifyOn(DEMAND)).toEqual(expect.arrayContaining([expect.stringMatching(/^contactTouchedOutside/)]));
});

// ---- (E) pressing Record on a forged record ----

/** Casey POSTs a new ContactLog item for `forged` (from Alex), 'abusive', naming `recorder`, with her own subject. */
async function caseyForges(forged: string, recordedBy: string, extra: Partial<ContactRecord> = {}) {
  await recordAt(SAM, ["demands"], 0);
  const { call, item } = await contactItem(DEMAND, CASEY);
  const record = { categories: ["abusive"], subject: FORGED_SUBJECT, recordedAt: new Date(Date.now() - 60_000).toISOString(), recordedBy, ...extra };
  const fields = forgedCopy(item.fields, DEMAND, forged, record, { RecordedBy: recordedBy.toLowerCase(), Title: FORGED_SUBJECT });
  expect((await call("POST", `/sites/${demo.siteId}/lists/ContactLog/items`, { fields })).status).toBe(201);
}

it("T20-E3 (forged, naming Sam in other spellings): letters, history and the seed leave out Casey's POSTs naming ' SAM.CARTER@… ' and 'Sam.Carter@…'", async () => {
  for (const [i, name] of [` ${SAM.upn.toUpperCase()} `, SAM.upn.replace(/^s/, "S").replace(".c", ".C")].entries()) await caseyForges(`<forged-e3${i}@example.com>`, name);
  const letter = await letterCites(FORGED_SUBJECT, "<forged-e3");
  const { other } = await historyOf("<next@example.com>");
  const seed = await proposalSeed(demo.storeOf(CASEY), { personName: "Alex Morgan", addresses: [ALEX], now: new Date() });
  expect({ quoted: letter.quoted, history: other.history.contacts.filter((c) => c.categories?.includes("abusive")).length, seed: seed.categories.includes("abusive") }).toEqual({ quoted: false, history: 0, seed: false });
});

it("T20-E4 (forged by the proposer herself, naming herself on an item Sam created): Casey PATCHes Sam's record to name Casey as its recorder and 'abusive', then proposes: the seed does not take it", async () => {
  await recordAt(SAM, ["demands"], 0);
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], recordedBy: CASEY.upn }), { RecordedBy: CASEY.upn });
  const seed = await proposalSeed(demo.storeOf(CASEY), { personName: "Alex Morgan", addresses: [ALEX], now: new Date() });
  expect(seed.categories).not.toContain("abusive");
});

// ---- (R) regressions: Sam's real records stay hers in every reader ----

async function everyReader(id: string, subject: string) {
  const letter = await letterCites(subject, id);
  const { other } = await historyOf("<next@example.com>");
  const seed = await proposalSeed(demo.storeOf(CASEY), { personName: "Alex Morgan", addresses: [ALEX], now: new Date() });
  const exported = await exportPerson(demo.storeOf(MORGAN), ALEX, { by: MORGAN.upn, now: new Date().toISOString(), pack, roster: DEMO_ROSTER });
  return {
    letterQuotes: letter.quoted,
    leftOut: letter.warned,
    inHistory: Boolean(other.records?.contacts.some((c) => c.internetMessageId === id)) && other.history.contacts.some((c) => c.subject === subject),
    inSeed: seed.contacts.some((c) => c.internetMessageId === id),
    doubt: exported.contactDoubts?.[id],
    verify: (await verifyOn(id)).filter((w) => /written outside|remove the item/.test(w)),
  };
}
const allHers = { letterQuotes: true, leftOut: false, inHistory: true, inSeed: true, doubt: undefined, verify: [] };

it("T20-R1: Sam's real 'abusive' record whose event was lost: every reader counts it as hers", async () => {
  await expect(recordAt(SAM, ["abusive"], 0, losingEvents(demo.storeOf(SAM), /^recorded \(/))).rejects.toThrow(/503/);
  expect(await everyReader(DEMAND, REAL_SUBJECT)).toEqual(allHers);
});

it("T20-R3: Sam's real record, event lost, repaired by Morgan, then saved unchanged by Casey: every reader counts it, verify quiet", async () => {
  await expect(recordAt(SAM, ["abusive"], 0, losingEvents(demo.storeOf(SAM), /^recorded \(/))).rejects.toThrow(/503/);
  await reconcile(demo.storeOf(MORGAN), { by: MORGAN.upn, now: later() });
  await caseyPatches(DEMAND, () => undefined);
  expect(await everyReader(DEMAND, REAL_SUBJECT)).toEqual(allHers);
  expect(await verifyOn(DEMAND)).toEqual([]);
});

it("T20-R5: Sam's real correction of Casey's forged record (to 'demands'): counted as Sam's in the letter and history, and verify still names the forgery it replaced", async () => {
  const FORGED = "<forged-r5@example.com>";
  await caseyForges(FORGED, SAM.upn);
  await recordAs(SAM, ["demands"], FORGED, "Hello", ALEX, demo.storeOf(SAM), new Date(Date.now() + 1000));
  const { other } = await historyOf("<next@example.com>");
  expect({ inHistory: Boolean(other.records?.contacts.some((c) => c.internetMessageId === FORGED)), verify: (await verifyOn(FORGED)).map((w) => /outside the add-in/.test(w)) }).toEqual({ inHistory: true, verify: [true] });
});

// ---- (F) more fields the audit event does not cover, and the first recording's intent id ----

it("T20-A5 (classifier, decided matter): Casey PATCHes Sam's record of Alex's demand with a 'matter decided on' day: the classifier history gets no decision communicated from it while it is in doubt", async () => {
  await recordAt(SAM, ["demands"], 0);
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["persistent"], matterDecidedOn: "2026-11-01" }));
  expect((await verifyOn(DEMAND)).map((w) => w.split(":")[0])).toEqual(["contactTouchedOutside"]);
  const { other } = await historyOf("<next@example.com>");
  expect({ decided: other.history.decisionsCommunicated, persistent: other.history.contacts.filter((c) => c.categories?.includes("persistent")).length }).toEqual({ decided: [], persistent: 0 });
});

it("T20-R6: Robin's real correction (to 'demands') of Casey's forged record naming Sam: counted as Robin's in the timeline; verify names only the forgery it replaced", async () => {
  const FORGED = "<forged-r6@example.com>";
  await caseyForges(FORGED, SAM.upn);
  expect((await recordAs(ROBIN, ["demands"], FORGED, "Hello", ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 1000))).status).toBe("corrected");
  const { other } = await historyOf("<next@example.com>");
  const words = await verifyOn(FORGED);
  // (Whether the letter quotes the forged subject is T20-E2's question, not this one's.)
  expect({ inTimeline: other.records?.contacts.find((c) => c.internetMessageId === FORGED)?.recordedBy, verify: words.map((w) => w.split(":")[0]) }).toEqual({ inTimeline: ROBIN.upn, verify: ["contactWrittenOutside"] });
});

// ---- a correction rewritten through Graph: her event names it by its digest (T20-1, mended by E106) ----

it("T20-C3 (a correction rewritten): Sam records 'demands', corrects it to nothing unacceptable through the add-in; Casey PATCHes the corrected record to 'abusive' (its time, recorder and replaced left as they were): verify names the change", async () => {
  await recordAt(SAM, ["demands"], 0);
  expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], outcome: "confirmed" }), { Categories: "abusive", Outcome: "confirmed" });
  const words = await verifyOn(DEMAND);
  const letter = await letterCites(REAL_SUBJECT, DEMAND);
  expect({ verifyNamesIt: words.length > 0, letterQuotesUnflagged: letter.quoted && !letter.warned }).toEqual({ verifyNamesIt: true, letterQuotesUnflagged: false });
});

it("T20-C4 (Robin's correction rewritten): Sam records 'demands', Robin corrects it to nothing unacceptable; Casey PATCHes Robin's correction to 'abusive': verify names the change, and no reader counts it as Robin's unflagged", async () => {
  await recordAt(SAM, ["demands"], 0);
  expect((await recordAs(ROBIN, [], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], outcome: "confirmed" }), { Categories: "abusive", Outcome: "confirmed" });
  const words = await verifyOn(DEMAND);
  const letter = await letterCites(REAL_SUBJECT, DEMAND);
  expect({ verifyNamesIt: words.length > 0, letterQuotesUnflagged: letter.quoted && !letter.warned }).toEqual({ verifyNamesIt: true, letterQuotesUnflagged: false });
});

it("T20-C3' (E106): the rewritten correction is changed outside the add-in, Casey named, and the pane says it is in doubt rather than Sam's decision", async () => {
  await recordAt(SAM, ["demands"], 0);
  expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
  await caseyPatches(DEMAND, (r) => Object.assign(r, { categories: ["abusive"], outcome: "confirmed" }), { Categories: "abusive", Outcome: "confirmed" });
  const { onIt } = await historyOf(DEMAND);
  const words = await verifyOn(DEMAND);
  expect({ verify: words.map((w) => w.split(":")[0]), namesCasey: words.some((w) => /Casey/.test(w)), recorded: onIt.recorded, paneInDoubt: onIt.recordedOutside && "inDoubt" in onIt.recordedOutside }).toEqual({
    verify: ["contactChangedOutside"],
    namesCasey: true,
    recorded: undefined,
    paneInDoubt: true,
  });
});

// ---- a correction undone through Graph: a later correction's own event replaced the decision it reads as (T20-3, mended by E106) ----

it("T20-C1' (E106; T20-C1 but the pane in doubt, not the correction): Sam records 'abusive', corrects it to nothing unacceptable; Casey PATCHes the item back to Sam's first recording: verify names it as put back, naming Casey, the letter leaves it out saying so, and the pane says it is in doubt", async () => {
  await recordAt(SAM, ["abusive"], 0);
  const before = (await contactItem(DEMAND, CASEY)).item.fields.RecordJson!;
  expect((await recordAt(SAM, [], 2000)).status).toBe("corrected");
  await caseyPatches(DEMAND, (_r, json) => Object.assign(json, JSON.parse(before), { replaced: undefined }));
  const words = await verifyOn(DEMAND);
  const letter = await letterCites(REAL_SUBJECT, DEMAND);
  const { onIt } = await historyOf(DEMAND);
  expect({
    verify: words.map((w) => (/^contactTouchedOutside: Casey Worker .*changed .* a later correction on the audit trail .* replaced/.test(w) ? true : w)),
    letter,
    recorded: onIt.recorded,
    paneInDoubt: onIt.recordedOutside && "inDoubt" in onIt.recordedOutside,
  }).toEqual({ verify: [true], letter: { quoted: false, warned: true }, recorded: undefined, paneInDoubt: true });
});

it("T20-C2 (Robin's correction undone): Sam records 'abusive', Robin corrects it to nothing unacceptable; Casey PATCHes the item back to Sam's recording: verify names it", async () => {
  await recordAt(SAM, ["abusive"], 0);
  const before = (await contactItem(DEMAND, CASEY)).item.fields.RecordJson!;
  expect((await recordAs(ROBIN, [], DEMAND, REAL_SUBJECT, ALEX, demo.storeOf(ROBIN), new Date(Date.now() + 2000))).status).toBe("corrected");
  await caseyPatches(DEMAND, (_r, json) => Object.assign(json, JSON.parse(before), { replaced: undefined }));
  const words = await verifyOn(DEMAND);
  const letter = await letterCites(REAL_SUBJECT, DEMAND);
  expect({ verifyNamesIt: words.length > 0, letterQuotesUnflagged: letter.quoted && !letter.warned }).toEqual({ verifyNamesIt: true, letterQuotesUnflagged: false });
});
