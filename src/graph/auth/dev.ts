import type { TokenProvider } from "../middleware/auth";

/** The local emulator's fixed bearer token. Never used against a real tenant (config refuses it). */
export function devTokenProvider(token: string): TokenProvider {
  return { getToken: async () => token };
}
