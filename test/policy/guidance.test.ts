import { describe, expect, it } from "vitest";
import { staffGuidance } from "../../src/policy/guidance";
import { getPack } from "../../src/policy/packs/index";
import type { StaffMember } from "../../src/policy/restrictions";
import { strategy } from "../builders/strategy";

const jane: StaffMember = { upn: "jane.smith@opcc.example.gov.uk", displayName: "Jane Smith" };
const warwickshire = getPack("warwickshire");
const gwent = getPack("gwent");

/** Active strategy: Jane Smith is the SPOC, email only, read and file. */
const restricted = strategy({
  status: "active",
  singlePointOfContact: jane,
  restrictions: [{ kind: "singlePointOfContact", spoc: jane }, { kind: "singleChannel", channel: "email" }, { kind: "readAndFile" }],
});

describe("staffGuidance under an active strategy", () => {
  it("names the SPOC and the one allowed channel in what staff may and may not do", () => {
    const { may, mayNot } = staffGuidance(restricted, warwickshire);
    expect(may.join("\n")).toContain("Pass anything from Pat O'Brien to Jane Smith, the single point of contact.");
    expect(may.join("\n")).toContain("Reply to Pat O'Brien by email only.");
    expect(mayNot).toContain("Reply by any other channel than email.");
    expect(mayNot).toContain("Reply to Pat O'Brien yourself unless you are Jane Smith.");
  });

  it("tells staff to read, check and file the message, naming who replies and how, with Warwickshire's 7.2 checks", () => {
    const { handleThisMessage } = staffGuidance(restricted, warwickshire);
    expect(handleThisMessage).toMatch(/^Read it and check for new information/);
    expect(handleThisMessage).toContain("file it without reply unless it raises something new");
    expect(handleThisMessage).toContain("criminal matters or safeguarding");
    expect(handleThisMessage).toContain("Jane Smith");
    expect(handleThisMessage).toContain("by email only");
    expect(handleThisMessage).toContain("warwickshire-managing-public-contact-policy.txt §7.2");
  });

  it("uses Gwent's wording and paragraph for the same strategy", () => {
    const { handleThisMessage, mayNot } = staffGuidance({ ...restricted, packId: "gwent" }, gwent);
    expect(handleThisMessage).toContain("gwent-managing-customer-contact-policy.txt §8.0");
    expect(handleThisMessage).not.toContain("safeguarding");
    expect(mayNot.join("\n")).toContain("the customer may still contact the office about other matters");
  });

  it("cites each restriction's paragraph and reminds staff they may end an abusive call", () => {
    const { may } = staffGuidance(restricted, gwent);
    expect(may).toContain("One specific point of contact: Pass the contact to the single point of contact; do not reply yourself. (gwent-managing-customer-contact-policy.txt §8.0)");
    expect(may.some((line) => line.includes("end the call") && line.includes("§7.0"))).toBe(true);
  });

  it("puts the phone time limit's minutes into the guidance", () => {
    const { may, mayNot } = staffGuidance(strategy({ status: "active", restrictions: [{ kind: "phoneTimeLimit", minutes: 15 }] }), warwickshire);
    expect(may).toContain("End a call with Pat O'Brien politely once it reaches 15 minutes.");
    expect(mayNot).toContain("Let a call with Pat O'Brien run past 15 minutes.");
  });

  it("without read-and-file, a message goes to the SPOC rather than being answered", () => {
    const spocOnly = strategy({ status: "active", restrictions: [{ kind: "singlePointOfContact", spoc: jane }] });
    expect(staffGuidance(spocOnly, warwickshire).handleThisMessage).toBe("Pass it to Jane Smith, the single point of contact; do not reply yourself.");
  });

  it("forbids replies to a blocked address and re-opening the named case", () => {
    const s = strategy({
      status: "underReview",
      restrictions: [{ kind: "blockedAddress", address: "pat@example.org" }, { kind: "noReopeningClosedCase", caseReference: "C-2291" }],
    });
    const { mayNot } = staffGuidance(s, warwickshire);
    expect(mayNot).toContain("Reply to pat@example.org: it is blocked.");
    expect(mayNot).toContain("Re-open case C-2291 on demand.");
  });

  it("flags a restriction the office's policy does not list instead of dropping it", () => {
    const s = strategy({ status: "active", restrictions: [{ kind: "blockedAddress", address: "pat@example.org" }] });
    expect(staffGuidance(s, gwent).may[0]).toContain("not an option in the OPCC Gwent policy");
  });
});

describe("staffGuidance before authorisation or after the end", () => {
  it("a proposed strategy imposes nothing yet and names who must authorise it", () => {
    const { mayNot, handleThisMessage } = staffGuidance({ ...restricted, status: "proposed" }, warwickshire);
    expect(handleThisMessage).toMatch(/^Handle this message as usual/);
    expect(handleThisMessage).toContain("Head of Business Services and Assurance authorises them");
    expect(mayNot.join("\n")).not.toContain("Jane Smith");
  });

  it("an ended strategy imposes nothing", () => {
    const { handleThisMessage } = staffGuidance({ ...restricted, status: "ended" }, gwent);
    expect(handleThisMessage).toBe("Handle this message as usual. This strategy is ended: no restrictions are in force.");
  });
});

describe("the banner yields to an alert (Warwickshire 7.2)", () => {
  const readAndFile = strategy({ status: "active", restrictions: [{ kind: "readAndFile" }], singlePointOfContact: jane });

  it("says the message is being checked before it can be read and filed", () => {
    expect(staffGuidance(readAndFile, warwickshire, { checked: false }).handleThisMessage).toMatch(/^Checking this message for a risk to life/);
  });

  it("points to the alert above instead of read and file, citing 7.2, and drops the read-and-file instruction", () => {
    const g = staffGuidance(readAndFile, warwickshire, { checked: true, titles: ["Possible risk to life"] });
    expect(g.handleThisMessage).toBe(
      "Act on the alert above (Possible risk to life) first. The contact strategy does not change this (warwickshire-managing-public-contact-policy.txt §7.2). Tell Jane Smith, the single point of contact, as well.",
    );
    expect([...g.may, ...g.mayNot, g.handleThisMessage].join("\n")).not.toMatch(/file it without reply|raises nothing new/);
    expect(g.may).toContain("Read, but no action taken: not for this message, which raises an alert that comes first (warwickshire-managing-public-contact-policy.txt §7.2).");
  });

  it("with no alert, the read-and-file line is as before", () => {
    expect(staffGuidance(readAndFile, warwickshire, { checked: true, titles: [] }).handleThisMessage).toBe(staffGuidance(readAndFile, warwickshire).handleThisMessage);
  });
});
