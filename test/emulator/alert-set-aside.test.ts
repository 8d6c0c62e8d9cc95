import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, STAFF_DOMAIN, tokenOf } from "../../dev/demo/people";
import { actOnAlerts, loadAlertActions } from "../../src/app/alert-action";
import { authoriserOf, escalationTargets, reviewSetAside, setAsidesAwaiting, setAsidesOf } from "../../src/app/set-aside";
import type { AlertAction } from "../../src/policy/alerts/action";
import { getPack } from "../../src/policy/packs/index";
import { alertActionFields } from "../../src/store/sharepoint/mapping";
import { demoSiteEachTest } from "../fakes/demo-office";
import { caller } from "./client";

/**
 * A caseworker's "no action needed" on a risk to life awaits the authoriser (T5 finding 2), on the emulator with the
 * office's permissions: AlertActions is add-only for staff, so Casey can add a "confirmed" review through Graph — and it
 * confirms nothing, because what counts is SharePoint's `createdBy` against the roster, as for an approval.
 */
const pack = getPack("warwickshire");
const authoriser = authoriserOf(pack, DEMO_ROSTER);
const demo = demoSiteEachTest();
const { storeOf } = demo;
const MESSAGE = "<goodbye@example.net>";

async function caseySetsAside() {
  const result = await actOnAlerts({
    store: storeOf(CASEY),
    office: escalationTargets({ staffNames: [], staffDomains: [STAFF_DOMAIN] }, pack, DEMO_ROSTER),
    id: "casey-ignore",
    internetMessageId: MESSAGE,
    senderAddress: "jordan.blake@example.net",
    alertKinds: ["risk-to-life"],
    outcome: { kind: "noActionNeeded", reason: "He always says this, ignore it" },
    by: CASEY.upn,
    now: new Date(),
  });
  expect(result).toMatchObject({ ok: true });
}
const standing = async () => {
  const { states, notCounted } = setAsidesOf(await loadAlertActions(storeOf(CASEY), MESSAGE), authoriser);
  return { states: Object.fromEntries([...states].map(([id, s]) => [id, s.state])), notCounted: notCounted.map((n) => n.why) };
};
const queue = async () => (await setAsidesAwaiting(storeOf(MORGAN), authoriser)).map((a) => [a.action.id, a.action.author?.upn]);

describe("a set-aside risk to life on the emulator (T5 finding 2)", () => {
  it("Casey's set-aside is open and in Morgan's queue; her 'confirmed' review added through Graph in Morgan's name counts for nothing", async () => {
    await caseySetsAside();
    expect(await standing()).toEqual({ states: { "casey-ignore": "awaiting" }, notCounted: [] });
    expect(await queue()).toEqual([["casey-ignore", CASEY.upn]]);
    const forged: AlertAction = {
      id: "forged-confirm",
      internetMessageId: MESSAGE,
      senderAddress: "jordan.blake@example.net",
      alertKinds: ["risk-to-life"],
      outcome: { kind: "setAsideReviewed", setAside: "casey-ignore", verdict: "confirmed", note: "Morgan agreed on the phone." },
      by: MORGAN.upn,
      at: new Date().toISOString(),
    };
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    // Staff may add to AlertActions: SharePoint takes it, and records Casey as who added it.
    expect((await call("POST", `/sites/${demo.siteId}/lists/AlertActions/items`, { fields: alertActionFields(forged) })).status).toBe(201);
    expect(await standing()).toEqual({ states: { "casey-ignore": "awaiting" }, notCounted: ["Casey Worker (casey.worker@opcc.example.gov.uk) is not the Head of Business Services and Assurance"] });
    expect(await queue()).toEqual([["casey-ignore", CASEY.upn]]);
  });

  it("Morgan's confirmation through the product counts, is audited, and empties the queue", async () => {
    await caseySetsAside();
    const [setAside] = await storeOf(MORGAN).alertActionsFor(MESSAGE);
    const result = await reviewSetAside({ store: storeOf(MORGAN), authoriser, user: { emailAddress: MORGAN.upn }, id: "morgan-confirms", setAside: setAside!, verdict: "confirmed", note: "Known to his GP; safety plan in place.", now: new Date() });
    expect(result).toMatchObject({ ok: true });
    expect(await standing()).toEqual({ states: { "casey-ignore": "confirmed" }, notCounted: [] });
    expect(await queue()).toEqual([]);
    expect((await storeOf(MORGAN).auditFor(`contact:${MESSAGE}`)).map((e) => [e.action, e.author?.upn])).toEqual([
      ["alert noActionNeeded", CASEY.upn],
      ["alert setAsideReviewed", MORGAN.upn],
    ]);
  });
});
