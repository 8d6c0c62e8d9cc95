import { classifierOptions } from "../../../src/policy/classifier/options";
import { describe, expect, it } from "vitest";
import { ALERT_RULES } from "../../../src/policy/alerts/detect";
import { EXAMPLE_STAFF, type AlertRule } from "../../../src/policy/alerts/rule";
import { classify } from "../../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const pack = getPack("warwickshire");
const NOW = "2026-11-25T10:00:00.000Z";
/** New-matter rules run only under a read-and-file restriction, so their examples are judged under one. */
const UNDER_STRATEGY = { restrictions: ["readAndFile" as const], closedMatter: "A 2025 complaint that officers mishandled the investigation of a stolen van." };

function rulesThatFire(body: string, rule: AlertRule): string[] {
  const result = classify(
    { from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body, receivedAt: NOW },
    // The office the examples are written to: its staff by name (EXAMPLE_STAFF), as its configuration lists them.
    classifierOptions(pack, { staffDomains: ["opcc.example.gov.uk"], staffNames: EXAMPLE_STAFF, history: EMPTY_HISTORY, now: NOW, ...(rule.kind === "new-matter" ? { strategy: UNDER_STRATEGY } : {}) }),
  );
  return result.alerts.filter((a) => a.kind === rule.kind).flatMap((a) => a.rules);
}

describe.each(ALERT_RULES.map((r) => [r.id, r] as const))("alert rule %s", (_id, rule) => {
  it.each(rule.examples.match.map((e) => [e]))("raises its alert on %j, naming the rule", (example) => {
    expect(rulesThatFire(example, rule)).toContain(rule.id);
  });

  it.each(rule.examples.notMatch.map((e) => [e]))("does not fire on the look-alike %j", (example) => {
    expect(rulesThatFire(example, rule)).not.toContain(rule.id);
  });
});

describe("the alert rules as a set", () => {
  it("each has a unique id naming its kind, a policy reference to a real section, and examples both ways", () => {
    const policies = join(import.meta.dirname, "../../../../shared/policies");
    const ids = ALERT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALERT_RULES) {
      expect(rule.id.startsWith(`${rule.kind}/`), rule.id).toBe(true);
      const [file, section] = rule.policyRef.split(" §");
      expect(readFileSync(join(policies, file!), "utf8"), rule.policyRef).toContain(section);
      expect(rule.examples.match.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.notMatch.length, rule.id).toBeGreaterThan(0);
      expect(rule.pattern.global, rule.id).toBe(true);
    }
  });
});
