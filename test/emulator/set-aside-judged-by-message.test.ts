import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, STAFF_DOMAIN, tokenOf } from "../../dev/demo/people";
import { actOnAlerts, loadAlertActions } from "../../src/app/alert-action";
import { authoriserOf, escalationTargets, setAsidesAwaiting, setAsidesOf } from "../../src/app/set-aside";
import type { AlertAction } from "../../src/policy/alerts/action";
import { parseConfig } from "../../src/config";
import { reviewOptions } from "../../src/taskpane/review/useMessageReview";
import { classify } from "../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../src/policy/contact";
import { getPack } from "../../src/policy/packs/index";
import { alertActionFields } from "../../src/store/sharepoint/mapping";
import { demoSiteEachTest } from "../fakes/demo-office";
import { caller } from "./client";

/**
 * Tester T6 (finding 1): a set-aside was judged by the alert kinds its own item names, which its writer chooses. Casey
 * (her own delegated token, the office's permissions) recorded "no action needed" on a message that raises a risk to
 * life, naming "crime" (or a kind reworded), and it stood: no manager, nothing open in the pane, nothing in the queue.
 * Now the pane judges it by the alerts the message raises, any kind named counts in any spelling, and a set-aside whose
 * record is in doubt never stands.
 */
const pack = getPack("warwickshire");
const authoriser = authoriserOf(pack, DEMO_ROSTER);
const demo = demoSiteEachTest();
const { storeOf } = demo;
const MESSAGE = "<t6-threat@example.net>";
const office = () => escalationTargets({ staffNames: [], staffDomains: [STAFF_DOMAIN] }, pack, DEMO_ROSTER);
const CONFIG = { graphBaseUrl: "http://127.0.0.1:4000/v1.0", site: "opcc.sharepoint.com:/sites/contact-strategies", packId: "warwickshire", staffDomains: [STAFF_DOMAIN], auth: { mode: "dev", token: "t", user: CASEY.upn } };
/** The demo's "Complaint 2025/0933 - last time", as the pane's classifier reads it. */
const raised = classify(
  { from: "jordan.blake@example.net", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "Complaint 2025/0933 - last time", body: "Nobody has ever listened to me about complaint 2025/0933. I have the pills ready and tonight I am going to end it. You won't have to read any more of my emails.", receivedAt: new Date().toISOString() },
  reviewOptions({ pack, config: parseConfig(CONFIG), user: { displayName: "Casey Worker", emailAddress: CASEY.upn }, now: () => new Date() }, { to: [{ displayName: "OPCC Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" }], cc: [] }, EMPTY_HISTORY, undefined),
).alerts.map((a) => a.kind);

/** What the pane on the message shows for each set-aside (MessageAlerts judges with the message's alerts). */
const inPane = async () => Object.fromEntries([...setAsidesOf(await loadAlertActions(storeOf(CASEY), MESSAGE), authoriser, raised).states].map(([id, s]) => [id, s.state]));
const queue = async () => (await setAsidesAwaiting(storeOf(MORGAN), authoriser)).map((a) => a.action.id);

const setAside = (id: string, alertKinds: string[]) =>
  actOnAlerts({ store: storeOf(CASEY), office: office(), id, internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: alertKinds as AlertAction["alertKinds"], outcome: { kind: "noActionNeeded", reason: "He always says this, ignore it" }, by: CASEY.upn, now: new Date() });

describe("a set-aside judged by the message, not by the kinds its writer named (T6 finding 1)", () => {
  it("the message raises a risk to life", () => expect(raised).toContain("risk-to-life"));

  for (const kinds of [["crime"], ["new-matter"]]) {
    it(`Casey's set-aside naming only '${kinds[0]}' on the risk-to-life message: the pane says it awaits a manager (the alert is open)`, async () => {
      expect(await setAside("casey-relabelled", kinds)).toMatchObject({ ok: true });
      expect(await inPane()).toEqual({ "casey-relabelled": "awaiting" });
    });
  }

  for (const kind of ["Risk to life", "RISK-TO-LIFE", "risk_to_life"]) {
    it(`Casey's set-aside naming '${kind}': awaits a manager in the pane and is in Morgan's queue`, async () => {
      expect(await setAside("casey-reworded", [kind])).toMatchObject({ ok: true });
      expect(await inPane()).toEqual({ "casey-reworded": "awaiting" });
      expect(await queue()).toEqual(["casey-reworded"]);
    });
  }

  it("an item Casey adds through Graph in Morgan's name, unaudited, naming 'crime': in doubt, so it awaits Morgan and is in her queue", async () => {
    const forged: AlertAction = { id: "forged-in-morgans-name", internetMessageId: MESSAGE, senderAddress: "jordan.blake@example.net", alertKinds: ["crime"], outcome: { kind: "noActionNeeded", reason: "Discussed with Morgan, known to his GP" }, by: MORGAN.upn, at: new Date().toISOString() };
    const call = caller(() => demo.emulator, tokenOf(CASEY));
    expect((await call("POST", `/sites/${demo.siteId}/lists/AlertActions/items`, { fields: alertActionFields(forged) })).status).toBe(201);
    expect(await inPane()).toEqual({ "forged-in-morgans-name": "awaiting" });
    expect(await queue()).toEqual(["forged-in-morgans-name"]);
  });

  it("control: a set-aside naming 'crime' on a message that raises only a crime still stands", async () => {
    expect(await setAside("casey-crime", ["crime"])).toMatchObject({ ok: true });
    const states = Object.fromEntries([...setAsidesOf(await loadAlertActions(storeOf(CASEY), MESSAGE), authoriser, ["crime"]).states].map(([id, s]) => [id, s.state]));
    expect(states).toEqual({ "casey-crime": "stands" });
    expect(await queue()).toEqual([]);
  });
});
