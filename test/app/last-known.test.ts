import { describe, expect, it } from "vitest";
import { ageWords, createLastKnownStore, lastKnownNotification } from "../../src/app/last-known";
import { strategy } from "../builders/strategy";

const PAT = "pat.o'brien@example.org";
const AT = new Date("2026-12-02T10:00:00Z");

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe("what the pane last knew of a sender under a strategy", () => {
  it("survives a restart (kept in storage) with its age, and is forgotten when a check finds no strategy in force", () => {
    const storage = memoryStorage();
    createLastKnownStore(storage, () => AT).remember([PAT], strategy(), AT);
    const later = createLastKnownStore(storage, () => new Date(AT.getTime() + 3 * 3_600_000));
    const entry = later.get(PAT);
    expect(entry).toMatchObject({ knownAt: AT.toISOString() });
    expect(entry!.personName).toBe(strategy().person.displayName);
    expect(lastKnownNotification(entry!, new Date(AT.getTime() + 3 * 3_600_000))).toMatch(/^Could not check now; as last known \(3 hours ago\) a contact strategy is in force for /);
    later.forget([PAT]);
    expect(createLastKnownStore(storage).get(PAT)).toBeUndefined();
  });

  it("drops what is more than a month old, and works in memory when storage is refused or holds rubbish", () => {
    const storage = memoryStorage();
    createLastKnownStore(storage, () => AT).remember([PAT], strategy(), AT);
    expect(createLastKnownStore(storage, () => new Date(AT.getTime() + 40 * 86_400_000)).get(PAT)).toBeUndefined();
    const refusing = { getItem: () => "{not json", setItem: () => { throw new Error("QuotaExceededError"); } };
    const store = createLastKnownStore(refusing, () => AT);
    store.remember([PAT], strategy(), AT);
    expect(store.get(PAT)?.knownAt).toBe(AT.toISOString());
  });

  it("says its age in words", () => {
    expect(ageWords(AT.toISOString(), new Date(AT.getTime() + 20_000))).toBe("just now");
    expect(ageWords(AT.toISOString(), new Date(AT.getTime() + 60_000))).toBe("1 minute ago");
    expect(ageWords(AT.toISOString(), new Date(AT.getTime() + 3 * 86_400_000))).toBe("3 days ago");
  });
});
