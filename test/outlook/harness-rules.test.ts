import { describe, expect, it } from "vitest";
import { chipColour, toGraphColour, toOfficeColour } from "../../dev/harness/category-colours";
import { checkNotification, keptOnLeaving } from "../../dev/harness/notification-rules";

const info = (message: string) => ({ type: "informationalMessage", message, icon: "Icon.16x16", persistent: false });

describe("Outlook's notification rules, as the harness enforces them", () => {
  it("accepts what Outlook accepts", () => {
    expect(checkNotification({}, "contactStrategy", info("x".repeat(150)))).toBeUndefined();
    expect(checkNotification({}, "problem", { type: "errorMessage", message: "Failed" })).toBeUndefined();
  });

  it("refuses a long message, a missing icon, persistence on an error, a long key and a sixth notification", () => {
    expect(checkNotification({}, "k", info("x".repeat(151)))?.officeName).toBe("ArgumentOutOfRange");
    expect(checkNotification({}, "k", { type: "informationalMessage", message: "m" })?.message).toMatch(/icon/);
    expect(checkNotification({}, "k", { type: "errorMessage", message: "m", persistent: false })?.message).toMatch(/persistent/);
    expect(checkNotification({}, "k".repeat(33), info("m"))?.officeName).toBe("ArgumentOutOfRange");
    const five = Object.fromEntries(["a", "b", "c", "d", "e"].map((k) => [k, info(k)]));
    expect(checkNotification(five, "f", info("m"))?.officeName).toBe("NumberOfNotificationMessagesExceeded");
    expect(checkNotification(five, "a", info("replaced"))).toBeUndefined();
  });

  it("keeps only persistent informational and other kinds when leaving an item", () => {
    const notes = { a: info("gone"), b: { ...info("kept"), persistent: true }, c: { type: "errorMessage", message: "kept" } };
    expect(Object.keys(keptOnLeaving(notes))).toEqual(["b", "c"]);
  });
});

describe("category colours", () => {
  it("draws Outlook's presets, readable on their background", () => {
    expect(chipColour("preset0")).toEqual({ background: "#e74856", foreground: "#000000", name: "Red" });
    expect(chipColour("Preset15").foreground).toBe("#ffffff");
    expect(chipColour("none").name).toBe("No colour");
    expect(chipColour("preset99").name).toBe("No colour");
  });

  it("converts between Graph's and office-js's spelling", () => {
    expect(toOfficeColour("preset7")).toBe("Preset7");
    expect(toGraphColour("Preset7")).toBe("preset7");
    expect(toGraphColour("None")).toBe("none");
  });
});
