import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * Start-up glue (src/outlook/host.ts and the pane's entry, src/taskpane/index.tsx) against a
 * stubbed global `Office` whose onReady callback the test fires as a host would: once when
 * the pane opens, and again on each selection of a pinned pane in some hosts.
 */
type ReadyCallback = (info: { host: string; platform: string }) => void;

const entry = vi.hoisted(() => ({
  render: [] as unknown[],
  createRoot: 0,
  createServices: 0,
  services: { marker: "services" },
}));

// The entry's collaborators, so that only the start-up sequence runs (no Graph, no DOM).
vi.mock("react-dom/client", () => ({
  createRoot: () => {
    entry.createRoot += 1;
    return { render: (element: unknown) => entry.render.push(element), unmount: () => undefined };
  },
}));
vi.mock("../../src/app/start", () => ({
  startPane: async () => {
    entry.createServices += 1;
    return { kind: "ready", services: entry.services };
  },
}));
vi.mock("../../src/taskpane/safety-only/SafetyOnlyPane", () => ({ SafetyOnlyPane: () => null }));
vi.mock("../../src/outlook/auth-dialog", () => ({ supportsNestedAppAuth: () => true, signInWithDialog: async () => undefined }));
vi.mock("../../src/taskpane/App", () => ({ App: () => null }));
vi.mock("../../src/taskpane/shared/Notice", () => ({ Notice: () => null }));
vi.mock("@fluentui/react-components", () => ({ FluentProvider: () => null, Spinner: () => null, webLightTheme: {} }));

/** A host: Office.onReady records each registration; `fire` calls every registered callback. */
function stubOffice(context: Record<string, unknown> = {}) {
  const callbacks: ReadyCallback[] = [];
  const info = { host: "Outlook", platform: "OfficeOnline" };
  vi.stubGlobal("Office", {
    onReady: (callback?: ReadyCallback) => {
      if (callback) callbacks.push(callback);
      return Promise.resolve(info);
    },
    context,
  });
  return {
    registrations: () => callbacks.length,
    fire: () => callbacks.forEach((callback) => callback(info)),
  };
}

/** Lets pending promise callbacks (and the entry's awaits) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.resetModules(); // host.ts keeps its promise per module instance: each test starts a fresh pane
  entry.render.length = 0;
  entry.createRoot = 0;
  entry.createServices = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("officeReady", () => {
  it("waits for the host: nothing starts before Office.onReady calls back", async () => {
    const host = stubOffice();
    const { officeReady } = await import("../../src/outlook/host");
    let ready = false;
    void officeReady().then(() => (ready = true));
    await settle();
    expect(ready).toBe(false);
    host.fire();
    await settle();
    expect(ready).toBe(true);
  });

  it("registers with the host once, and gives every caller the same start, however often onReady fires", async () => {
    const host = stubOffice();
    const { officeReady } = await import("../../src/outlook/host");
    let starts = 0;
    const first = officeReady();
    void first.then(() => (starts += 1));
    host.fire();
    host.fire(); // the host re-runs onReady on the next selection…
    const again = officeReady(); // …and whatever asks again gets the start already made
    host.fire();
    await settle();
    expect(again).toBe(first);
    expect(host.registrations()).toBe(1);
    expect(starts).toBe(1);
  });
});

describe("the pane's start-up", () => {
  it("starts once — one root, one set of services, one App — even when the host fires onReady on every selection", async () => {
    const host = stubOffice();
    vi.stubGlobal("document", { getElementById: (id: string) => (id === "root" ? { id } : null) });
    const { App } = await import("../../src/taskpane/App");
    await import("../../src/taskpane/index");
    await settle();
    expect(entry.createRoot).toBe(0); // waits for Office before touching the page

    host.fire();
    await settle();
    host.fire(); // selection 2
    await settle();
    host.fire(); // selection 3
    await settle();

    expect(host.registrations()).toBe(1);
    expect(entry.createRoot).toBe(1);
    expect(entry.createServices).toBe(1);
    const apps = entry.render.filter((element) => (element as { type?: unknown }).type === App);
    expect(apps).toHaveLength(1);
    expect((apps[0] as { props: { services: unknown } }).props.services).toBe(entry.services);
  });
});

describe("hostTheme", () => {
  it("matches a dark Outlook and a light one, from the body background", async () => {
    stubOffice({ officeTheme: { bodyBackgroundColor: "#1f1f1f" } });
    expect((await import("../../src/outlook/host")).hostTheme()).toBe("dark");
    vi.resetModules();
    stubOffice({ officeTheme: { bodyBackgroundColor: "#FFFFFF" } });
    expect((await import("../../src/outlook/host")).hostTheme()).toBe("light");
    vi.resetModules();
    stubOffice({ officeTheme: { bodyBackgroundColor: "000000" } }); // some hosts leave out the #
    expect((await import("../../src/outlook/host")).hostTheme()).toBe("dark");
  });

  it("falls back to light where the host gives no theme or one it cannot read", async () => {
    for (const context of [{}, { officeTheme: {} }, { officeTheme: { bodyBackgroundColor: "black" } }]) {
      vi.resetModules();
      stubOffice(context);
      expect((await import("../../src/outlook/host")).hostTheme()).toBe("light");
    }
  });
});
