import { describe, expect, it } from "vitest";
import { alertGuidanceFor, defaultAlertGuidance, DEFAULT_REF } from "../../../src/policy/alerts/guidance";
import { ALERT_KINDS } from "../../../src/policy/alerts/types";
import { getPack, InvalidPackError, loadPack } from "../../../src/policy/packs/index";

const W = "warwickshire-managing-public-contact-policy.txt";
const G = "gwent-managing-customer-contact-policy.txt";

describe("what to do now for an alert, in the pack's words", () => {
  it("Warwickshire words every kind, each step citing its section, and says the strategy does not change it (7.2)", () => {
    const pack = getPack("warwickshire");
    for (const kind of ALERT_KINDS) {
      const g = alertGuidanceFor(pack, kind);
      expect(g.isDefault, kind).toBe(false);
      for (const step of g.steps) expect(step.policyRef, `${kind}: ${step.text}`).toMatch(new RegExp(`^${W} §\\d`));
      expect(g.strategyNote).toContain(`${W} §7.2`);
    }
    const threat = alertGuidanceFor(pack, "threat-to-staff");
    expect(threat.steps.map((s) => s.text).join(" ")).toMatch(/police/);
    expect(threat.steps.find((s) => /police/.test(s.text))?.policyRef).toBe(`${W} §6`);
    expect(alertGuidanceFor(pack, "risk-to-life").steps[0]!.text).toMatch(/999/);
  });

  it("Gwent words threats and new matters from its policy; the police step its policy lacks is shown uncited, not given a false citation", () => {
    const pack = getPack("gwent");
    const threat = alertGuidanceFor(pack, "threat-to-staff");
    expect(threat.isDefault).toBe(false);
    expect(threat.steps[0]!.policyRef).toBe(`${G} §7.0`);
    expect(threat.steps.find((s) => /police/.test(s.text))?.policyRef).toBe("not in the OPCC Gwent policy text");
    expect(alertGuidanceFor(pack, "new-matter").steps[0]!.policyRef).toBe(`${G} §8.0`);
  });

  it("a kind the pack does not word gets the clear default, marked as the product's and not the policy's", () => {
    const g = alertGuidanceFor(getPack("gwent"), "risk-to-life");
    expect(g).toEqual(defaultAlertGuidance("risk-to-life"));
    expect(g.isDefault).toBe(true);
    expect(g.steps[0]!.text).toMatch(/call 999/);
    for (const step of g.steps) expect(step.policyRef).toBe(DEFAULT_REF);
    expect(g.strategyNote).toMatch(/contact strategy does not change this/);
  });

  it("a pack written before alerts still loads, and every alert it meets uses the default", () => {
    const { alerts: _alerts, ...older } = getPack("warwickshire");
    const pack = loadPack(older);
    for (const kind of ALERT_KINDS) expect(alertGuidanceFor(pack, kind).isDefault).toBe(true);
  });

  it("refuses a pack that words one kind twice, or names a kind that does not exist", () => {
    const pack = getPack("warwickshire");
    const twice = { ...pack, alerts: { guidance: [pack.alerts!.guidance[0]!, pack.alerts!.guidance[0]!] } };
    expect(() => loadPack(twice)).toThrow(InvalidPackError);
    expect(() => loadPack(twice)).toThrow(/alerts\.guidance\.1\.kind: Duplicate alert kind "risk-to-life"/);
    const unknown = { ...pack, alerts: { guidance: [{ ...pack.alerts!.guidance[0]!, kind: "weather" }] } };
    expect(() => loadPack(unknown)).toThrow(/alerts\.guidance\.0\.kind/);
    const empty = { ...pack, alerts: { guidance: [{ kind: "crime", title: "Crime", steps: [] }] } };
    expect(() => loadPack(empty)).toThrow(/alerts\.guidance\.0\.steps/);
  });
});
