import { describe, expect, it } from "vitest";
import { CASEY_ID, MORGAN_ID, ROSTER, proposal, recorded } from "../builders/evidence";
import { strategy } from "../builders/strategy";
import { inForceView } from "../../src/policy/in-force";
import { getPack } from "../../src/policy/packs/index";
import type { Identity } from "../../src/policy/decision";

/**
 * T3 probe: four-eyes asks that "someone other than the approver" proposed the terms. The store reads an app-only
 * writer (the flagger / scheduled jobs' daemon, src/store/sharepoint/list-client.ts identityOf) as an Identity with
 * only the app's id — which no roster lists for a role, but which four-eyes takes as a second person. Whoever holds the
 * daemon's credential (Sites.ReadWrite.All) proposes as "the app", and the authoriser's approval of it counts.
 */
const pack = getPack("warwickshire");
const DAEMON: Identity = { id: "4d1f0c52-daemon-app-id", displayName: "Contact Strategy Manager daemon" };

describe("T3: an application is not a second person", () => {
  it("Casey proposes; the daemon app records a change adding an address; Morgan approves the changed terms: the added address must not be in force", () => {
    const proposed = strategy({ id: "s-1", status: "proposed" });
    const widened = strategy({ id: "s-1", status: "proposed", addresses: [...proposed.addresses, "attacker@example.net"] });
    const view = inForceView(
      widened,
      {
        proposals: [proposal(CASEY_ID, "2026-12-03T10:00:00.000Z", proposed), proposal(DAEMON, "2026-12-03T11:00:00.000Z", widened, "change")],
        decisions: [recorded("approve", MORGAN_ID, widened, { recordedAt: "2026-12-03T12:00:00.000Z" })],
      },
      pack,
      ROSTER,
    );
    expect(view.inForce && view.terms.addresses.includes("attacker@example.net")).toBe(false);
  });
});
