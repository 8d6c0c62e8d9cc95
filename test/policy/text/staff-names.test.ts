import { describe, expect, it } from "vitest";
import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { NO_STAFF_NAMES, staffNamedIn, staffNames } from "../../../src/policy/text/staff-names";

const pack = getPack("warwickshire");
const NOW = "2026-11-25T10:00:00.000Z";

/** The alert kinds raised on a message to an office whose staff are `names` (none configured when absent). */
function alertsOn(body: string, names?: readonly string[]): string[] {
  const result = classify(
    { from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body, receivedAt: NOW },
    classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], ...(names ? { staffNames: names } : {}), history: EMPTY_HISTORY, now: NOW }),
  );
  return result.alerts.map((a) => a.kind);
}

describe("staffNames: the forms a message names the office's staff by", () => {
  it("reads full names, titles with the surname, and first names and surnames alone", () => {
    const names = staffNames(["Priya Shah", "Tomasz Nowak"]);
    const named = (text: string) => staffNamedIn(names).test(text);
    for (const text of ["Dear Priya Shah", "priya", "Ms Shah said", "mr nowak", "Tomasz's car", "ask Dr Shah"]) expect(named(text), text).toBe(true);
    for (const text of ["Priyanka", "shahs", "Mr Jones", "my neighbour Gareth"]) expect(named(text), text).toBe(false);
  });

  it("never reads an everyday word alone as a name ('you will', 'young people'), only with the rest of the name", () => {
    const names = staffNames(["Will Young", "Casey Worker"]);
    const named = (text: string) => staffNamedIn(names).test(text);
    for (const text of ["you will regret", "young people", "a case worker", "Casey"]) expect(named(text), text).toBe(text === "Casey");
    for (const text of ["Will Young", "Mr Young", "Ms Worker", "Casey Worker"]) expect(named(text), text).toBe(true);
  });

  it("is worked out once per distinct list: the same object for the same names in any order, case or copy", () => {
    expect(staffNames(["Priya Shah", "Tomasz Nowak"])).toBe(staffNames(["tomasz nowak", " Priya  Shah "]));
    expect(staffNames([])).toBe(NO_STAFF_NAMES);
    expect(staffNames(undefined)).toBe(NO_STAFF_NAMES);
    // No names known: anyone named by title is read as staff, and no one by a bare name.
    expect(NO_STAFF_NAMES.bareAlt).toBe("");
    for (const text of ["Ms Okafor", "mr o'brien", "Dr Lewis-Jones"]) expect(staffNamedIn(NO_STAFF_NAMES).test(text), text).toBe(true);
    for (const text of ["Priya", "Gareth Lewis", "Mrs", "my neighbour"]) expect(staffNamedIn(NO_STAFF_NAMES).test(text), text).toBe(false);
  });

  it("reads a name with an apostrophe or an accent as written, and escapes what a pattern would misread", () => {
    const names = staffNames(["Siobhán O'Brien", "A.J. (Sam) Carter"]);
    const named = (text: string) => staffNamedIn(names).test(text);
    expect(named("tell siobhán")).toBe(true);
    expect(named("Ms O’Brien")).toBe(true);
    expect(named("ms obrien")).toBe(true);
    expect(() => staffNamedIn(names)).not.toThrow();
  });
});

describe("threats to staff read the office's own names, not a fixed four", () => {
  const OFFICE = ["Priya Shah", "Tomasz Nowak"];
  it.each([
    "I'll be waiting for Priya Shah outside the back entrance tonight.",
    "Priya Shah is going to get hurt if she carries on like this.",
    "I'll batter Priya when I see her.",
    "I'll make Tomasz pay for this.",
  ])("alerts on %j when the office's staff include Priya Shah and Tomasz Nowak, and not when no names are configured", (body) => {
    expect(alertsOn(body, OFFICE)).toContain("threat-to-staff");
    expect(alertsOn(body)).not.toContain("threat-to-staff");
  });

  it.each([
    "Ms Shah cycles to work along the canal path doesn't she. Lonely stretch.",
    "Mrs Okafor does the school run at 8.40. Small car. Easy to spot.",
    "I drove past Mr Reid's house last night. Lights were on. Nice big window at the front.",
  ])("with no names configured (the default), reads someone named by title as staff: %j", (body) => {
    expect(alertsOn(body)).toContain("threat-to-staff");
  });

  it.each([
    "I'll be waiting for Gareth Lewis outside the back entrance tonight.",
    "My neighbour Gareth is going to get hurt on that ladder one day.",
    "Ms Lewis cycles to work along the canal path doesn't she. Lonely stretch.",
  ])("does not take a name the office does not employ for staff: %j", (body) => {
    expect(alertsOn(body, OFFICE)).not.toContain("threat-to-staff");
  });

  it("reads the corpora's four only when an office names them", () => {
    const body = "Casey Worker is going to get hurt if she carries on like this.";
    expect(alertsOn(body, ["Casey Worker"])).toContain("threat-to-staff");
    expect(alertsOn(body, OFFICE)).not.toContain("threat-to-staff");
  });

  it("still reads roles and 'you' with no names configured", () => {
    expect(alertsOn("Your caseworker is going to get hurt if she carries on like this.")).toContain("threat-to-staff");
    expect(alertsOn("I will put my fist through your face next time I see you.")).toContain("threat-to-staff");
  });
});
