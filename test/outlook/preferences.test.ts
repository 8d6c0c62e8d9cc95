import { describe, expect, it } from "vitest";
import { createRoamingPreferences } from "../../src/outlook/office/preferences";

/** Outlook's roaming settings as office-js gives them: set/remove in memory, saveAsync to the mailbox. */
function roaming(saves: "succeed" | "fail") {
  const values = new Map<string, unknown>();
  const saved: Array<Record<string, unknown>> = [];
  const settings = {
    get: (k: string) => values.get(k),
    set: (k: string, v: unknown) => void values.set(k, v),
    remove: (k: string) => void values.delete(k),
    saveAsync: (callback: (r: unknown) => void) => {
      if (saves === "succeed") saved.push(Object.fromEntries(values));
      callback(saves === "succeed" ? { status: "succeeded", value: undefined } : { status: "failed", error: { name: "GenericResponseError", code: 9020, message: "The mailbox could not be reached." } });
    },
  };
  return { office: { context: { roamingSettings: settings } } as unknown as typeof Office, saved };
}

describe("a person's preferences in Outlook's roaming settings", () => {
  it("saves the value to the mailbox and reads it back", async () => {
    const { office, saved } = roaming("succeed");
    const prefs = createRoamingPreferences(office);
    await prefs.set("csm.inboxRule", { on: true });
    expect(prefs.get("csm.inboxRule")).toEqual({ on: true });
    expect(saved).toEqual([{ "csm.inboxRule": { on: true } }]);
  });

  it("when Outlook cannot save, says so and keeps the earlier value, so the pane never shows a choice Outlook does not hold", async () => {
    const { office } = roaming("fail");
    const prefs = createRoamingPreferences(office);
    await expect(prefs.set("csm.inboxRule", { on: true })).rejects.toThrow(/Saving your setting in Outlook: The mailbox could not be reached/);
    expect(prefs.get("csm.inboxRule")).toBeUndefined();
  });
});
