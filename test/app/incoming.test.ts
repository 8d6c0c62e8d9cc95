import { describe, expect, it } from "vitest";
import { judgeIncoming, type InForceVerdict } from "../../src/app/incoming";
import { asApproved, inForceView } from "../../src/policy/in-force";
import type { MailMessage } from "../../src/policy/message";
import { getPack } from "../../src/policy/packs/index";
import { MORGAN_ID, ROSTER, CASEY_ID, proposal, recorded } from "../builders/evidence";
import { NOW, strategy } from "../builders/strategy";

const pack = getPack("warwickshire");
const JORDAN = "jordan.blake@example.net";
/** Jordan's strategy as an authoriser approved it: read and file, the closed matter named (Gwent 8.0; Warwickshire 7.2). */
const approved = strategy({
  id: "jordan",
  status: "active",
  reviewDate: "2027-03-31",
  person: { displayName: "Jordan Blake" },
  addresses: [JORDAN],
  restrictions: [{ kind: "readAndFile" }],
  closedMatter: "His 2025 complaint that officers mishandled the investigation into his stolen van.",
});

/** The verdict the pane and the flagger both judge by: the approved snapshot, whatever the item now says. */
function verdictFor(item: typeof approved): InForceVerdict {
  const view = inForceView(item, { decisions: [recorded("approve", MORGAN_ID, approved)], proposals: [proposal(CASEY_ID)] }, pack, ROSTER);
  if (!view.inForce) throw new Error("the fixture should be in force");
  return { kind: "strategy", strategy: asApproved(item, view), view, inForce: true, matchedAddress: JORDAN, matchedBy: "from" };
}

const message = (body: string): MailMessage & { body: string } => {
  const jordan = { displayName: "Jordan Blake", emailAddress: JORDAN };
  return { internetMessageId: `<${body.length}@example.net>`, subject: "My van", from: jordan, sender: jordan, to: [{ displayName: "Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" }], cc: [], replyTo: [], receivedAt: NOW, attachments: 0, body };
};
const alertKinds = (item: typeof approved, body: string) =>
  judgeIncoming(message(body), verdictFor(item), { mailbox: "enquiries@opcc.example.gov.uk", body, pack, staffDomains: ["opcc.example.gov.uk"], now: NOW, by: "flagger" }).alerts.map((a) => a.kind);

describe("judging a message from a person under a strategy in force (the flagger's judgeIncoming)", () => {
  const reargued = "Last week I asked again: the officers who investigated my stolen van did nothing and the investigation was a whitewash.";
  const newIncident = "Yesterday an officer parked across my drive in Kenilworth for two hours and refused to move.";

  it("reads the approved closed matter as the pane does: the closed matter re-argued is no new matter, a new incident is", () => {
    expect(alertKinds(approved, reargued)).toEqual([]);
    expect(alertKinds(approved, newIncident)).toContain("new-matter");
  });

  it("an edit to the item's closed matter, not approved, changes nothing", () => {
    const widened = { ...approved, closedMatter: "Anything Jordan Blake writes about officers, parking, his drive or Kenilworth." };
    expect(alertKinds(widened, newIncident)).toContain("new-matter");
  });
});

describe("the flagger reads the office's staff by name: its configuration's and whom the message was written to", () => {
  const threat = "I'll batter Priya when I see her.";
  const judge = (to: MailMessage["to"], staffNames?: readonly string[]) =>
    judgeIncoming({ ...message(threat), to }, verdictFor(approved), { mailbox: "enquiries@opcc.example.gov.uk", body: threat, pack, staffDomains: ["opcc.example.gov.uk"], ...(staffNames ? { staffNames } : {}), now: NOW, by: "flagger" }).alerts.map((a) => a.kind);
  const enquiries = [{ displayName: "OPCC Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" }];

  it("a threat naming a member of staff the configuration lists is a threat to staff", () => {
    expect(judge(enquiries, ["Priya Shah"])).toContain("threat-to-staff");
  });

  it("so is one naming the member of staff it was sent to, by the name Graph gives their address", () => {
    expect(judge([{ displayName: "Shah, Priya", emailAddress: "priya.shah@opcc.example.gov.uk" }])).toContain("threat-to-staff");
  });

  it("a name neither configured nor a staff recipient's is not staff: no alert", () => {
    expect(judge(enquiries)).not.toContain("threat-to-staff");
    // Copied to someone outside the office named Priya: not one of its staff.
    expect(judge([...enquiries, { displayName: "Priya Shah", emailAddress: "priya@example.org" }])).not.toContain("threat-to-staff");
  });
});
