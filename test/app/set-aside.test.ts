import { describe, expect, it } from "vitest";
import { actOnAlerts, loadAlertActions } from "../../src/app/alert-action";
import { authoriserOf, escalationTargets, reviewSetAside, setAsidesAwaiting, setAsidesOf, setAsidesOverdue } from "../../src/app/set-aside";
import { reopenedAlerts, setAsideBy } from "../../src/app/reopened-alerts";
import type { AlertActionEntry } from "../../src/app/alert-record";
import { getPack } from "../../src/policy/packs/index";
import type { AlertKind } from "../../src/policy/alerts/types";
import type { AlertOutcome } from "../../src/policy/alerts/action";
import { createMemoryStore, type MemoryStore } from "../../src/store/memory/store";
import { CASEY, DEMO_ROSTER, MORGAN, ROBIN, SAM, STAFF_DOMAIN } from "../../dev/demo/people";
import { alertActionEvent } from "../../src/app/alert-record";

/**
 * Tester T5 (finding 2): a caseworker alone set aside a risk to life ("No action needed: He always says this, ignore it")
 * and no manager ever saw it. Now a set-aside of a risk to life, a threat to staff or a safeguarding concern awaits the
 * authoriser, whose confirmation counts only when SharePoint says she wrote it.
 */
const pack = getPack("warwickshire");
const authoriser = authoriserOf(pack, DEMO_ROSTER);
const office = escalationTargets({ staffNames: [], staffDomains: [STAFF_DOMAIN] }, pack, DEMO_ROSTER);
const MESSAGE = "<goodbye@example.net>";
const as = (store: MemoryStore, who: typeof CASEY) => store.as({ upn: who.upn, displayName: who.displayName });

