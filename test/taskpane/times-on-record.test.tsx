import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, STAFF_DOMAIN } from "../../dev/demo/people";
import { actOnAlerts } from "../../src/app/alert-action";
import { verifyRecords } from "../../src/app/records/verify";
import { escalationTargets } from "../../src/app/set-aside";
import type { StrategyDetail } from "../../src/app/strategy/read";
import { addWorkingDays } from "../../src/policy/calendar";
import { getPack } from "../../src/policy/packs/index";
import { createMemoryStore } from "../../src/store/memory/store";
import type { AuditEvent } from "../../src/store/port";
import { History } from "../../src/taskpane/approvals/History";
import { strategy } from "../builders/strategy";

/** E34's leftovers: the strategy's History told two letters of one day apart by nothing; verify's wait said only "more than 2 working days". */
const pack = getPack("warwickshire");
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ").trim();
const letterEvent = (at: string): AuditEvent => ({ id: `strategy:pat:letter:${at}`, target: "strategy:pat", action: "letter drafted (contact strategy letter, Outlook reply)", by: CASEY.upn, at, detail: "" });

describe("times on the record", () => {
  it("the strategy's History gives each entry its time (UK), so two letters drafted on one day are told apart", () => {
    const audit = [letterEvent("2026-12-04T09:05:00.000Z"), letterEvent("2026-12-04T14:07:00.000Z")];
    const detail = { strategy: { value: strategy({ id: "pat" }), etag: "" }, view: { refused: [] }, decisions: [], audit, breaches: [] } as unknown as StrategyDetail;
    const shown = text(renderToStaticMarkup(<History detail={detail} />));
    expect(shown).toContain("4 December 2026 at 09:05 — letter drafted (contact strategy letter, Outlook reply) by casey.worker@opcc.example.gov.uk");
    expect(shown).toContain("4 December 2026 at 14:07 — letter drafted (contact strategy letter, Outlook reply) by casey.worker@opcc.example.gov.uk");
    // Summer time: the time people read in England.
    const july = { ...detail, audit: [letterEvent("2026-07-01T08:30:00.000Z")] } as unknown as StrategyDetail;
    expect(text(renderToStaticMarkup(<History detail={july} />))).toContain("1 July 2026 at 09:30 — letter drafted");
  });

  it("records verify says how long a set-aside has waited, counted from when it was set aside, not from when the check runs", async () => {
    const store = createMemoryStore();
    const casey = store.as({ upn: CASEY.upn, displayName: CASEY.displayName });
    const office = escalationTargets({ staffNames: [], staffDomains: [STAFF_DOMAIN] }, pack, DEMO_ROSTER);
    const setAside = await actOnAlerts({ store: casey, office, id: "casey-ignore", internetMessageId: "<goodbye@example.net>", senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life"], outcome: { kind: "noActionNeeded", reason: "He always says this, ignore it" }, by: CASEY.upn, now: new Date() });
    expect(setAside).toMatchObject({ ok: true });
    const recordedAt = (await store.allAlertActions())[0]!;
    const at = new Date(recordedAt.recordedAt ?? recordedAt.at);
    const waited = async (days: number) => (await verifyRecords(store, { pack, roster: DEMO_ROSTER, now: new Date(addWorkingDays(at, days).getTime() + 60_000) })).breaks.filter((b) => b.kind === "setAsideAwaiting").map((b) => b.message);
    expect(await waited(1)).toEqual([]);
    expect(await waited(2)).toEqual([expect.stringContaining("has confirmed or overturned it in more than 2 working days since then: the alert is still open")]);
    expect(await waited(9)).toEqual([expect.stringMatching(/set aside the risk to life alert on the message from jordan\.blake@example\.net on \d{1,2} \w+ \d{4} at \d\d:\d\d .* in more than 9 working days since then/)]);
  });
});
