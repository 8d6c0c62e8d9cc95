import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { parseConfig } from "../../src/config";
import { startPane, type SafetyOnly } from "../../src/app/start";
import { notifySafety, readForSafety, safetyAlerts } from "../../src/app/safety-check";
import { NOTIFICATION_KEY } from "../../src/app/flag-message";
import { StoreError } from "../../src/store/port";
import type { Services } from "../../src/app/services";
import { AlertPanel } from "../../src/taskpane/alerts/AlertPanel";
import { FakeMailbox, readItem } from "../fakes/mailbox";

/*
 * T5 finding 1: with SharePoint down when the pane started, the pane said only "could not start" —
 * no risk-to-life alert on a suicide note, no word that the message was not checked. The alerts need
 * only the message's text and the pack: they are shown whatever the store does.
 */
const CONFIG = parseConfig({
  graphBaseUrl: "http://127.0.0.1:4000/v1.0",
  site: "opcc.sharepoint.com:/sites/contact-strategies",
  packId: "warwickshire",
  staffDomains: ["opcc.example.gov.uk"],
  auth: { mode: "dev", token: "dev-token", user: "casey.worker@opcc.example.gov.uk" },
});
const SITE_DOWN = new StoreError("unavailable", "Finding the SharePoint site: Microsoft 365 is not answering", { statusCode: 503 });
const JORDAN = readItem({
  from: { displayName: "Jordan Blake", emailAddress: "jordan.blake@example.net" },
  sender: { displayName: "Jordan Blake", emailAddress: "jordan.blake@example.net" },
  subject: "Complaint 2025/0933 - last time",
});
const GOODBYE = "Nobody has ever listened to me about complaint 2025/0933. I have the pills ready and tonight I am going to end it. You won't have to read any more of my emails.";

async function startWhile(fail: { config?: unknown; connect?: unknown; config2?: object }): Promise<{ safety: SafetyOnly; mailbox: FakeMailbox }> {
  const mailbox = new FakeMailbox(JORDAN);
  mailbox.body = GOODBYE;
  const started = await startPane(mailbox, {}, {
    readConfig: async () => {
      if (fail.config) throw fail.config;
      return fail.config2 ? parseConfig({ ...CONFIG, ...fail.config2 }) : CONFIG;
    },
    connectServices: async () => {
      if (fail.connect) throw fail.connect;
      return {} as Services;
    },
  });
  if (started.kind !== "safetyOnly") throw new Error("expected the pane not to start");
  return { safety: started.safety, mailbox };
}

async function alertsOf(safety: SafetyOnly) {
  return safetyAlerts(await readForSafety(safety, JORDAN));
}

describe("a pane that cannot start still checks the message for alerts", () => {
  it("SharePoint not answering: the suicide note raises the risk-to-life alert in the office's words, and the notification names it first", async () => {
    const { safety, mailbox } = await startWhile({ connect: SITE_DOWN });
    expect(safety.problem).toBe(SITE_DOWN);
    expect(safety.wordingProblem).toBeUndefined();
    const alerts = await alertsOf(safety);
    expect(alerts.map((a) => a.kind)).toContain("risk-to-life");
    const risk = alerts.find((a) => a.kind === "risk-to-life")!;
    expect(risk.guidance.isDefault).toBe(false);
    expect(risk.guidance.steps.map((s) => s.text).join(" ")).toMatch(/999/);

    await notifySafety(safety, JORDAN.itemId, { alerts });
    const notification = mailbox.notifications.get(NOTIFICATION_KEY)!.message;
    expect(notification).toMatch(new RegExp(`^${risk.guidance.title}: act first; contact strategies could not be checked\\.`));
    expect(notification).not.toMatch(/read and file/i);
    expect(notification.length).toBeLessThanOrEqual(150);
  });

  it("config.json unreadable: the product's default wording, said to be the default", async () => {
    const { safety } = await startWhile({ config: new Error("Could not load config.json (HTTP 404).") });
    expect(safety.wordingProblem).toBe(safety.problem);
    const risk = (await alertsOf(safety)).find((a) => a.kind === "risk-to-life")!;
    expect(risk.guidance).toMatchObject({ title: "Possible risk to life", isDefault: true });
    expect(risk.guidance.steps[0]!.text).toMatch(/^If anyone may be in immediate danger, call 999 now/);
  });

  it("an office pack that does not load: the default wording too, the pack's problem kept to say", async () => {
    const { safety } = await startWhile({ connect: new Error("bad pack"), config2: { packId: "nowhere" } });
    expect(String(safety.wordingProblem)).toMatch(/No policy pack "nowhere"/);
    expect((await alertsOf(safety)).find((a) => a.kind === "risk-to-life")!.guidance.isDefault).toBe(true);
  });

  it("a message with no alert: the notification says the strategy could not be checked, never nothing", async () => {
    const { safety, mailbox } = await startWhile({ connect: SITE_DOWN });
    mailbox.body = "Please could you tell me when the panel meets next month?";
    const alerts = await alertsOf(safety);
    expect(alerts).toEqual([]);
    await notifySafety(safety, JORDAN.itemId, { alerts });
    expect(mailbox.notifications.get(NOTIFICATION_KEY)!.message).toBe(
      "Could not check now whether a contact strategy applies to this sender: the contact-strategy pane could not start. Check before replying.",
    );
  });

  it("the alert panel given no way to keep an action offers no form that cannot save, and says what to do instead (the pane keeps them: kept-alert-actions.test.tsx)", async () => {
    const { safety } = await startWhile({ connect: SITE_DOWN });
    const alerts = await alertsOf(safety);
    const html = renderToStaticMarkup(<AlertPanel alerts={alerts} subject={JORDAN.subject} body={GOODBYE} actions={{ state: "failed", message: "the records cannot be reached" }} pack={safety.pack} />);
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("What you do cannot be recorded here until the pane can reach the records");
    expect(text).toContain("What has been done could not be read (the records cannot be reached)");
    expect(html).not.toMatch(/data-testid="alert-action-form"/);
  });
});
