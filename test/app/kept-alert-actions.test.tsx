import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { actOnAlerts } from "../../src/app/alert-action";
import { forgetRefused, keepAlertAction, keptAlertActions, keptFor, recordKept, recordKeptAction, type KeptAlertAction } from "../../src/app/kept-alert-actions";
import { loadAlertActions } from "../../src/app/alert-action";
import { AlertActionList } from "../../src/taskpane/alerts/AlertActionList";
import { memoryPreferences, type Preferences } from "../../src/outlook/preferences";
import type { AlertAction } from "../../src/policy/alerts/action";
import { defaultAlertGuidance } from "../../src/policy/alerts/guidance";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { createMemoryStore, type MemoryStore } from "../../src/store/memory/store";
import { AlertPanel } from "../../src/taskpane/alerts/AlertPanel";
import { KeptActionsNotice } from "../../src/taskpane/shared/KeptActionsNotice";
import { CASEY_ID } from "../builders/evidence";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ").trim();
const JORDAN = "<last-time@example.net>";
const OFFICE = { staffNames: ["Sam Carter"], staffDomains: ["opcc.example.gov.uk"], roleTitles: [] };
const action = (id: string, outcome: AlertAction["outcome"]): AlertAction => ({
  id,
  internetMessageId: JORDAN,
  senderAddress: "jordan.blake@example.net",
  alertKinds: ["risk-to-life"],
  outcome,
  by: CASEY_ID.upn!,
  at: "2026-12-04T08:20:00.000Z",
});
const escalated = action("a-escalated", { kind: "escalated", to: "Sam Carter" });
const police = action("a-police", { kind: "reportedToPolice", reference: "WK-2612-0042" });

let preferences: Preferences;
let store: MemoryStore;
const record = (kept: KeptAlertAction) => actOnAlerts({ store, office: OFFICE, ...kept.action, now: new Date("2026-12-04T09:00:00.000Z") });

beforeEach(() => {
  preferences = memoryPreferences();
  store = createMemoryStore(CASEY_ID);
});

