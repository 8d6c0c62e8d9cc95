import { describe, expect, it } from "vitest";
import { actorFor } from "../../src/app/actor";
import { checkRecipients, NOTICE_KEY } from "../../src/app/compose/guard";
import { strategiesInForce } from "../../src/app/compose/in-force-source";
import { GuardIndexCache } from "../../src/app/compose/index-cache";
import { checkSender } from "../../src/app/sender-check";
import { propose, proposeChange, saveDraft } from "../../src/app/strategy/actions";
import { strategyAddressProblem } from "../../src/policy/address";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import { createMemoryStore } from "../../src/store/memory/store";
import { createSenderIndex } from "../../src/store/sender-index";
import { approveIn, CASEY_ID, ROSTER } from "../builders/evidence";
import { strategy } from "../builders/strategy";
import { ruleSources } from "../../src/flagger/rules/sources";
import type { InForceSet } from "../../src/app/strategy/in-force-set";
import { FakeComposeItem } from "../fakes/compose";
import { readItem } from "../fakes/mailbox";

// T7 #14: a strategy listing the office's own addresses labelled a colleague's mail "read and file".
const OFFICE = ["opcc.example.gov.uk"];
const casey = actorFor({ emailAddress: CASEY_ID.upn!, displayName: CASEY_ID.displayName }, ROSTER);
const T = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, minute)).toISOString();

describe("addresses a contact strategy may list", () => {
  it("refuses the office's own addresses and wildcards, with a reason; a member of the public's address and a phone pass", () => {
    expect(strategyAddressProblem("enquiries@opcc.example.gov.uk", OFFICE)).toMatch(/one of the office's own addresses/);
    expect(strategyAddressProblem("Casey Worker <Casey.Worker@OPCC.example.gov.uk>", OFFICE)).toMatch(/office's own/);
    expect(strategyAddressProblem("*@example.co.uk", OFFICE)).toMatch(/not a single address/);
    expect(strategyAddressProblem("chris.patel@example.co.uk", OFFICE)).toBeUndefined();
    expect(strategyAddressProblem("07700 900417", OFFICE)).toBeUndefined();
  });

  it("the proposal is refused, and saves nothing, when it lists a colleague's address or a wildcard", async () => {
    for (const bad of ["casey.worker@opcc.example.gov.uk", "*@example.co.uk"]) {
      const store = createMemoryStore(CASEY_ID);
      const draft = await saveDraft(store, strategy({ id: "chris", addresses: ["chris.patel@example.co.uk", bad] }), undefined, casey, T(0));
      const result = await propose(store, pack, draft, casey, "Abuse continued.", T(1), OFFICE);
      expect(result).toMatchObject({ ok: false, code: "addressNotAllowed" });
      expect((await store.getStrategy("chris"))!.value.status).toBe("draft");
    }
  });

  it("adding the shared inbox to a strategy in force is refused", async () => {
    const store = createMemoryStore(CASEY_ID);
    await approveIn(store, strategy({ id: "pat", status: "active", reviewDate: "2027-03-31", restrictions: [{ kind: "readAndFile" }] }));
    const current = (await store.getStrategy("pat"))!;
    const changed = { ...current.value, addresses: [...current.value.addresses, "enquiries@opcc.example.gov.uk"] };
    expect(await proposeChange(store, pack, current, changed, casey, "Writes from here.", T(5), ROSTER, OFFICE)).toMatchObject({ ok: false, code: "addressNotAllowed", message: expect.stringMatching(/enquiries@opcc\.example\.gov\.uk is one of the office's own addresses/) });
  });
});

describe("a strategy on record that lists a colleague's address (made before the refusal) is never applied to staff", async () => {
  const colleague = "casey.worker@opcc.example.gov.uk";
  const store = createMemoryStore(CASEY_ID);
  await approveIn(store, strategy({ id: "chris", status: "active", reviewDate: "2027-03-31", person: { displayName: "Chris Patel" }, addresses: ["chris.patel@example.co.uk", colleague], restrictions: [{ kind: "readAndFile" }] }));
  const index = createSenderIndex(store);
  await index.refresh();

  it("the pane and the flagger: a colleague's message is not shown as under Chris Patel's strategy", async () => {
    const from = { displayName: "Casey Worker", emailAddress: "Casey.Worker@opcc.example.gov.uk" };
    const ctx = { index, store, pack, roster: ROSTER };
    expect(await checkSender(readItem({ from, sender: from }), ctx)).toMatchObject({ kind: "strategy", inForce: true }); // without the office's domains, as before
    expect(await checkSender(readItem({ from, sender: from }), { ...ctx, staffDomains: OFFICE })).toMatchObject({ kind: "none" });
  });

  it("the compose guard: writing to the colleague shows no strategy notice", async () => {
    const cache = new GuardIndexCache({ load: () => strategiesInForce(store, pack, ROSTER), now: () => new Date("2026-11-25T10:00:00Z"), maxAgeMs: 300_000 });
    const item = new FakeComposeItem([colleague]);
    await checkRecipients(item, { pack, writer: "morgan.reid@opcc.example.gov.uk", staffDomains: OFFICE, now: () => new Date("2026-11-25T10:00:00Z"), index: (w) => cache.get(w) }, 1000);
    expect(item.notifications.has(NOTICE_KEY)).toBe(false);
  });
});

describe("Inbox rules never mark a colleague's mail", () => {
  it("a strategy on record listing the shared inbox gives no rule for it", () => {
    const set = { inForce: [{ strategy: strategy({ id: "chris", restrictions: [{ kind: "readAndFile" }] }), addresses: ["chris.patel@example.co.uk", "enquiries@opcc.example.gov.uk"] }], inDoubt: [], read: [] } as unknown as InForceSet;
    expect(ruleSources(set, OFFICE).map((s) => s.address)).toEqual(["chris.patel@example.co.uk"]);
  });
});
