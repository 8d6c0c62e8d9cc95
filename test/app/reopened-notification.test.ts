import { describe, expect, it } from "vitest";
import { flagMessage, NOTIFICATION_KEY } from "../../src/app/flag-message";
import { noteReopenedAlerts, REOPENED_NOTIFICATION_KEY } from "../../src/app/reopened-notification";
import type { ReopenedAlert } from "../../src/app/reopened-alerts";
import { FakeMailbox, readItem } from "../fakes/mailbox";
import { strategy } from "../builders/strategy";

const reopened = (internetMessageId: string, subject: string, alertKinds: ReopenedAlert["setAside"]["alertKinds"] = ["risk-to-life"]): ReopenedAlert => ({
  setAside: {
    id: `set-aside-${internetMessageId}`,
    internetMessageId,
    senderAddress: "quinn.reopen@example.org",
    alertKinds,
    outcome: { kind: "noActionNeeded", reason: "He always says this stuff." },
    by: "casey.worker@opcc.example.gov.uk",
    at: "2026-12-04T23:45:00.000Z",
    message: { subject, receivedAt: "2026-12-04T23:40:00.000Z", words: ["I won't be here by the weekend"] },
  },
  by: { upn: "morgan.reid@opcc.example.gov.uk", displayName: "Morgan Reid" },
  note: "Goodbye letters to his children is a real risk: call 999 for a welfare check now.",
  at: "2026-12-05T00:10:00.000Z",
});

describe("a reopened alert is said in Outlook's notification bar of the message being read (T7 #6: nobody was told)", () => {
  it("beside the strategy's notification on a message from a person under a strategy — neither replaces the other", async () => {
    const item = readItem();
    const mailbox = new FakeMailbox(item);
    await flagMessage(mailbox, item.itemId, strategy());
    const before = mailbox.notifications.get(NOTIFICATION_KEY);
    expect(before?.message).toMatch(/^Contact strategy in force for /);
    await noteReopenedAlerts(mailbox, item, [reopened("<t7-6-goodbye@example.org>", "T7 six goodbye letters")]);
    expect(mailbox.notifications.get(NOTIFICATION_KEY)).toEqual(before);
    expect(mailbox.notifications.get(REOPENED_NOTIFICATION_KEY)).toEqual({
      kind: "informational",
      message: "A risk to life alert set aside was reopened by a manager and needs action now (“T7 six goodbye letters”): see the Contact strategy pane.",
    });
  });

  it("several: how many and of what kinds, within Outlook's 150 characters", async () => {
    const item = readItem();
    const mailbox = new FakeMailbox(item);
    await noteReopenedAlerts(mailbox, item, [reopened("<a@example.org>", "A".repeat(200)), reopened("<b@example.org>", "B", ["threat-to-staff", "crime"])]);
    const { message } = mailbox.notifications.get(REOPENED_NOTIFICATION_KEY)!;
    expect(message).toBe("2 alerts set aside (risk to life, threat to staff, crime) were reopened by a manager and need action now: see the Contact strategy pane.");
    expect(message.length).toBeLessThanOrEqual(150);
    await noteReopenedAlerts(mailbox, item, [reopened("<a@example.org>", "A".repeat(200))]);
    expect(mailbox.notifications.get(REOPENED_NOTIFICATION_KEY)!.message).toHaveLength(150);
  });

  it("not on the reopened alert's own message (its alert is raised there again), and gone once nothing reopened awaits action", async () => {
    const item = readItem({ internetMessageId: "<t7-6-goodbye@example.org>" });
    const mailbox = new FakeMailbox(item);
    await noteReopenedAlerts(mailbox, item, [reopened("<t7-6-goodbye@example.org>", "T7 six goodbye letters")]);
    expect(mailbox.notifications.has(REOPENED_NOTIFICATION_KEY)).toBe(false);
    const other = readItem();
    mailbox.select(other);
    await noteReopenedAlerts(mailbox, other, [reopened("<t7-6-goodbye@example.org>", "T7 six goodbye letters")]);
    expect(mailbox.notifications.has(REOPENED_NOTIFICATION_KEY)).toBe(true);
    await noteReopenedAlerts(mailbox, other, []);
    expect(mailbox.notifications.has(REOPENED_NOTIFICATION_KEY)).toBe(false);
  });
});
