import { normaliseEmail } from "../../policy/address";
import type { GuardedStrategy } from "../../policy/compose-guard";
import type { IsoInstant } from "../../policy/strategy";

/** One strategy in force: the terms the guard checks, and the addresses those terms cover. */
export interface InForceEntry {
  terms: GuardedStrategy;
  addresses: readonly string[];
}

/**
 * The compose guard's index: normalised email address → the strategy in force covering it,
 * with the terms the guard checks. Small on purpose — only strategies in force, only email
 * addresses — so it fits the event runtime's storage (OfficeRuntime.storage: 10 MB per
 * domain) and answers a recipient in a map lookup. Built from the in-force view
 * (in-force-source.ts), never from StrategyAddresses' copies of status.
 */
export interface GuardIndexData {
  version: 1;
  builtAt: IsoInstant;
  strategies: GuardedStrategy[];
  /** [address, index into strategies]; an address two strategies share appears twice. */
  addresses: Array<[string, number]>;
}

export class GuardIndex {
  private readonly byAddress = new Map<string, GuardedStrategy[]>();

  private constructor(private readonly data: GuardIndexData) {
    for (const [address, at] of data.addresses) {
      const strategy = data.strategies[at];
      if (!strategy) continue;
      const list = this.byAddress.get(address);
      if (list) list.push(strategy);
      else this.byAddress.set(address, [strategy]);
    }
  }

  static build(inForce: readonly InForceEntry[], builtAt: IsoInstant): GuardIndex {
    const addresses: Array<[string, number]> = [];
    inForce.forEach(({ addresses: written }, at) => {
      for (const address of written) {
        const result = normaliseEmail(address);
        // Telephone numbers and malformed entries cannot be written to: the guard has no use for them.
        if (result.ok) addresses.push([result.address, at]);
      }
    });
    return new GuardIndex({ version: 1, builtAt, strategies: inForce.map((e) => e.terms), addresses });
  }

  /** From storage; undefined when the text is not an index this version wrote (then it is rebuilt). */
  static parse(text: string | null | undefined): GuardIndex | undefined {
    if (!text) return undefined;
    try {
      const data = JSON.parse(text) as Partial<GuardIndexData>;
      if (data.version !== 1 || typeof data.builtAt !== "string" || !Array.isArray(data.strategies) || !Array.isArray(data.addresses)) return undefined;
      return new GuardIndex(data as GuardIndexData);
    } catch {
      return undefined;
    }
  }

  /** Strategies in force covering a normalised address (usually none, at most one). */
  lookup(normalisedAddress: string): readonly GuardedStrategy[] {
    return this.byAddress.get(normalisedAddress) ?? [];
  }

  get builtAt(): IsoInstant {
    return this.data.builtAt;
  }

  get size(): number {
    return this.byAddress.size;
  }

  serialise(): string {
    return JSON.stringify(this.data);
  }
}
