import { describe, expect, it } from "vitest";
import { LOOK_ALIKE_GUARDS } from "../../../src/policy/alerts/look-alike-guards";
import { alertKinds } from "./kinds";

/** Every look-alike guard's examples (guard.ts): what it must drop raises none of its kinds; what it must keep still alerts. */
describe.each(LOOK_ALIKE_GUARDS.map((guard) => [guard.id, guard] as const))("look-alike guard %s", (_id, guard) => {
  it.each(guard.examples.drop.map((e) => [e]))("raises none of its kinds on %j", (example) => {
    for (const kind of guard.kinds) expect(alertKinds(example)).not.toContain(kind);
  });
  it.each(guard.examples.keep.map(([kind, e]) => [kind, e]))("still raises %s on %j", (kind, example) => {
    expect(alertKinds(example)).toContain(kind);
  });
  it("has an id naming one of its kinds, a policy reference and examples both ways", () => {
    expect(guard.kinds).toContain(guard.id.split("/")[0]);
    expect(guard.policyRef).toMatch(/\.txt §/);
    expect(guard.examples.drop.length).toBeGreaterThan(0);
    expect(guard.examples.keep.length).toBeGreaterThan(0);
  });
});
