import { describe, expect, it } from "vitest";
import { CASEY, DEMO_ROSTER, SAM, tokenOf } from "../../dev/demo/people";
import { demoSiteEachTest } from "../fakes/demo-office";
import { readInForceSet } from "../../src/app/strategy/in-force-set";
import { getPack } from "../../src/policy/packs/index";



import { caller } from "./client";

/**
 * T3 probe: AuditTrail is add-only for staff — adding is allowed, with the office's permissions in place. An event whose
 * EventJson does not parse (or has another format number) is added by a caseworker to Pat's trail. approval-terms.test.ts
 * covers nonsense *terms* inside well-formed EventJson ("one event must not blind the flagger"); not EventJson itself.
 */
const pack = getPack("warwickshire");
const demo = demoSiteEachTest();
const { storeOf } = demo;

describe("T3: one unreadable audit event added by a caseworker", () => {
  for (const [name, EventJson] of [["does not parse", "{"], ["has another format", JSON.stringify({ format: 99, event: {} })]] as const) {
    it(`Sam adds an event to Pat's trail whose EventJson ${name}: the in-force read (flagger, inbox rule) must still work, Pat and Jordan in force`, async () => {
      const call = caller(() => demo.emulator, tokenOf(SAM));
      const fields = { EventKey: `junk-${name}`, Target: "strategy:demo-pat-obrien", At: new Date().toISOString(), Action: "propose", By: SAM.upn, Detail: "", EventJson };
      expect((await call("POST", `/sites/${demo.siteId}/lists/AuditTrail/items`, { fields })).status).toBe(201);
      const read = await readInForceSet(storeOf(CASEY), pack, DEMO_ROSTER).then(
        (set) => ({ ok: true as const, addresses: set.inForce.flatMap((e) => e.view.terms.addresses) }),
        (error: unknown) => ({ ok: false as const, error: String(error) }),
      );
      expect(read).toMatchObject({ ok: true, addresses: expect.arrayContaining(["pat.o'brien@example.org", "jordan.blake@example.net"]) });
    });
  }
});
