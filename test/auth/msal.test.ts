import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Nested app authentication: Outlook brokers the tokens. The MSAL library is replaced by a
// stand-in recording what the add-in asks of it; everything else is the product's code.
const msal = vi.hoisted(() => {
  class InteractionRequiredAuthError extends Error {}
  const state = {
    created: [] as unknown[],
    silent: [] as unknown[],
    popups: [] as unknown[],
    silentAnswer: (): Promise<{ accessToken: string }> => Promise.resolve({ accessToken: "silent-token-1" }),
    popupAnswer: (): Promise<{ accessToken: string }> => Promise.resolve({ accessToken: "popup-token-1" }),
  };
  return { InteractionRequiredAuthError, state };
});

vi.mock("@azure/msal-browser", () => ({
  InteractionRequiredAuthError: msal.InteractionRequiredAuthError,
  createNestablePublicClientApplication: async (config: unknown) => {
    msal.state.created.push(config);
    return {
      acquireTokenSilent: (request: unknown) => (msal.state.silent.push(request), msal.state.silentAnswer()),
      acquireTokenPopup: (request: unknown) => (msal.state.popups.push(request), msal.state.popupAnswer()),
    };
  },
}));

const { msalTokenProvider } = await import("../../src/graph/auth/msal");
const { GRAPH_SCOPES } = await import("../../src/graph/auth/scopes");

const OPTIONS = { clientId: "11111111-2222-3333-4444-555555555555", authority: "https://login.microsoftonline.com/common" };
let logged: string[];

beforeEach(() => {
  Object.assign(msal.state, { created: [], silent: [], popups: [] });
  msal.state.silentAnswer = () => Promise.resolve({ accessToken: "silent-token-1" });
  msal.state.popupAnswer = () => Promise.resolve({ accessToken: "popup-token-1" });
  logged = [];
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
  }
});
afterEach(() => vi.restoreAllMocks());

describe("sign-in by nested app authentication (Outlook brokers the token)", () => {
  it("asks Outlook silently for the add-in's least-privilege scopes, creating the client once", async () => {
    const tokens = msalTokenProvider(OPTIONS);
    expect(await tokens.getToken()).toBe("silent-token-1");
    expect(await tokens.getToken()).toBe("silent-token-1");
    expect(msal.state.created).toEqual([{ auth: { clientId: OPTIONS.clientId, authority: OPTIONS.authority } }]);
    expect(msal.state.silent).toEqual([{ scopes: [...GRAPH_SCOPES] }, { scopes: [...GRAPH_SCOPES] }]);
    expect(msal.state.popups).toEqual([]);
  });

  it("shows one sign-in popup when consent or sign-in is needed, however many requests are waiting", async () => {
    msal.state.silentAnswer = () => Promise.reject(new msal.InteractionRequiredAuthError("consent_required"));
    const tokens = msalTokenProvider(OPTIONS);
    const all = await Promise.all([tokens.getToken(), tokens.getToken(), tokens.getToken()]);
    expect(all).toEqual(["popup-token-1", "popup-token-1", "popup-token-1"]);
    expect(msal.state.popups).toHaveLength(1);
  });

  it("passes on a failure that no popup can fix (the network, a misconfigured app) instead of prompting", async () => {
    msal.state.silentAnswer = () => Promise.reject(new Error("AADSTS700016: Application not found in the directory"));
    await expect(msalTokenProvider(OPTIONS).getToken()).rejects.toThrow(/AADSTS700016/);
    expect(msal.state.popups).toEqual([]);
  });

  it("uses the Office-dialog sign-in where the host has no NAA, keeping its token until shortly before it expires", async () => {
    let now = Date.parse("2026-11-25T10:00:00Z");
    vi.spyOn(Date, "now").mockImplementation(() => now);
    const signIns: string[] = [];
    const fallback = async () => (signIns.push("dialog"), { accessToken: `dialog-token-${signIns.length}`, expiresOn: now + 60 * 60_000 });
    const tokens = msalTokenProvider({ ...OPTIONS, fallback });
    expect(await Promise.all([tokens.getToken(), tokens.getToken()])).toEqual(["dialog-token-1", "dialog-token-1"]);
    now += 50 * 60_000; // ten minutes left: still good
    expect(await tokens.getToken()).toBe("dialog-token-1");
    now += 6 * 60_000; // four minutes left: sign in again
    expect(await tokens.getToken()).toBe("dialog-token-2");
    expect(msal.state.created).toEqual([]);
  });

  it("never writes a token to the console, whichever way it was obtained", async () => {
    await msalTokenProvider(OPTIONS).getToken();
    msal.state.silentAnswer = () => Promise.reject(new msal.InteractionRequiredAuthError("login_required"));
    await msalTokenProvider(OPTIONS).getToken();
    await msalTokenProvider({ ...OPTIONS, fallback: async () => ({ accessToken: "dialog-token-9", expiresOn: Date.now() + 3_600_000 }) }).getToken();
    expect(logged.join("\n")).not.toMatch(/token-\d/);
  });

  it("in the event runtime asks silently only: a token that needs the person is refused, never a popup", async () => {
    msal.state.silentAnswer = () => Promise.reject(new msal.InteractionRequiredAuthError("consent_required"));
    const tokens = msalTokenProvider({ ...OPTIONS, interactive: false });
    await expect(tokens.getToken()).rejects.toThrow("open the Contact strategy pane once");
    expect(msal.state.popups).toEqual([]);
    msal.state.silentAnswer = () => Promise.resolve({ accessToken: "silent-token-2" });
    expect(await tokens.getToken()).toBe("silent-token-2");
  });
});
