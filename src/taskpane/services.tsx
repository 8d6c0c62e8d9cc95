import { createContext, useContext, type ReactNode } from "react";
import type { Services } from "../app/services";

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
