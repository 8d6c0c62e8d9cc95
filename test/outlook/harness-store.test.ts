import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OutlookRefusal, type GraphMessage } from "../../dev/harness/api";
import { HarnessMailbox, SELECTION_GAP_MS } from "../../dev/harness/mailbox-store";

const message = (id: string, from: string): GraphMessage => ({
  id,
  internetMessageId: `<${id}@example.org>`,
  subject: `Subject ${id}`,
  body: { contentType: "text", content: "Hello" },
  from: { emailAddress: { name: from, address: `${from.toLowerCase()}@example.org` } },
  toRecipients: [],
  ccRecipients: [],
  receivedDateTime: "2026-11-24T09:00:00Z",
  categories: [],
});

/** A tiny emulator: enough of /me/messages and masterCategories for the harness mailbox. */
function emulator(options: { masterStatus?: number } = {}) {
  const master = [{ displayName: "Contact strategy", color: "preset0" }];
  const requests: Array<{ method: string; path: string; body?: unknown }> = [];
  const call = async (path: string, init: RequestInit = {}) => {
    const method = init.method ?? "GET";
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ method, path, body });
    const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status });
    if (path.startsWith("/me/messages?")) return json({ value: [message("m1", "Pat"), message("m2", "Chris")] });
    if (path === "/me/outlook/masterCategories" && method === "GET") return json({ value: master });
    if (path === "/me/outlook/masterCategories") {
      if (options.masterStatus) return json({}, options.masterStatus);
      master.push(body);
      return json(body, 201);
    }
    if (method === "PATCH") return json({ ...body });
    return json({}, 404);
  };
  return { call, requests, master };
}

async function loaded(options?: { masterStatus?: number }) {
  const server = emulator(options);
  const mailbox = new HarnessMailbox(server.call, { displayName: "Casey Worker", emailAddress: "casey.worker@opcc.example.gov.uk" });
  await mailbox.load();
  return { mailbox, server };
}

describe("the harness mailbox (what the shim and the page share)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("loads the newest 50 messages from the emulator", async () => {
    const { mailbox, server } = await loaded();
    expect(mailbox.getSnapshot().messages?.map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(server.requests[0]?.path).toBe("/me/messages?$top=50&$orderby=receivedDateTime desc");
  });

  it("shows the selection at once, gives the add-in no item for a moment, then the item and one ItemChanged", async () => {
    const { mailbox } = await loaded();
    const seen: Array<string | null> = [];
    mailbox.onItemChanged(() => seen.push(mailbox.current()?.id ?? null));
    mailbox.select("m1");
    expect(mailbox.getSnapshot().selectedId).toBe("m1");
    expect(mailbox.current()).toBeNull();
    vi.advanceTimersByTime(SELECTION_GAP_MS);
    expect(seen).toEqual(["m1"]);
    mailbox.select("m1");
    vi.advanceTimersByTime(SELECTION_GAP_MS);
    expect(seen).toEqual(["m1"]);
  });

  it("applies only the last of quick selections", async () => {
    const { mailbox } = await loaded();
    const seen: Array<string | null> = [];
    mailbox.onItemChanged(() => seen.push(mailbox.current()?.id ?? null));
    mailbox.select("m1");
    mailbox.select("m2");
    vi.advanceTimersByTime(SELECTION_GAP_MS);
    expect(seen).toEqual(["m2"]);
  });

  it("keeps calling the other handlers when one throws, and stops calling a removed one", async () => {
    const { mailbox } = await loaded();
    const calls: string[] = [];
    const broken = () => {
      throw new Error("dead window");
    };
    const removed = () => calls.push("removed");
    mailbox.onItemChanged(broken);
    mailbox.onItemChanged(removed);
    mailbox.onItemChanged(() => calls.push("live"));
    mailbox.offItemChanged(removed);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    mailbox.select("m1");
    vi.advanceTimersByTime(SELECTION_GAP_MS);
    expect(calls).toEqual(["live"]);
  });

  it("drops a non-persistent informational notification when the user moves to another message", async () => {
    const { mailbox } = await loaded();
    mailbox.select("m1");
    vi.advanceTimersByTime(SELECTION_GAP_MS);
    mailbox.setNotification("m1", "contactStrategy", { type: "informationalMessage", message: "In force", icon: "Icon.16x16", persistent: false });
    mailbox.setNotification("m1", "kept", { type: "informationalMessage", message: "Kept", icon: "Icon.16x16", persistent: true });
    expect(Object.keys(mailbox.notifications("m1"))).toEqual(["contactStrategy", "kept"]);
    mailbox.select("m2");
    expect(Object.keys(mailbox.notifications("m1"))).toEqual(["kept"]);
  });

  it("refuses a notification Outlook would refuse", async () => {
    const { mailbox } = await loaded();
    expect(() => mailbox.setNotification("m1", "k", { type: "informationalMessage", message: "x".repeat(151), icon: "Icon.16x16" })).toThrow(OutlookRefusal);
    expect(() => mailbox.setNotification("m1", "k", { type: "informationalMessage", message: "No icon" })).toThrow(/icon/);
    expect(mailbox.removeNotification("m1", "k")).toBe(false);
  });

  it("categorises through Graph (PATCH with the union of categories) and shows it on the message", async () => {
    const { mailbox, server } = await loaded();
    mailbox.select("m1");
    vi.advanceTimersByTime(SELECTION_GAP_MS);
    await mailbox.addCategories("m1", ["Contact strategy"]);
    expect(server.requests.find((r) => r.method === "PATCH")).toEqual({ method: "PATCH", path: "/me/messages/m1", body: { categories: ["Contact strategy"] } });
    expect(mailbox.current()?.categories).toEqual(["Contact strategy"]);
    expect(mailbox.getSnapshot().messages?.find((m) => m.id === "m1")?.categories).toEqual(["Contact strategy"]);
  });

  it("refuses a category that is not in the master list, as Outlook does", async () => {
    const { mailbox } = await loaded();
    await expect(mailbox.addCategories("m1", ["Unknown"])).rejects.toMatchObject({ officeName: "InvalidCategory" });
  });

  it("creates a master category through Graph with Graph's colour spelling", async () => {
    const { mailbox, server } = await loaded();
    await mailbox.addMasterCategory("Follow up", "Preset7");
    expect(server.requests.find((r) => r.method === "POST")?.body).toEqual({ displayName: "Follow up", color: "preset7" });
    expect(mailbox.getSnapshot().master.map((c) => c.displayName)).toContain("Follow up");
  });

  it("reports Graph's refusals as Outlook's: 409 duplicate, 403 permission, and a simulated delegate", async () => {
    await expect((await loaded({ masterStatus: 409 })).mailbox.addMasterCategory("Contact strategy", "Preset0")).rejects.toMatchObject({ officeName: "DuplicateCategory" });
    await expect((await loaded({ masterStatus: 403 })).mailbox.addMasterCategory("X", "Preset0")).rejects.toMatchObject({ officeName: "PermissionDenied" });
    const { mailbox, server } = await loaded();
    mailbox.simulate({ denyMasterCategories: true, sharedOwner: "enquiries@opcc.example.gov.uk" });
    await expect(mailbox.addMasterCategory("X", "Preset0")).rejects.toMatchObject({ officeName: "PermissionDenied" });
    expect(server.requests.some((r) => r.method === "POST")).toBe(false);
    expect(mailbox.sharedOwner()).toBe("enquiries@opcc.example.gov.uk");
  });
});
