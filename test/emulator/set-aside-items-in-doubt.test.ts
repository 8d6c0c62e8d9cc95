import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, STAFF_DOMAIN, tokenOf } from "../../dev/demo/people";
import { actOnAlerts, loadAlertActions } from "../../src/app/alert-action";
import { alertActionEvent } from "../../src/app/alert-record";
import { authoriserOf, escalationTargets, reviewSetAside, setAsidesAwaiting, setAsidesOf } from "../../src/app/set-aside";
import type { AlertAction } from "../../src/policy/alerts/action";
import { getPack } from "../../src/policy/packs/index";
import { alertActionFields } from "../../src/store/sharepoint/mapping";
import { demoSiteEachTest } from "../fakes/demo-office";
import { caller } from "./client";

/**
 * Tester T6 (findings 2–4): items Casey adds to AlertActions through Graph (her own token; the list is add-only for staff)
 * whose JSON is not as the add-in writes it — another item's action id under a new ActionKey, a kind list that is a
 * string, no outcome, a message id other than the column it is filed under. Each used to change what the pane and the
 * authoriser's queue judged, or stop them reading at all. Now each is read on its own, shown in doubt, and judges nothing.
 */
const pack = getPack("warwickshire");
const authoriser = authoriserOf(pack, DEMO_ROSTER);
const demo = demoSiteEachTest();
const { storeOf } = demo;
const MESSAGE = "<t6-real@example.net>";
const OTHER = "<t6-other@example.net>";
const office = () => escalationTargets({ staffNames: [], staffDomains: [STAFF_DOMAIN] }, pack, DEMO_ROSTER);
const queue = async () => (await setAsidesAwaiting(storeOf(MORGAN), authoriser)).map((a) => a.action.id);
const statesOn = async (message: string) => Object.fromEntries([...setAsidesOf(await loadAlertActions(storeOf(CASEY), message), authoriser, ["risk-to-life"]).states].map(([id, s]) => [id, s.state]));
const doubtsOn = async (message: string) => Object.fromEntries((await loadAlertActions(storeOf(CASEY), message)).flatMap((e) => (e.kind === "recorded" ? [[e.action.id, e.doubts.map((d) => d.kind)]] : [])));

