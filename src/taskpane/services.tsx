import { createContext, useContext, useMemo, type ReactNode } from "react";
import { actorFor } from "../app/actor";
import { readPolicyCopy, type Services } from "../app/services";
import type { Actor } from "../policy/strategy";

const ServicesContext = createContext<Services | undefined>(undefined);

/**
 * The pane's services (store, mailbox, pack, roster, clock), given once at the root and read
 * where needed, so each feature folder (review, letters, approvals) reaches them without
 * threading props through components that do not use them.
 */
export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices() needs a <ServicesProvider> above it.");
  return services;
}

/**
 * Reads the policy copy a citation opens: the services' reader, or, where the pane could not start
 * (no services: the safety check alone), the copy beside the pane read directly — it needs no Microsoft 365.
 */
export function usePolicyCopy(): Services["policyCopy"] {
  return useContext(ServicesContext)?.policyCopy ?? readPolicyCopy;
}

/** The signed-in person with their roles from the office's roster. */
export function useActor(): Actor {
  const { user, roster } = useServices();
  return useMemo(() => actorFor(user, roster), [user, roster]);
}

/** Whether the signed-in person decides strategies (the pack's authoriser) or disputes (its dispute decider). */
export function useDecider(): { authoriser: boolean; disputes: boolean } {
  const { pack } = useServices();
  const actor = useActor();
  return { authoriser: actor.roles.includes(pack.authoriser.role), disputes: Boolean(pack.disputeTo && actor.roles.includes(pack.disputeTo.role)) };
}
