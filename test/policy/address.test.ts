import { describe, expect, it } from "vitest";
import { addressingOf, apostropheForms, contactKey, listsAddress, normaliseAddress } from "../../src/policy/address";

describe("addresses are normalised once, the same way everywhere", () => {
  it.each([
    ["Pat.O'Brien@Example.ORG", "pat.o'brien@example.org"],
    ['"O\'Brien, Pat" <Pat.O\'Brien@example.org>', "pat.o'brien@example.org"],
    ["  mailto:pat.o'brien@example.org  ", "pat.o'brien@example.org"],
    ["pat.o'brien+opcc@example.org", "pat.o'brien@example.org"],
    ["first.last@example.org.", "first.last@example.org"],
    ["07700 900417", "tel:+447700900417"],
    ["+44 (0)7700-900417".replace("(0)", ""), "tel:+447700900417"],
    ["0044 7700 900417", "tel:+447700900417"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseAddress(input)).toEqual({ ok: true, address: expected });
  });

  // A caseworker's proposal typed in Word or Outlook carries autocorrect's apostrophe: it means the ASCII one.
  it.each([
    ["pat.o’brien@example.org", "pat.o'brien@example.org"],
    ["Pat O’Brien <Pat.O’Brien@Example.org>", "pat.o'brien@example.org"],
    ["pat.o‘brien@example.org", "pat.o'brien@example.org"],
    ["pat.oʼbrien@example.org", "pat.o'brien@example.org"],
    ["pat.o＇brien+opcc@example.org", "pat.o'brien@example.org"],
  ])("reads the typographic apostrophe in %s as the ASCII one", (input, expected) => {
    expect(normaliseAddress(input)).toEqual({ ok: true, address: expected });
    expect(contactKey(input)).toBe(expected);
  });

  it("looks an address up in every apostrophe form, the canonical ASCII one first; one without an apostrophe in its own", () => {
    expect(apostropheForms("pat.o\u2019brien@example.org")).toEqual(["pat.o'brien@example.org", "pat.o\u2019brien@example.org", "pat.o\u2018brien@example.org", "pat.o\u201bbrien@example.org", "pat.o\u02bcbrien@example.org", "pat.o\uff07brien@example.org"]);
    expect(apostropheForms("pat@example.org")).toEqual(["pat@example.org"]);
  });

  it("finds a normalised address in a list stored before apostrophes were folded", () => {
    expect(listsAddress(["pat.o’brien@example.org"], "pat.o'brien@example.org")).toBe(true);
    expect(listsAddress(["pat.obrien@example.org"], "pat.o'brien@example.org")).toBe(false);
  });

  it("keeps dots: first.last and firstlast are different people outside Gmail", () => {
    expect(normaliseAddress("first.last@example.org")).not.toEqual(normaliseAddress("firstlast@example.org"));
  });

  it.each(["pat@", "not an address", "a@b", "two@@example.org", "x@example.org <y@example.org", "12"])(
    "refuses %s with a reason naming it",
    (input) => {
      const result = normaliseAddress(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain(input);
    },
  );

  it("keys a contact from a sender that is not an address by the text as written, so it is still recorded", () => {
    expect(contactKey("Pat.O'Brien+x@Example.org")).toBe("pat.o'brien@example.org");
    expect(contactKey("  /O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=PAT ")).toBe("/o=exchangelabs/ou=exchange administrative group/cn=recipients/cn=pat");
  });

  it("reads how a message is addressed: staff reached (each once), and whether it went to another body", () => {
    const staff = ["opcc.example.gov.uk"];
    expect(addressingOf(["Complaints <complaints@council.example.gov.uk>"], ["Sam.Carter@OPCC.example.gov.uk", "sam.carter+cc@opcc.example.gov.uk"], staff)).toEqual({
      staffContacted: ["sam.carter@opcc.example.gov.uk"],
      addressedToOthers: true,
    });
    expect(addressingOf(["enquiries@opcc.example.gov.uk"], ["mp@parliament.example.uk"], staff)).toEqual({ staffContacted: ["enquiries@opcc.example.gov.uk"], addressedToOthers: false });
    expect(addressingOf(["not an address"], [], staff)).toEqual({ staffContacted: [], addressedToOthers: false });
  });
});
