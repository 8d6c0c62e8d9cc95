import { describe, expect, it } from "vitest";
import { alertNotificationText, strategyWordsFor } from "../../src/app/alert-notification";
import { notificationText } from "../../src/app/flag-message";
import { judgeIncoming, type InForceVerdict } from "../../src/app/incoming";
import { asApproved, inForceView } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";
import type { MailMessage } from "../../src/policy/message";
import { MORGAN_ID, ROSTER, CASEY_ID, proposal, recorded } from "../builders/evidence";
import { NOW, strategy } from "../builders/strategy";

/*
 * T5 finding 3: the notification on Jordan's suicide note read "Contact strategy in force for Jordan Blake:
 * read and file; …" — the first thing a reader sees, telling them to file it. With an alert raised, the
 * notification names the alert first and never says read and file; the flagger, which runs without the pane,
 * records the same alert first on the strategy.
 */
const pack = getPack("warwickshire");
const JORDAN = "jordan.blake@example.net";
const approved = strategy({ id: "jordan", status: "active", reviewDate: "2027-03-31", person: { displayName: "Jordan Blake" }, addresses: [JORDAN], restrictions: [{ kind: "readAndFile" }] });
const view = inForceView(approved, { decisions: [recorded("approve", MORGAN_ID, approved)], proposals: [proposal(CASEY_ID)] }, pack, ROSTER);
if (!view.inForce) throw new Error("the fixture should be in force");
const verdict: InForceVerdict = { kind: "strategy", strategy: asApproved(approved, view), view, inForce: true, matchedAddress: JORDAN, matchedBy: "from" };
const body = "Nobody has ever listened to me about complaint 2025/0933. I have the pills ready and tonight I am going to end it. You won't have to read any more of my emails.";
const jordan = { displayName: "Jordan Blake", emailAddress: JORDAN };
const message: MailMessage = { internetMessageId: "<last@example.net>", subject: "Complaint 2025/0933 - last time", from: jordan, sender: jordan, to: [{ displayName: "Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" }], cc: [], replyTo: [], receivedAt: NOW, attachments: 0 };
const judged = judgeIncoming(message, verdict, { mailbox: "enquiries@opcc.example.gov.uk", body, pack, staffDomains: ["opcc.example.gov.uk"], now: NOW, by: "flagger" });

describe("the notification on a message that raised an alert", () => {
  it("Jordan's suicide note under read and file: the alert first, the strategy said not to change it, no 'read and file'", () => {
    // Without an alert the strategy's own notification says read and file — right for an ordinary message.
    expect(notificationText(verdict.strategy)).toMatch(/read and file/);
    const text = alertNotificationText(judged.alerts, strategyWordsFor(verdict));
    expect(text).toMatch(/^Possible risk to life: act first; the contact strategy for Jordan Blake does not change this\. /);
    expect(text).toMatch(/999/);
    expect(text).not.toMatch(/read and file/i);
    expect(text.length).toBeLessThanOrEqual(150);
  });

  it("the strategy that could not be read: one may apply, said after the alert", () => {
    const text = alertNotificationText(judged.alerts, strategyWordsFor({ kind: "unavailable", summary: { strategyId: "jordan", personName: "Jordan Blake" } as never, matchedAddress: JORDAN, problem: "503" }));
    expect(text).toMatch(/^Possible risk to life: act first; a contact strategy may apply to Jordan Blake\. /);
  });

  it("the flagger, without the pane, records the same alert first on the strategy, and never read and file", () => {
    const event = judged.events.find((e) => e.action === "alert")!;
    expect(event.detail).toMatch(/^Possible risk to life: /);
    expect(event.detail).not.toMatch(/read and file/i);
  });
});
