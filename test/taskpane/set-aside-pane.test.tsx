import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { authoriserOf, setAsidesOf } from "../../src/app/set-aside";
import type { AlertActionEntry } from "../../src/app/alert-record";
import type { AlertOutcome } from "../../src/policy/alerts/action";
import { defaultAlertGuidance } from "../../src/policy/alerts/guidance";
import type { Alert } from "../../src/policy/alerts/types";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { AlertPanel } from "../../src/taskpane/alerts/AlertPanel";
import { CASEY, DEMO_ROSTER, MORGAN, SAM } from "../../dev/demo/people";
import type { ReopenedAlert } from "../../src/app/reopened-alerts";
import type { Services } from "../../src/app/services";
import { ReopenedAlerts } from "../../src/taskpane/shared/ReopenedAlerts";
import { ServicesProvider } from "../../src/taskpane/services";
import { Awaiting } from "../../src/taskpane/approvals/SetAsideQueue";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ").trim();
const alert: Alert = { kind: "risk-to-life", rules: ["risk-to-life/suicide-intent"], evidence: [], guidance: defaultAlertGuidance("risk-to-life") };
const at = new Date().toISOString();
const entry = (id: string, outcome: AlertOutcome): AlertActionEntry => ({
  kind: "recorded",
  action: { id, internetMessageId: "<goodbye@example.net>", senderAddress: "jordan.blake@example.net", alertKinds: ["risk-to-life"], outcome, by: CASEY.upn, at, author: { upn: CASEY.upn, displayName: CASEY.displayName }, recordedAt: at, item: 1 },
  doubts: [],
});
const htmlWith = (entries: AlertActionEntry[], options: { done?: "reportedToPolice"; confirmBy?: string } = {}) =>
    renderToStaticMarkup(
      <AlertPanel alerts={[alert]} subject="goodbye" body="" actions={{ state: "loaded", actions: entries }} onAct={async () => ({ ok: false, code: "x", message: "", policyRef: "" })} pack={warwickshirePack} setAsides={setAsidesOf(entries, authoriserOf(warwickshirePack, DEMO_ROSTER))} {...options} />,
    );
const paneWith = (entries: AlertActionEntry[], options: { done?: "reportedToPolice"; confirmBy?: string } = {}) => text(htmlWith(entries, options));

