import { describe, expect, it } from "vitest";
import { SaveTracker } from "../../src/app/saves";

const describe_ = (error: unknown) => (error instanceof Error ? error.message : String(error));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("records still being written when the reader moves on", () => {
  it("keeps a failed write, with the message's subject, until it is dismissed", async () => {
    const saves = new SaveTracker();
    let changes = 0;
    saves.subscribe(() => (changes += 1));
    await expect(saves.track("<a>", "My complaint", Promise.reject(new Error("Microsoft 365 did not answer.")), describe_)).rejects.toThrow();
    await settle();
    expect(saves.failures()).toEqual([{ internetMessageId: "<a>", subject: "My complaint", message: "Microsoft 365 did not answer." }]);
    expect(changes).toBe(1);
    saves.dismiss("<a>");
    expect(saves.failures()).toEqual([]);
  });

  it("forgets a failure when the same message is recorded again, and keeps nothing for a write that succeeds", async () => {
    const saves = new SaveTracker();
    await saves.track("<a>", "My complaint", Promise.reject(new Error("offline")), describe_).catch(() => undefined);
    await settle();
    await saves.track("<a>", "My complaint", Promise.resolve("ok"), describe_);
    await settle();
    expect(saves.failures()).toEqual([]);
  });

  it("gives React the same list until something changes", async () => {
    const saves = new SaveTracker();
    const before = saves.failures();
    await saves.track("<b>", "Other", Promise.resolve(1), describe_);
    expect(saves.failures()).toBe(before);
  });
});
