import { describe, expect, it } from "vitest";
import { nameOfAddress, personName, recipientOf, staffNamesFor } from "../../src/app/staff-names";

const DOMAINS = ["opcc.example.gov.uk"];

describe("the office's staff by name for one message (staffNamesFor)", () => {
  it("lists the configured names, then the staff recipients' display names, then the reader's", () => {
    const to = [
      { displayName: "Priya Shah", emailAddress: "Priya.Shah@opcc.example.gov.uk" },
      { displayName: "Gareth Lewis", emailAddress: "gareth@example.org" },
    ];
    const cc = [{ displayName: "Nowak, Tomasz (OPCC)", emailAddress: "tomasz.nowak@opcc.example.gov.uk" }];
    expect(staffNamesFor(["Niamh Byrne"], [...to, ...cc], DOMAINS, "Adaeze Okafor")).toEqual(["Niamh Byrne", "Priya Shah", "Tomasz Nowak", "Adaeze Okafor"]);
  });

  it("leaves out shared mailboxes, addresses shown as names, single words and people outside the staff domains", () => {
    const to = [
      { displayName: "OPCC Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" },
      { displayName: "enquiries@opcc.example.gov.uk", emailAddress: "enquiries@opcc.example.gov.uk" },
      { displayName: "Complaints Team", emailAddress: "complaints@opcc.example.gov.uk" },
      { displayName: "Casework", emailAddress: "casework@opcc.example.gov.uk" },
      { displayName: "Gareth Lewis", emailAddress: "gareth@example.org" },
    ];
    expect(staffNamesFor([], to, DOMAINS)).toEqual([]);
  });

  it("reads a staff recipient with no display name by an address of the form first.last@ (an export, a CLI line)", () => {
    const to = [recipientOf("casey.worker@opcc.example.gov.uk"), recipientOf('"Reid, Morgan" <m.reid@opcc.example.gov.uk>'), recipientOf("enquiries@opcc.example.gov.uk"), recipientOf("gareth.lewis@example.org")];
    expect(staffNamesFor([], to, DOMAINS)).toEqual(["Casey Worker", "Morgan Reid"]);
    expect(nameOfAddress("sam_carter@opcc.example.gov.uk")).toBe("Sam Carter");
    for (const address of ["complaints.team@opcc.example.gov.uk", "c.worker@opcc.example.gov.uk", "cw@opcc.example.gov.uk", "info.2024@opcc.example.gov.uk"]) expect(nameOfAddress(address), address).toBeUndefined();
  });

  it("reads a display name as a person's name, or as none", () => {
    expect(personName("Shah, Priya")).toBe("Priya Shah");
    expect(personName("Siobhán O'Brien [Casework]")).toBe("Siobhán O'Brien");
    expect(personName("Office of the Police and Crime Commissioner")).toBeUndefined();
    expect(personName("")).toBeUndefined();
  });
});