describe("the pane after a caseworker sets aside a risk to life (T5 finding 2)", () => {
  it("says the set-aside is not yet confirmed by a manager and the alert stays open", () => {
    const shown = paneWith([entry("casey-ignore", { kind: "noActionNeeded", reason: "He always says this, ignore it" })], { confirmBy: warwickshirePack.authoriser.title });
    expect(shown).toContain("No action needed: He always says this, ignore it");
    expect(shown).toContain("Not yet confirmed by a manager: the alert stays open until a manager confirms or overturns this set-aside.");
    expect(shown).toContain("The alert is open: it was set aside, but that is not yet confirmed by a manager (the Head of Business Services and Assurance).");
  });

  it("once reported to the police, 'No action needed' is not offered", () => {
    const html = htmlWith([entry("casey-police", { kind: "reportedToPolice", reference: "WK-2612-0042" })], { done: "reportedToPolice" });
    const shown = text(html);
    expect(shown).toContain("Reported to the police (reference WK-2612-0042)");
    // The choices offered: escalate or report, no "No action needed" radio.
    expect([...html.matchAll(/<input[^>]*type="radio"[^>]*value="([^"]+)"/g)].map((m) => m[1])).toEqual(["escalated", "reportedToPolice"]);
    expect(shown).toContain("“No action needed” is not offered: this alert was reported to the police.");
  });
});

describe("an alert reopened by the authoriser, on every message (T7 #6)", () => {
  const reopened: ReopenedAlert = {
    setAside: { ...(entry("casey-ignore", { kind: "noActionNeeded", reason: "He always says this stuff." }) as Extract<AlertActionEntry, { kind: "recorded" }>).action, message: { subject: "T7 one more thing", receivedAt: "2026-12-04T23:40:00.000Z", words: ["I won't be here by the weekend"] } },
    by: { upn: MORGAN.upn, displayName: MORGAN.displayName },
    note: "Goodbye letters to his children is a real risk: call 999 for a welfare check now.",
    at: "2026-12-05T00:10:00.000Z",
  };
  const shownTo = (upn: string, displayName: string) =>
    renderToStaticMarkup(
      <ServicesProvider services={{ user: { emailAddress: upn, displayName } } as unknown as Services}>
        <ReopenedAlerts entries={[reopened]} />
      </ServicesProvider>,
    );
  it("an error bar naming the message, who set it aside and why, who overturned it and their note, and what to do", () => {
    const html = shownTo(CASEY.upn, CASEY.displayName);
    expect(html).toContain('data-testid="notice-error"');
    expect(text(html)).toBe(
      "An alert set aside was reopened: it needs action now risk to life on “T7 one more thing” from jordan.blake@example.net, received 4 December 2026 at 23:40. You set it aside (No action needed: He always says this stuff.); Morgan Reid (morgan.reid@opcc.example.gov.uk) overturned it on 5 December 2026 at 00:10: “Goodbye letters to his children is a real risk: call 999 for a welfare check now.” Open that message (it is in the mailbox you read it in) and record in this pane what was done about the alert. Open “T7 one more thing”",
    );
    // A button, not only words: the message is opened from the notice (T7 #6: reachable, not left to a re-selection by chance).
    expect(html).toMatch(/<button[^>]*data-testid="open-reopened-message"[^>]*>Open “T7 one more thing”<\/button>/);
  });
  it("to anyone else: who set it aside, by name", () => {
    expect(text(shownTo(SAM.upn, SAM.displayName))).toContain("Casey Worker (casey.worker@opcc.example.gov.uk) set it aside");
  });
});

describe("a set-aside in the Approvals queue is worded for its reader (T7 #8)", () => {
  const awaiting = entry("casey-ignore", { kind: "noActionNeeded", reason: "He always says this stuff." }) as Extract<AlertActionEntry, { kind: "recorded" }>;
  const shownTo = (who: typeof CASEY, canDecide: boolean) =>
    text(
      renderToStaticMarkup(
        <ServicesProvider services={{ pack: warwickshirePack, roster: DEMO_ROSTER, user: { emailAddress: who.upn, displayName: who.displayName } } as unknown as Services}>
          <Awaiting entry={{ action: awaiting.action, doubts: [] }} canDecide={canDecide} onDecided={() => undefined} />
        </ServicesProvider>,
      ),
    );
  it("a caseworker is told who decides it, not asked to", () => {
    expect(shownTo(SAM, false)).toContain("The alert stays open until the Head of Business Services and Assurance confirms or overturns it.");
    expect(shownTo(SAM, false)).not.toContain("until you");
  });
  it("the authoriser is asked to", () => {
    expect(shownTo(MORGAN, true)).toContain("The alert stays open until you confirm or overturn it.");
  });
});

describe("a new-matter alert offers to record it as dealt with as a new matter (Warwickshire 7.2; T7 #16)", () => {
  const newMatter: Alert = { kind: "new-matter", rules: ["new-matter/separate-matter"], evidence: [], guidance: defaultAlertGuidance("new-matter") };
  const crime: Alert = { kind: "crime", rules: ["crime/reported"], evidence: [], guidance: defaultAlertGuidance("crime") };
  const pane = (alerts: Alert[], entries: AlertActionEntry[] = []) =>
    text(
      renderToStaticMarkup(
        <AlertPanel alerts={alerts} subject="A separate matter" body="" actions={{ state: "loaded", actions: entries }} onAct={async () => ({ ok: false, code: "x", message: "", policyRef: "" })} pack={warwickshirePack} />,
      ),
    );

  it("offers “Dealt with as a new matter” beside the other actions when a new matter is raised", () => {
    const shown = pane([crime, newMatter]);
    expect(shown).toContain("Escalated to someone who can act Reported to the police Dealt with as a new matter No action needed");
  });

  it("does not offer it on a message with no new-matter alert", () => {
    expect(pane([crime])).not.toContain("Dealt with as a new matter");
  });

  it("lists one recorded with its reference under “Already done”", () => {
    const done = entry("casey-new", { kind: "dealtWithAsNewMatter", reference: "OPCC/2026/0533" });
    expect(pane([newMatter], [done])).toContain("Dealt with as a new matter (reference OPCC/2026/0533)");
  });
});
