import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, MORGAN, STAFF_DOMAIN } from "../../dev/demo/people";
import { actOnAlerts } from "../../src/app/alert-action";
import { readBoardReport, reportRows } from "../../src/app/records/board-report";
import { verifyRecords } from "../../src/app/records/verify";
import { authoriserOf, escalationTargets, reviewSetAside } from "../../src/app/set-aside";
import type { AlertKind } from "../../src/policy/alerts/types";
import type { Actor } from "../../src/policy/strategy";
import { getPack } from "../../src/policy/packs/index";
import { demoSiteEachTest } from "../fakes/demo-office";

/**
 * Set-asides in the records (T5 finding 2's remainder): a caseworker's "no action needed" on a risk to life, a threat to
 * staff or a safeguarding alert awaits the authoriser. `records verify` reports one left awaiting more than two working
 * days (the alert is still open), and the board report counts them: set aside, confirmed, overturned, still awaiting.
 */
const pack = getPack("warwickshire");
const authoriser = authoriserOf(pack, DEMO_ROSTER);
const demo = demoSiteEachTest();
const { storeOf } = demo;
const DAY = 86_400_000;

async function setAside(by: Actor, id: string, message: string, sender: string, kinds: AlertKind[], reason: string) {
  const result = await actOnAlerts({
    store: storeOf(by),
    office: escalationTargets({ staffNames: [], staffDomains: [STAFF_DOMAIN] }, pack, DEMO_ROSTER),
    id,
    internetMessageId: message,
    senderAddress: sender,
    alertKinds: kinds,
    outcome: { kind: "noActionNeeded", reason },
    by: by.upn,
    now: new Date(),
  });
  expect(result).toMatchObject({ ok: true });
}
const caseyIgnoresJordan = () => setAside(CASEY, "casey-ignore", "<goodbye@example.net>", "jordan.blake@example.net", ["risk-to-life"], "He always says this, ignore it");
const caseyIgnoresRiley = () => setAside(CASEY, "casey-ignore-riley", "<nephew@example.net>", "riley.evans@example.net", ["safeguarding"], "Social services already involved, per his last letter");
const caseyIgnoresPat = () => setAside(CASEY, "casey-ignore-pat", "<friday@example.net>", "pat.obrien@example.net", ["threat-to-staff"], "Pat is all talk, no need to tell Sam");

async function morganReviews(id: string, verdict: "confirmed" | "overturned", note: string) {
  const setAsides = await storeOf(MORGAN).allAlertActions();
  const target = setAsides.find((a) => a.id === id)!;
  expect(await reviewSetAside({ store: storeOf(MORGAN), authoriser, user: { emailAddress: MORGAN.upn }, id: `${id}-review`, setAside: target, verdict, note, now: new Date() })).toMatchObject({ ok: true });
}

/** What `npm run records -- verify` prints for set-asides, as of `now`. */
const verifyAt = async (now: Date) =>
  (await verifyRecords(storeOf(MORGAN), { pack, roster: DEMO_ROSTER, now })).breaks.filter((b) => b.kind === "setAsideAwaiting").map((b) => `${b.kind}\t${b.target}\t${b.message}`);

/** The board report's "Alerts set aside" rows, as the pane's table and the board paper's CSV show them. */
const boardRows = async (from: string, to: string) =>
  reportRows(await readBoardReport(storeOf(MORGAN), pack, DEMO_ROSTER, { from, to }))
    .filter(([section]) => section === "Alerts set aside")
    .map(([, figure, value]) => `${figure}: ${value}`);

describe("records verify: a set-aside left awaiting the authoriser", () => {
  it("Casey's set-aside of Jordan's risk to life is a gap once it has waited more than two working days, naming who, whose message and what she wrote; not the same day, nor once Morgan has confirmed it", async () => {
    await caseyIgnoresJordan();
    expect(await verifyAt(new Date())).toEqual([]);
    const nextWeek = new Date(Date.now() + 5 * DAY);
    expect(await verifyAt(nextWeek)).toEqual([
      expect.stringMatching(
        /^setAsideAwaiting\tcontact:<goodbye@example\.net>\tCasey Worker \(casey\.worker@[^)]+\) set aside the risk to life alert on the message from jordan\.blake@example\.net on \d{1,2} \w+ \d{4} at \d\d:\d\d \(“No action needed: He always says this, ignore it”\), and no Head of Business Services and Assurance has confirmed or overturned it in more than [2-9] working days since then: the alert is still open\./,
      ),
    ]);
    await morganReviews("casey-ignore", "confirmed", "Known to his GP; safety plan in place.");
    expect(await verifyAt(nextWeek)).toEqual([]);
  });
});

describe("the board report counts alerts set aside", () => {
  it("three set aside today, one confirmed and one overturned by Morgan: 3 set aside, 1 confirmed, 1 overturned, 1 awaiting (not yet long; long in a period ending next week); a period ended yesterday counts none", async () => {
    await caseyIgnoresJordan();
    await caseyIgnoresPat();
    await caseyIgnoresRiley();
    await morganReviews("casey-ignore-pat", "overturned", "A threat to Sam: report it and tell him today.");
    await morganReviews("casey-ignore-riley", "confirmed", "His social worker confirmed by phone she has it in hand.");
    const today = new Date().toISOString().slice(0, 10);
    expect(await boardRows(`${today.slice(0, 4)}-01-01`, today)).toEqual([
      "Set aside (risk to life, threat to staff, safeguarding): 3",
      "Of those, confirmed by the authoriser: 1",
      "Of those, overturned (the alert reopened): 1",
      "Awaiting the authoriser at the end: 1",
      "Of those, waiting more than 2 working days: 0",
    ]);
    const nextWeek = new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10);
    expect((await boardRows(`${today.slice(0, 4)}-01-01`, nextWeek)).at(-1)).toBe("Of those, waiting more than 2 working days: 1");
    const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    expect((await boardRows(`${yesterday.slice(0, 4)}-01-01`, yesterday)).map((row) => row.split(": ").at(-1))).toEqual(["0", "0", "0", "0", "0"]);
  });
});
