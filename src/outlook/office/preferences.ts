import type { Preferences } from "../preferences";
import { promisify } from "./promisify";

/**
 * Preferences over `Office.context.roamingSettings` (Mailbox 1.1). `set` writes the value and
 * saves the whole set to the mailbox; if the save fails the earlier value is put back, so what
 * the pane shows is what Outlook holds.
 */
export function createRoamingPreferences(office: typeof Office = Office): Preferences {
  const settings = () => office.context.roamingSettings;
  return {
    get: <T,>(key: string) => (settings().get(key) ?? undefined) as T | undefined,
    async set(key, value) {
      const before = settings().get(key) as unknown;
      settings().set(key, value);
      try {
        await promisify<void>((done) => settings().saveAsync(done), "Saving your setting in Outlook");
      } catch (error) {
        if (before === undefined) settings().remove(key);
        else settings().set(key, before);
        throw error;
      }
    },
  };
}
