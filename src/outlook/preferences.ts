/**
 * A person's own choices for the add-in, kept where Outlook keeps an add-in's per-user settings
 * (office-js `roamingSettings`: they follow the person across Outlook on the web, Windows and
 * Mac, and are never shared with colleagues). Small values only: Outlook limits the whole set to
 * 32 KB.
 */
export interface Preferences {
  get<T>(key: string): T | undefined;
  /** Saves the value to the mailbox; rejects (and keeps nothing half-saved) when Outlook cannot. */
  set(key: string, value: unknown): Promise<void>;
}

/** Preferences held in memory: tests, and hosts without roaming settings (nothing is kept across sessions). */
export function memoryPreferences(initial: Record<string, unknown> = {}): Preferences {
  const values = new Map(Object.entries(initial));
  return {
    get: <T,>(key: string) => values.get(key) as T | undefined,
    set: async (key, value) => {
      values.set(key, value);
    },
  };
}