describe("an action taken on an alert during the start-up outage is kept, then recorded once the records answer (T5: 'Escalated to …' could not be recorded)", () => {
  it("kept in the person's Outlook settings, checked as far as it can be without the records; a refusal is said now and keeps nothing", async () => {
    expect(await keepAlertAction(preferences, escalated, "Complaint 2025/0933 - last time", OFFICE)).toMatchObject({ ok: true });
    expect(await keepAlertAction(preferences, escalated, "Complaint 2025/0933 - last time", OFFICE)).toMatchObject({ ok: true });
    expect(keptFor(preferences, JORDAN).map((k) => k.action.id)).toEqual(["a-escalated"]);
    expect(await keepAlertAction(preferences, action("no-ref", { kind: "reportedToPolice", reference: "-" }), "x")).toMatchObject({ ok: false, code: "policeReference" });
    expect(await keepAlertAction(preferences, action("to-x", { kind: "escalated", to: "x" }), "x", OFFICE)).toMatchObject({ ok: false, code: "escalatedToUnknown" });
    expect(keptAlertActions(preferences)).toHaveLength(1);
  });

  it("the pane shows it under “Already done” as waiting to be recorded — never as recorded", () => {
    const alert = { kind: "risk-to-life" as const, rules: ["risk-to-life/suicide-intent"], evidence: [], guidance: defaultAlertGuidance("risk-to-life") };
    const shown = text(
      renderToStaticMarkup(
        <AlertPanel alerts={[alert]} subject="last time" body="" actions={{ state: "failed", message: "the records cannot be reached until the pane starts" }} pack={warwickshirePack} onAct={() => Promise.reject(new Error("not here"))} keeping waiting={[escalated]} />,
      ),
    );
    expect(shown).toContain("Waiting to be recorded: Escalated to Sam Carter (done at 08:20 UTC; kept in your Outlook settings, not yet on the record)");
    expect(shown).toContain("Record what was done");
    expect(shown).not.toContain("cannot be recorded here");
  });

  it("once Graph answers, each is recorded with its own id — once, however often the pane starts — and the pane says so", async () => {
    await keepAlertAction(preferences, escalated, "Complaint 2025/0933 - last time", OFFICE);
    await keepAlertAction(preferences, police, "Complaint 2025/0933 - last time", OFFICE);
    const first = await recordKept(preferences, record, String);
    expect(first.recorded.map((k) => k.action.id)).toEqual(["a-escalated", "a-police"]);
    expect(keptAlertActions(preferences)).toEqual([]);
    // A start whose answer was lost: kept again with the same ids, recorded again — still one each on the record.
    await keepAlertAction(preferences, escalated, "Complaint 2025/0933 - last time", OFFICE);
    await recordKept(preferences, record, String);
    expect((await store.alertActionsFor(JORDAN)).map((a) => a.id).sort()).toEqual(["a-escalated", "a-police"]);
    const shown = text(renderToStaticMarkup(<KeptActionsNotice outcome={first} onDismiss={() => undefined} />));
    expect(shown).toContain("Recorded now: what you did about alerts while the records could not be reached");
    expect(shown).toContain("“Complaint 2025/0933 - last time”: Escalated to Sam Carter (done at 08:20 UTC)");
    expect(shown).toContain("“Complaint 2025/0933 - last time”: Reported to the police (reference WK-2612-0042) (done at 08:20 UTC)");
  });

  it("while the records still fail it stays kept and the pane says it is NOT on the record; a refusal is said until read", async () => {
    await keepAlertAction(preferences, escalated, "last time", OFFICE);
    const failed = await recordKept(preferences, () => Promise.reject(new Error("503")), () => "Microsoft 365 is not answering");
    expect(failed).toMatchObject({ recorded: [], failed: "Microsoft 365 is not answering" });
    expect(keptFor(preferences, JORDAN)).toHaveLength(1);
    expect(text(renderToStaticMarkup(<KeptActionsNotice outcome={failed} onDismiss={() => undefined} />))).toContain("is NOT on the record yet (Microsoft 365 is not answering)");

    const refused = await recordKept(preferences, async () => ({ ok: false, code: "escalatedToUnknown", message: "Name who it went to.", policyRef: "" }), String);
    expect(text(renderToStaticMarkup(<KeptActionsNotice outcome={refused} onDismiss={() => undefined} />))).toContain("“last time”: Escalated to Sam Carter (done at 08:20 UTC) — Name who it went to. Select that message and record it again.");
    expect(keptAlertActions(preferences)).toHaveLength(1);
    await forgetRefused(preferences);
    expect(keptAlertActions(preferences)).toEqual([]);
  });

  it("recorded once Graph answers, it says when the person acted, not only when Graph answered; SharePoint's time stays the record's, and nothing reads as backdated", async () => {
    await keepAlertAction(preferences, escalated, "last time", OFFICE);
    const done = await recordKept(preferences, recordKeptAction(store, OFFICE, () => new Date()), String);
    expect(done.recorded.map((k) => k.action.id)).toEqual(["a-escalated"]);
    const [stored] = await store.alertActionsFor(JORDAN);
    expect(stored!.actedAt).toBe("2026-12-04T08:20:00.000Z");
    expect(Date.parse(stored!.at)).toBeGreaterThan(Date.parse("2026-12-04T08:20:00.000Z"));
    const entries = await loadAlertActions(store, JORDAN);
    expect(entries.flatMap((e) => (e.kind === "recorded" ? e.doubts.map((d) => d.kind) : [e.kind]))).toEqual([]);
    const shown = text(renderToStaticMarkup(<AlertActionList entries={entries} />));
    expect(shown).toMatch(/Escalated to Sam Carter — .*, done on 4 December 2026 08:20 UTC \(by their computer's clock\) while the records could not be reached, recorded on \d{1,2} \w+ \d{4} \d\d:\d\d UTC/);
  });
});
