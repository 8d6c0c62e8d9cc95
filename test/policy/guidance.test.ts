import { describe, expect, it } from "vitest";
import { staffGuidance } from "../../src/policy/guidance";
import { getPack } from "../../src/policy/packs/index";
import { RESTRICTION_KINDS, type StaffMember } from "../../src/policy/restrictions";
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

/** Active strategy with every kind of restriction but "other" (free words). */
const every = strategy({
  status: "active",
  allowedChannels: ["email", "phone"],
  singlePointOfContact: jane,
  restrictions: [
    { kind: "phoneTimeLimit", minutes: 10 },
    { kind: "singleChannel", channel: "email" },
    { kind: "dedicatedAddress", address: "pat.cases@opcc.example.gov.uk", divertToFolder: "Pat" },
    { kind: "blockedAddress", address: "pat@example.org" },
    { kind: "advocateOnly", advocateName: "Ann Advocate" },
    { kind: "singlePointOfContact", spoc: jane },
    { kind: "readAndFile" },
    { kind: "noReopeningClosedCase", caseReference: "C-1" },
  ],
});

describe("staffGuidance under an active strategy", () => {
  it("says the single point of contact and the one allowed channel in what staff may and may not do, each citing its paragraph", () => {
    const { may, mayNot } = staffGuidance(restricted, warwickshire);
    expect(may).toContain("Single point of contact (SPOC): Pass the contact to the single point of contact. (warwickshire-managing-public-contact-policy.txt §7)");
    expect(may).toContain("Reply to Pat O'Brien by email only. (warwickshire-managing-public-contact-policy.txt §7)");
    expect(mayNot).toContain("Reply by any other channel than email. (warwickshire-managing-public-contact-policy.txt §7)");
    expect(mayNot).toContain("Single point of contact (SPOC): Reply yourself unless you are the single point of contact. (warwickshire-managing-public-contact-policy.txt §7)");
    // The banner names the single point of contact once, on its own line: the guidance refers to them by role.
    expect([...may, ...mayNot, staffGuidance(restricted, warwickshire).handleThisMessage].join("\n")).not.toContain("Jane Smith");
  });

  it("never puts a prohibition under “You may”, for any restriction in either pack, and cites a paragraph on every line", () => {
    for (const pack of [warwickshire, gwent]) {
      const { may, mayNot } = staffGuidance({ ...every, packId: pack.id }, pack);
      for (const line of may) expect(line, `${pack.id}: “${line}” is under You may`).not.toMatch(/\b(do not|don['’]t|never|must not|may not|not the)\b/i);
      const listed = (line: string) => !line.includes("not an option in the");
      for (const line of [...may, ...mayNot].filter(listed)) expect(line, `${pack.id}: “${line}” cites no paragraph`).toMatch(/\(\S+\.txt §[\d.]+\)\.?$/);
      expect(mayNot.length).toBeGreaterThan(3);
    }
  });

  it("gives phone guidance only where calls are part of the strategy", () => {
    const emailOnly = staffGuidance(restricted, warwickshire);
    expect([...emailOnly.may, ...emailOnly.mayNot].join("\n")).not.toMatch(/call/i);
    const phoneToo = staffGuidance({ ...restricted, allowedChannels: ["email", "phone"] }, warwickshire);
    expect(phoneToo.may.some((line) => line.includes("disengage") || line.includes("end the call") || line.includes("hang up"))).toBe(true);
  });

  it("tells staff to read, check and file the message, naming who replies and how, with Warwickshire's 7.2 checks", () => {
    const { handleThisMessage } = staffGuidance(restricted, warwickshire);
    expect(handleThisMessage).toMatch(/^Read it and check for new information/);
    expect(handleThisMessage).toContain("file it without reply unless it raises something new");
    expect(handleThisMessage).toContain("criminal matters or safeguarding");
    expect(handleThisMessage).toContain("Any reply comes from the single point of contact.");
    expect(handleThisMessage).toContain("by email only");
    expect(handleThisMessage).toContain("warwickshire-managing-public-contact-policy.txt §7.2");
  });

  it("uses Gwent's wording and paragraph for the same strategy", () => {
    const { handleThisMessage, mayNot } = staffGuidance({ ...restricted, packId: "gwent" }, gwent);
    expect(handleThisMessage).toContain("gwent-managing-customer-contact-policy.txt §8.0");
    expect(handleThisMessage).not.toContain("safeguarding");
    expect(mayNot.join("\n")).toContain("the customer may still contact the office about other matters");
  });

  it("cites each restriction's paragraph and, where calls are allowed, reminds staff they may end an abusive call", () => {
    const { may, mayNot } = staffGuidance({ ...restricted, allowedChannels: ["email", "phone"] }, gwent);
    expect(may).toContain("One specific point of contact: Pass the contact to the single point of contact. (gwent-managing-customer-contact-policy.txt §8.0)");
    expect(mayNot).toContain("One specific point of contact: Reply yourself unless you are the single point of contact. (gwent-managing-customer-contact-policy.txt §8.0)");
    expect(may.some((line) => line.includes("end the call") && line.includes("§7.0"))).toBe(true);
  });

  it("puts the phone time limit's minutes into the guidance", () => {
    const { may, mayNot } = staffGuidance(strategy({ status: "active", restrictions: [{ kind: "phoneTimeLimit", minutes: 15 }] }), warwickshire);
    expect(may).toContain("End a call with Pat O'Brien politely once it reaches 15 minutes. (warwickshire-managing-public-contact-policy.txt §7)");
    expect(mayNot).toContain("Let a call with Pat O'Brien run past 15 minutes. (warwickshire-managing-public-contact-policy.txt §7)");
  });

  it("without read-and-file, a message goes to the SPOC rather than being answered", () => {
    const spocOnly = strategy({ status: "active", restrictions: [{ kind: "singlePointOfContact", spoc: jane }] });
    expect(staffGuidance(spocOnly, warwickshire).handleThisMessage).toBe("Pass it to the single point of contact; do not reply yourself.");
  });

  it("forbids replies to a blocked address and re-opening the named case", () => {
    const s = strategy({
      status: "underReview",
      restrictions: [{ kind: "blockedAddress", address: "pat@example.org" }, { kind: "noReopeningClosedCase", caseReference: "C-2291" }],
    });
    const { mayNot } = staffGuidance(s, warwickshire);
    expect(mayNot).toContain("Reply to pat@example.org: it is blocked. (warwickshire-managing-public-contact-policy.txt §7)");
    // Warwickshire lists no "no re-opening" option: still shown, marked as not from its policy.
    expect(mayNot).toContain("Re-open case C-2291 on demand. (not an option in the OPCC Warwickshire policy; check with the Head of Business Services and Assurance)");
  });

  it("flags a restriction the office's policy does not list instead of dropping it", () => {
    const s = strategy({ status: "active", restrictions: [{ kind: "blockedAddress", address: "pat@example.org" }] });
    expect(staffGuidance(s, gwent).mayNot[0]).toBe("Reply to pat@example.org: it is blocked. (not an option in the OPCC Gwent policy; check with the Chief Executive)");
  });

  it("shows a restriction the policy does not list in its plain words, never its code, and its prohibition under “may not” only (T7 #9)", () => {
    // The README's walkthrough: Jordan Blake, read and file and case OPCC/2025/0933 closed, under Warwickshire (which lists no "no re-opening").
    const jordan = strategy({ status: "active", restrictions: [{ kind: "readAndFile" }, { kind: "noReopeningClosedCase", caseReference: "OPCC/2025/0933" }] });
    for (const alerts of [undefined, { checked: true, titles: ["Possible risk to life"] }] as const) {
      const { may, mayNot } = staffGuidance(jordan, warwickshire, alerts);
      expect(may.join("\n")).not.toMatch(/not an option|re-open/i);
      expect(mayNot).toContain("Re-open case OPCC/2025/0933 on demand. (not an option in the OPCC Warwickshire policy; check with the Head of Business Services and Assurance)");
    }
    // No restriction's code on any line, for every kind, in either pack ("other" is also a word).
    const codes = RESTRICTION_KINDS.filter((k) => k !== "other");
    for (const pack of [warwickshire, gwent]) {
      const { may, mayNot, handleThisMessage } = staffGuidance({ ...every, restrictions: [...every.restrictions, { kind: "other", description: "Visits to the office by appointment." }], packId: pack.id }, pack);
      for (const line of [...may, ...mayNot, handleThisMessage]) for (const code of codes) expect(line, `${pack.id}: “${line}”`).not.toContain(code);
    }
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
      "Act on the alert above (Possible risk to life) first. The contact strategy does not change this (warwickshire-managing-public-contact-policy.txt §7.2). Tell the single point of contact as well.",
    );
    expect([...g.may, ...g.mayNot, g.handleThisMessage].join("\n")).not.toMatch(/file it without reply|raises nothing new/);
    expect(g.may).toContain("Read, but no action taken: not for this message, which raises an alert that comes first (warwickshire-managing-public-contact-policy.txt §7.2).");
  });

  it("where a threat to staff names the single point of contact, does not tell staff to pass it to them, and says the duty manager decides (T7 #11)", () => {
    const sam: StaffMember = { upn: "sam.carter@opcc.example.gov.uk", displayName: "Sam Carter" };
    const pat = strategy({ status: "active", restrictions: [{ kind: "singlePointOfContact", spoc: sam }, { kind: "readAndFile" }], singlePointOfContact: sam });
    const threatening = "T7 Sam\nSam Carter is a liar. I'm going to smash his face in next time I see him at the office.";
    const g = staffGuidance(pat, warwickshire, { checked: true, titles: ["Threat to a member of staff"], threatening });
    expect(g.handleThisMessage).not.toContain("Tell the single point of contact as well");
    expect(g.handleThisMessage).toContain(
      "This threat names the single point of contact, who may be the person threatened: do not pass it to them as routine. The duty manager decides who handles Pat O'Brien's contact meanwhile (warwickshire-managing-public-contact-policy.txt §6).",
    );
    expect(staffGuidance({ ...pat, packId: "gwent" }, gwent, { checked: true, titles: ["Threat to a member of staff"], threatening }).handleThisMessage).toMatch(/The duty manager decides .*\(gwent-managing-customer-contact-policy\.txt §7\.0\)\.$/);
    // A threat to someone else (or a surname inside another word) still tells the single point of contact.
    for (const other of ["Jo Smith is a liar. I'm going to smash her face in.", "Mr Cartersson will regret this."]) {
      expect(staffGuidance(pat, warwickshire, { checked: true, titles: ["Threat to a member of staff"], threatening: other }).handleThisMessage).toMatch(/Tell the single point of contact as well\.$/);
    }
  });

  it("with no alert, the read-and-file line stays and says the check can miss one, so staff read for it themselves", () => {
    for (const pack of [warwickshire, gwent]) {
      const line = staffGuidance(readAndFile, pack, { checked: true, titles: [] }).handleThisMessage;
      expect(line.startsWith(staffGuidance(readAndFile, pack).handleThisMessage)).toBe(true);
      expect(line).toMatch(/No alert was raised, but the automatic check can miss one: read it yourself for a risk to life, a threat to staff, a safeguarding matter or a crime before filing it/);
    }
    // Not said before the check has run, nor where no alerts were asked about.
    expect(staffGuidance(readAndFile, gwent).handleThisMessage).not.toMatch(/No alert was raised/);
  });
});