async function setAsideThroughProduct(id: string, message = MESSAGE) {
  expect(await actOnAlerts({ store: storeOf(CASEY), office: office(), id, internetMessageId: message, senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life"], outcome: { kind: "noActionNeeded", reason: "He always says this, ignore it" }, by: CASEY.upn, now: new Date() })).toMatchObject({ ok: true });
}
const action = (over: Record<string, unknown>): AlertAction =>
  ({ id: "x", internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life"], outcome: { kind: "noActionNeeded", reason: "He always says this, ignore it" }, by: CASEY.upn, at: new Date().toISOString(), ...over }) as AlertAction;
async function addThroughGraph(fields: Record<string, unknown>) {
  const added = await caller(() => demo.emulator, tokenOf(CASEY))("POST", `/sites/${demo.siteId}/lists/AlertActions/items`, { fields });
  expect(added.status).toBe(201);
  return Number(added.body.id);
}

describe("AlertActions items not as the add-in writes them (T6 findings 2–4)", () => {
  it("Morgan overturns Casey's set-aside; an item Casey adds reusing its action id (new ActionKey, 'crime', audited) does not cancel it: the alert stays open", async () => {
    await setAsideThroughProduct("casey-sa");
    const [sa] = await storeOf(MORGAN).alertActionsFor(MESSAGE);
    expect(await reviewSetAside({ store: storeOf(MORGAN), authoriser, user: { emailAddress: MORGAN.upn }, id: "morgan-overturns", setAside: sa!, verdict: "overturned", note: "Call the police for a welfare check now, this is real.", now: new Date() })).toMatchObject({ ok: true });
    const twin = action({ id: "casey-sa", alertKinds: ["crime"] });
    const item = await addThroughGraph({ ...alertActionFields(twin), ActionKey: "casey-sa-2" });
    await storeOf(CASEY).appendAudit(alertActionEvent({ ...twin, id: "casey-sa-2", item }));
    const states = await statesOn(MESSAGE);
    expect(states["casey-sa"]).toBe("overturned");
    expect(Object.values(states)).not.toContain("stands");
    expect(Object.values(await doubtsOn(MESSAGE)).flat()).toContain("misfiled");
  });

  it("an overturning stays in force over a set-aside that would otherwise stand (the authoriser overturned it: the alert is open)", async () => {
    expect(await actOnAlerts({ store: storeOf(CASEY), office: office(), id: "casey-crime", internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["crime"], outcome: { kind: "noActionNeeded", reason: "Reported last week, nothing new here" }, by: CASEY.upn, now: new Date() })).toMatchObject({ ok: true });
    const [sa] = await storeOf(MORGAN).alertActionsFor(MESSAGE);
    expect(await reviewSetAside({ store: storeOf(MORGAN), authoriser, user: { emailAddress: MORGAN.upn }, id: "morgan-overturns", setAside: sa!, verdict: "overturned", note: "This is a new break-in, report it to the police.", now: new Date() })).toMatchObject({ ok: true });
    const judged = Object.fromEntries([...setAsidesOf(await loadAlertActions(storeOf(CASEY), MESSAGE), authoriser, ["crime"]).states].map(([id, s]) => [id, s.state]));
    expect(judged).toEqual({ "casey-crime": "overturned" });
  });

  for (const [label, over] of [
    ["alertKinds a string, not a list", { id: "bad-kinds", alertKinds: "risk-to-life" }],
    ["internetMessageId a number", { id: "bad-id", internetMessageId: 12345 }],
    ["no outcome", { id: "bad-outcome", outcome: undefined }],
  ] as const) {
    it(`one item Casey adds with ${label}: Morgan's queue still loads and still lists the real set-aside`, async () => {
      await setAsideThroughProduct("casey-real");
      await addThroughGraph({ ...alertActionFields(action({ id: over.id })), ActionJson: JSON.stringify({ format: 1, action: action(over) }), InternetMessageId: OTHER });
      expect(await queue()).toContain("casey-real");
      expect((await doubtsOn(OTHER))[over.id]).toContain("malformed");
    });
  }

  it("a string alertKinds on the message itself: the pane judges the rest and shows the bad item in doubt", async () => {
    await setAsideThroughProduct("casey-real");
    await addThroughGraph({ ...alertActionFields(action({ id: "bad-kinds-here" })), ActionJson: JSON.stringify({ format: 1, action: action({ id: "bad-kinds-here", alertKinds: "risk-to-life" }) }) });
    expect(await statesOn(MESSAGE)).toEqual({ "casey-real": "awaiting", "bad-kinds-here": "awaiting" });
    expect((await doubtsOn(MESSAGE))["bad-kinds-here"]).toContain("malformed");
  });

  it("a set-aside whose JSON names another message than the column it is filed under: open in the pane, in doubt, and in Morgan's queue", async () => {
    const hidden = action({ id: "casey-hidden", internetMessageId: "<somewhere-else@example.net>" });
    const item = await addThroughGraph({ ...alertActionFields(hidden), InternetMessageId: MESSAGE });
    await storeOf(CASEY).appendAudit({ ...alertActionEvent({ ...hidden, item }), target: `contact:${MESSAGE}` });
    expect(await statesOn(MESSAGE)).toEqual({ "casey-hidden": "awaiting" });
    expect((await doubtsOn(MESSAGE))["casey-hidden"]).toContain("misfiled");
    expect((await setAsidesAwaiting(storeOf(MORGAN), authoriser)).map((a) => [a.action.id, a.doubts.map((d) => d.kind)])).toEqual([["casey-hidden", ["misfiled"]]]);
  });
});
