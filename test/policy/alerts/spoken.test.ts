import { describe, expect, it } from "vitest";
import { SPOKEN_EXAMPLES } from "../../../src/policy/alerts/spoken";
import { alertKinds } from "./kinds";

/** Dialect written as spoken, text-speak and dictation read as the standard words the rules are written in (spoken.ts). */
describe("words written as spoken", () => {
  it.each(SPOKEN_EXAMPLES.alert.map(([kind, text]) => [kind, text]))("raise %s on %j", (kind, text) => {
    expect(alertKinds(text)).toContain(kind);
  });
  it.each(SPOKEN_EXAMPLES.clear.map((text) => [text]))("raise no risk to life or threat to staff on %j", (text) => {
    const kinds = alertKinds(text);
    expect(kinds).not.toContain("risk-to-life");
    expect(kinds).not.toContain("threat-to-staff");
  });
});
