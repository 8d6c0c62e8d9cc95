import type { Actor, ContactStrategy, StrategyCommand } from "../../src/policy/strategy";

/** Small fixture builders: a strategy in any state, and the people who act on it. */
export const caseworker: Actor = { upn: "casey.worker@opcc.example.gov.uk", displayName: "Casey Worker", roles: ["caseworker"] };
export const head: Actor = { upn: "morgan.reid@opcc.example.gov.uk", displayName: "Morgan Reid", roles: ["headOfBusinessServices"] };
export const chief: Actor = { upn: "dana.chief@opcc.example.gov.uk", displayName: "Dana Chief", roles: ["chiefExecutive"] };

export function strategy(overrides: Partial<ContactStrategy> = {}): ContactStrategy {
  return {
    id: "s-1",
    packId: "warwickshire",
    packVersion: "2025 (WPCC4-0060)",
    person: { displayName: "Pat O'Brien" },
    addresses: ["pat.o'brien@example.org"],
    status: "draft",
    categories: ["abusive"],
    reasons: "Repeated abusive emails to staff after a written warning on 2026-09-01.",
    restrictions: [{ kind: "singleChannel", channel: "email" }, { kind: "readAndFile" }],
    allowedChannels: ["email"],
    reasonableAdjustments: { considered: true, notes: "Offered large print and contact through an advocate." },
    criteriaConfirmed: [],
    priorWarning: { kind: "given", on: "2026-09-01" },
    disputes: [],
    history: [],
    ...overrides,
  };
}

export const NOW = "2026-11-25T10:00:00.000Z";

type Cmd<T extends StrategyCommand["type"]> = Extract<StrategyCommand, { type: T }>;
type Extra<T extends StrategyCommand["type"]> = Omit<Cmd<T>, "type" | "by" | "at" | "why"> & { at?: string; why?: string };

export function command<T extends StrategyCommand["type"]>(type: T, by: Actor, extra: Extra<T>): Cmd<T> {
  return { type, by, at: NOW, why: `${type} — recorded reason`, ...extra } as unknown as Cmd<T>;
}