async function act(store: MemoryStore, who: typeof CASEY, id: string, outcome: AlertOutcome, kinds: AlertKind[] = ["risk-to-life"]) {
  return actOnAlerts({ store: as(store, who), office, id, internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: kinds, outcome, by: who.upn, now: new Date() });
}
/** Recorded and audited around the product's checks (through the store, as through Graph). */
async function around(store: MemoryStore, who: typeof CASEY, id: string, outcome: AlertOutcome) {
  const { item, ...action } = await as(store, who).recordAlertAction({ id, internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life"], outcome, by: who.upn, at: new Date().toISOString() });
  await as(store, who).appendAudit(alertActionEvent({ ...action, ...(item ? { item } : {}) }));
}
const IGNORE: AlertOutcome = { kind: "noActionNeeded", reason: "He always says this, ignore it" };
async function standing(store: MemoryStore) {
  const entries = await loadAlertActions(store, MESSAGE);
  const { states, notCounted } = setAsidesOf(entries, authoriser);
  return { states: Object.fromEntries([...states].map(([id, s]) => [id, s.state])), notCounted: notCounted.map((n) => n.why) };
}

describe("setting aside an alert that may cost a life (T5 finding 2)", () => {
  it("Casey's 'no action needed' on a risk to life awaits the authoriser, and is in her queue", async () => {
    const store = createMemoryStore();
    expect(await act(store, CASEY, "casey-ignore", IGNORE)).toMatchObject({ ok: true });
    expect(await standing(store)).toEqual({ states: { "casey-ignore": "awaiting" }, notCounted: [] });
    expect((await setAsidesAwaiting(store, authoriser)).map((a) => [a.action.id, a.action.author?.upn])).toEqual([["casey-ignore", CASEY.upn]]);
  });

  it("Casey cannot confirm it herself: refused before anything is written", async () => {
    const store = createMemoryStore();
    await act(store, CASEY, "casey-ignore", IGNORE);
    const [setAside] = await store.alertActionsFor(MESSAGE);
    const result = await reviewSetAside({ store: as(store, CASEY), authoriser, user: { emailAddress: CASEY.upn }, id: "casey-confirms", setAside: setAside!, verdict: "confirmed", note: "I know him well, he is safe.", now: new Date() });
    expect(result).toMatchObject({ ok: false, code: "notAuthoriser", message: "Only the Head of Business Services and Assurance can confirm or overturn a set-aside." });
    expect(await store.alertActionsFor(MESSAGE)).toHaveLength(1);
  });

  it("a confirmation Casey writes around the product (in Morgan's name) does not count: still awaiting, still in the queue", async () => {
    const store = createMemoryStore();
    await act(store, CASEY, "casey-ignore", IGNORE);
    // Written straight to the store as Casey (what Graph lets staff do: AlertActions is add-only for staff), naming Morgan.
    await as(store, CASEY).recordAlertAction({ id: "forged-confirm", internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life"], outcome: { kind: "setAsideReviewed", setAside: "casey-ignore", verdict: "confirmed", note: "Morgan agreed on the phone." }, by: MORGAN.upn, at: new Date().toISOString() });
    expect(await standing(store)).toEqual({ states: { "casey-ignore": "awaiting" }, notCounted: ["Casey Worker (casey.worker@opcc.example.gov.uk) is not the Head of Business Services and Assurance"] });
    expect(await setAsidesAwaiting(store, authoriser)).toHaveLength(1);
  });

  it("Morgan confirms it (audited) and it leaves the queue; or overturns it and the alert is open again", async () => {
    const store = createMemoryStore();
    await act(store, CASEY, "casey-ignore", IGNORE);
    const [setAside] = await store.alertActionsFor(MESSAGE);
    const review = (id: string, verdict: "confirmed" | "overturned", note: string) => reviewSetAside({ store: as(store, MORGAN), authoriser, user: { emailAddress: MORGAN.upn }, id, setAside: setAside!, verdict, note, now: new Date() });
    expect(await review("morgan-ok", "confirmed", "no action needed")).toMatchObject({ ok: false, code: "reviewNoteRequired" });
    expect(await review("morgan-ok", "confirmed", "Spoke to his GP team: known to them, safety plan in place.")).toMatchObject({ ok: true });
    expect(await standing(store)).toEqual({ states: { "casey-ignore": "confirmed" }, notCounted: [] });
    expect(await setAsidesAwaiting(store, authoriser)).toEqual([]);
    expect((await store.auditFor(`contact:${MESSAGE}`)).map((e) => e.detail)).toContain("Set-aside confirmed: Spoke to his GP team: known to them, safety plan in place. (alerts: risk-to-life; AlertActions item 2)");
    expect(await review("morgan-no", "overturned", "Pills and a plan: call 999 and tell the duty manager.")).toMatchObject({ ok: true });
    expect((await standing(store)).states).toEqual({ "casey-ignore": "overturned" });
  });

  it("four eyes (T7 #15): the authoriser's own set-aside awaits the second authoriser, who alone may decide it; one on a crime or a new matter needs no confirmation", async () => {
    const store = createMemoryStore();
    await act(store, MORGAN, "morgan-ignore", { kind: "noActionNeeded", reason: "Known to the crisis team, who rang us this morning." });
    await act(store, CASEY, "casey-crime", { kind: "noActionNeeded", reason: "Already reported by his neighbour, police attended." }, ["crime"]);
    expect((await standing(store)).states).toEqual({ "morgan-ignore": "awaiting", "casey-crime": "stands" });
    // In the queue, for Robin (the other authoriser); Morgan is refused before anything is written.
    expect((await setAsidesAwaiting(store, authoriser)).map((a) => a.action.id)).toEqual(["morgan-ignore"]);
    const [setAside] = await store.alertActionsFor(MESSAGE);
    const own = await reviewSetAside({ store: as(store, MORGAN), authoriser, user: { emailAddress: MORGAN.upn }, id: "morgan-own", setAside: setAside!, verdict: "confirmed", note: "Known to the crisis team, as I said.", now: new Date() });
    expect(own).toMatchObject({ ok: false, code: "ownSetAside", message: "You set this alert aside yourself, so you cannot confirm or overturn it: another Head of Business Services and Assurance must." });
    expect(await store.alertActionsFor(MESSAGE)).toHaveLength(2);
    // Written around the product's check (recorded and audited as any action is), her own confirmation does not count where it is read.
    expect(await act(store, MORGAN, "morgan-forged", { kind: "setAsideReviewed", setAside: "morgan-ignore", verdict: "confirmed", note: "Confirmed by me, it stands." })).toMatchObject({ ok: false, code: "notAuthoriser" });
    await around(store, MORGAN, "morgan-forged", { kind: "setAsideReviewed", setAside: "morgan-ignore", verdict: "confirmed", note: "Confirmed by me, it stands." });
    expect((await standing(store)).notCounted).toContain("it was made by the person who set the alert aside");
    expect((await standing(store)).states["morgan-ignore"]).toBe("awaiting");
    const robin = await reviewSetAside({ store: as(store, ROBIN), authoriser, user: { emailAddress: ROBIN.upn }, id: "robin-ok", setAside: setAside!, verdict: "confirmed", note: "Rang the crisis team: he is on their list this week.", now: new Date() });
    expect(robin).toMatchObject({ ok: true });
    expect((await standing(store)).states["morgan-ignore"]).toBe("confirmed");
    expect(await setAsidesAwaiting(store, authoriser)).toEqual([]);
  });

  it("where the office has only one authoriser, her own set-aside stands, said to stand on one person's word (T7 #15)", async () => {
    const store = createMemoryStore();
    const alone = authoriserOf(pack, { ...DEMO_ROSTER, [pack.authoriser.role]: [MORGAN.upn] });
    await act(store, MORGAN, "morgan-ignore", { kind: "noActionNeeded", reason: "Known to the crisis team, who rang us this morning." });
    const { states } = setAsidesOf(await loadAlertActions(store, MESSAGE), alone);
    expect(states.get("morgan-ignore")).toMatchObject({ state: "confirmed", own: true });
    expect(await setAsidesAwaiting(store, alone)).toEqual([]);
  });
});

describe("what an alert action must say (T5 finding 2)", () => {
  it.each([
    [{ kind: "noActionNeeded" as const, reason: "no action needed" }, "reasonRestates"],
    [{ kind: "noActionNeeded" as const, reason: "Nothing to do, not required." }, "reasonRestates"],
    [{ kind: "escalated" as const, to: "x" }, "escalatedToUnknown"],
    [{ kind: "escalated" as const, to: "someone upstairs" }, "escalatedToUnknown"],
    [{ kind: "escalated" as const, to: "Jo Nobody" }, "escalatedToUnknown"],
  ])("refuses %j", async (outcome, code) => {
    const store = createMemoryStore();
    expect(await act(store, CASEY, "a", outcome)).toMatchObject({ ok: false, code });
    expect(await store.alertActionsFor(MESSAGE)).toEqual([]);
  });

  it.each(["Morgan Reid", "morgan.reid@opcc.example.gov.uk", "the duty manager", "Safeguarding lead", "Head of Business Services and Assurance", "Dana Chief (by phone)"])("takes an escalation to %s", async (to) => {
    expect(await act(createMemoryStore(), CASEY, "a", { kind: "escalated", to })).toMatchObject({ ok: true });
  });

  it("once reported to the police, or escalated, 'no action needed' is refused for that message", async () => {
    for (const first of [{ kind: "reportedToPolice" as const, reference: "WK-2612-0042" }, { kind: "escalated" as const, to: "the duty manager" }]) {
      const store = createMemoryStore();
      await act(store, CASEY, "first", first, ["threat-to-staff"]);
      expect(await act(store, CASEY, "then", { kind: "noActionNeeded", reason: "He always says this, ignore it" }, ["threat-to-staff"])).toMatchObject({ ok: false, code: "alreadyActedOn" });
    }
  });
});

describe("records verify names what a set-aside left waiting set aside", () => {
  const at = "2026-12-01T10:00:00.000Z";
  const entry = (id: string, alertKinds: string[], doubts: Extract<AlertActionEntry, { kind: "recorded" }>["doubts"]): AlertActionEntry => ({
    kind: "recorded",
    action: { id, internetMessageId: `<${id}>`, senderAddress: "jordan.blake@example.net", alertKinds: alertKinds as AlertKind[], outcome: { kind: "noActionNeeded", reason: "He always says this, ignore it" }, by: CASEY.upn, at, recordedAt: at, author: { upn: CASEY.upn, displayName: CASEY.displayName } },
    doubts,
  });
  it("a kind written in another spelling is named in words, and a record in doubt says so, never '(record in doubt) alert'", () => {
    const overdue = setAsidesOverdue([entry("a", ["RISK-TO-LIFE"], []), entry("b", ["crime"], [{ kind: "notAudited" }])], authoriser, new Date("2026-12-08T12:00:00.000Z"));
    expect(overdue.map((o) => /set aside the (.*?) on the message/.exec(o.message)?.[1])).toEqual(["risk to life alert", "crime alert (its record is in doubt)"]);
  });
});

describe("an overturned set-aside is told to every pane until someone acts on the alert (T7 #6)", () => {
  const NOTE = "Goodbye letters to his children: call 999 for a welfare check now.";
  const told = async (store: MemoryStore) => (await reopenedAlerts(store, authoriser)).map((t) => [t.setAside.id, t.by.upn, t.note, setAsideBy(t, CASEY.upn), setAsideBy(t, ROBIN.upn)]);
  it("Casey's set-aside, overturned by Morgan, is listed with Morgan's note; not while awaiting; not on an overturning that does not count; gone once an action is recorded", async () => {
    const store = createMemoryStore();
    await act(store, CASEY, "casey-ignore", IGNORE);
    const [setAside] = await store.alertActionsFor(MESSAGE);
    expect(await told(store)).toEqual([]);
    // Casey's own "overturned" written around the product counts for nothing, so nothing is told.
    // T8 #8: the general step refuses it before writing; written around it anyway, it counts for nothing.
    expect(await act(store, CASEY, "casey-self", { kind: "setAsideReviewed", setAside: "casey-ignore", verdict: "overturned", note: "I changed my mind about it." })).toMatchObject({ ok: false, code: "notAuthoriser" });
    expect((await store.alertActionsFor(MESSAGE)).map((a) => a.id)).toEqual(["casey-ignore"]);
    await around(store, CASEY, "casey-self", { kind: "setAsideReviewed", setAside: "casey-ignore", verdict: "overturned", note: "I changed my mind about it." });
    expect(await told(store)).toEqual([]);
    expect(await reviewSetAside({ store: as(store, MORGAN), authoriser, user: { emailAddress: MORGAN.upn }, id: "morgan-no", setAside: setAside!, verdict: "overturned", note: NOTE, now: new Date() })).toMatchObject({ ok: true });
    expect(await told(store)).toEqual([["casey-ignore", MORGAN.upn, NOTE, true, false]]);
    // Robin escalates it: the alert is acted on, and no pane says it is open any more.
    await act(store, ROBIN, "robin-escalates", { kind: "escalated", to: "Morgan Reid" });
    expect(await told(store)).toEqual([]);
  });

  it("a confirmed set-aside is never listed", async () => {
    const store = createMemoryStore();
    await act(store, CASEY, "casey-ignore", IGNORE);
    const [setAside] = await store.alertActionsFor(MESSAGE);
    expect(await reviewSetAside({ store: as(store, MORGAN), authoriser, user: { emailAddress: MORGAN.upn }, id: "morgan-yes", setAside: setAside!, verdict: "confirmed", note: "Known to the police already, he is safe.", now: new Date() })).toMatchObject({ ok: true });
    expect(await told(store)).toEqual([]);
  });
});

describe("an overturned set-aside is not cleared by setting it aside again, a new matter it never was, or handing it back (T8 #4)", () => {
  const NOTE = "A stated means and intent: call the police welfare line.";
  const open = async (store: MemoryStore) => (await reopenedAlerts(store, authoriser)).map((t) => t.setAside.id);
  async function overturned() {
    const store = createMemoryStore();
    await act(store, CASEY, "casey-ignore", IGNORE);
    const [setAside] = await store.alertActionsFor(MESSAGE);
    expect(await reviewSetAside({ store: as(store, MORGAN), authoriser, user: { emailAddress: MORGAN.upn }, id: "morgan-no", setAside: setAside!, verdict: "overturned", note: NOTE, now: new Date() })).toMatchObject({ ok: true });
    return store;
  }

  it("“no action needed” again, by Casey or anyone, is refused and nothing is written; the alert stays open", async () => {
    const store = await overturned();
    expect(await act(store, CASEY, "casey-again", { kind: "noActionNeeded", reason: "Still think it is nothing, same as always" })).toMatchObject({ ok: false, code: "setAsideOverturned" });
    expect(await act(store, ROBIN, "robin-ignore", { kind: "noActionNeeded", reason: "Spoke to him, he is fine now" })).toMatchObject({ ok: false, code: "setAsideOverturned" });
    expect((await store.alertActionsFor(MESSAGE)).map((a) => a.id)).toEqual(["casey-ignore", "morgan-no"]);
    expect(await open(store)).toEqual(["casey-ignore"]);
  });

  it("“dealt with as a new matter” naming new-matter on a message whose actions recorded only a risk to life is refused", async () => {
    const store = await overturned();
    expect(await act(store, CASEY, "casey-new", { kind: "dealtWithAsNewMatter", reference: "OPCC/2026/0533" }, ["risk-to-life", "new-matter"])).toMatchObject({ ok: false, code: "notNewMatter" });
    expect(await open(store)).toEqual(["casey-ignore"]);
  });

  it("Sam's escalation back to Casey, who set it aside, is recorded but the alert is still told as open; a police report clears it", async () => {
    const store = await overturned();
    expect(await act(store, SAM, "sam-to-casey", { kind: "escalated", to: "Casey Worker" })).toMatchObject({ ok: true });
    expect(await open(store)).toEqual(["casey-ignore"]);
    expect(await act(store, SAM, "sam-police", { kind: "reportedToPolice", reference: "CAD 4471 of 5 December" })).toMatchObject({ ok: true });
    expect(await open(store)).toEqual([]);
  });

  it("a second set-aside written around the product, audited, does not clear the notice either", async () => {
    const store = await overturned();
    const casey = as(store, CASEY);
    const { item, ...action } = await casey.recordAlertAction({ id: "casey-direct", internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life"], outcome: { kind: "noActionNeeded", reason: "Still think it is nothing, same as always" }, by: CASEY.upn, at: new Date().toISOString() });
    await casey.appendAudit(alertActionEvent({ ...action, ...(item ? { item } : {}) }));
    expect(await open(store)).toEqual(["casey-ignore"]);
  });
});
