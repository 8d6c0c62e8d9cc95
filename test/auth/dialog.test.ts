import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it, vi } from "vitest";
import { msalTokenProvider } from "../../src/graph/auth/msal";
import { signInWithDialog, supportsNestedAppAuth } from "../../src/outlook/auth-dialog";
import { OutlookError } from "../../src/outlook/mailbox";

type Handler = (arg: unknown) => void;

/** An Outlook whose sign-in dialog answers with `answer` (a message, or a dialog event code). */
function outlook(answer: { message?: string; origin?: string; event?: number; openFails?: boolean }, naa = false) {
  const opened: string[] = [];
  let closed = 0;
  const mock = new OfficeMockObject({
    host: "outlook",
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      requirements: { isSetSupported: (name: string) => naa && name === "NestedAppAuth" },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, cb: (r: unknown) => void) => {
          opened.push(url);
          if (answer.openFails) return cb({ status: "failed", error: { code: 12007, message: "A dialog is already open." } });
          const handlers = new Map<string, Handler>();
          cb({ status: "succeeded", value: { addEventHandler: (type: string, h: Handler) => handlers.set(type, h), close: () => (closed += 1) } });
          setTimeout(() => {
            if (answer.message !== undefined) handlers.get("dialogMessageReceived")?.({ message: answer.message, ...(answer.origin !== undefined ? { origin: answer.origin } : {}) });
            if (answer.event !== undefined) handlers.get("dialogEventReceived")?.({ error: answer.event });
          }, 0);
        },
      },
    },
  });
  return { office: mock as unknown as typeof Office, opened, closed: () => closed };
}

describe("sign-in where the host has no nested app authentication", () => {
  it("tells NAA hosts from others", () => {
    expect(supportsNestedAppAuth(outlook({}, true).office)).toBe(true);
    expect(supportsNestedAppAuth(outlook({}, false).office)).toBe(false);
  });

  it("opens our sign-in page in the Office dialog and takes the token it sends back", async () => {
    const host = outlook({ message: JSON.stringify({ accessToken: "t-1", expiresOn: Date.now() + 3_600_000 }) });
    const token = await signInWithDialog("https://localhost:3000/auth.html", host.office);
    expect(token.accessToken).toBe("t-1");
    expect(host.opened).toEqual(["https://localhost:3000/auth.html"]);
    expect(host.closed()).toBe(1);
  });

  it("takes the token only from the add-in's own page: a message from any other origin is refused and nothing in it used", async () => {
    const token = JSON.stringify({ accessToken: "t-1", expiresOn: Date.now() + 3_600_000 });
    expect((await signInWithDialog("https://localhost:3000/auth.html", outlook({ message: token, origin: "https://localhost:3000" }).office)).accessToken).toBe("t-1");
    const host = outlook({ message: token, origin: "https://evil.example" });
    const refused = await signInWithDialog("https://localhost:3000/auth.html", host.office).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OutlookError);
    expect((refused as Error).message).toBe("Sign-in answered from https://evil.example, not from the add-in's own page (https://localhost:3000); nothing it sent was used.");
    expect(host.closed()).toBe(1);
  });

  it("says so when the person closes the dialog, or sign-in fails", async () => {
    await expect(signInWithDialog("https://x/auth.html", outlook({ event: 12006 }).office)).rejects.toThrow("Sign-in was cancelled.");
    await expect(signInWithDialog("https://x/auth.html", outlook({ message: JSON.stringify({ error: "AADSTS50020" }) }).office)).rejects.toThrow(/AADSTS50020/);
    const failed = await signInWithDialog("https://x/auth.html", outlook({ openFails: true }).office).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(OutlookError);
  });

  it("opens one sign-in dialog for several requests at once (Office allows only one dialog)", async () => {
    let signIns = 0;
    let finish: (value: { accessToken: string; expiresOn: number }) => void = () => undefined;
    const tokens = msalTokenProvider({
      clientId: "00000000-0000-0000-0000-000000000000",
      authority: "https://login.microsoftonline.com/organizations",
      fallback: () => ((signIns += 1), new Promise((resolve) => (finish = resolve))),
    });
    const both = Promise.all([tokens.getToken(), tokens.getToken(), tokens.getToken()]);
    finish({ accessToken: "t-1", expiresOn: Date.now() + 60 * 60_000 });
    expect(await both).toEqual(["t-1", "t-1", "t-1"]);
    expect(signIns).toBe(1);
  });

  it("signs in afresh after a failed sign-in, rather than repeating the failure", async () => {
    let signIns = 0;
    const tokens = msalTokenProvider({
      clientId: "00000000-0000-0000-0000-000000000000",
      authority: "https://login.microsoftonline.com/organizations",
      fallback: async () => {
        signIns += 1;
        if (signIns === 1) throw new Error("Sign-in was cancelled.");
        return { accessToken: "t-2", expiresOn: Date.now() + 60 * 60_000 };
      },
    });
    await expect(tokens.getToken()).rejects.toThrow("cancelled");
    expect(await tokens.getToken()).toBe("t-2");
  });

  it("reuses the dialog's token until shortly before it expires", async () => {
    let signIns = 0;
    const tokens = msalTokenProvider({
      clientId: "00000000-0000-0000-0000-000000000000",
      authority: "https://login.microsoftonline.com/organizations",
      fallback: async () => ({ accessToken: `t-${++signIns}`, expiresOn: Date.now() + (signIns === 1 ? 60 * 60_000 : 2 * 60_000) }),
    });
    expect(await tokens.getToken()).toBe("t-1");
    expect(await tokens.getToken()).toBe("t-1");
    expect(signIns).toBe(1);
  });
});

describe("the sign-in page in the dialog (src/dialog/auth.ts)", () => {
  it("answers only its own origin, the task pane's, when it sends the outcome back", async () => {
    const sent: unknown[][] = [];
    vi.stubGlobal("location", { origin: "https://localhost:3000", pathname: "/auth.html", href: "https://localhost:3000/auth.html" });
    vi.stubGlobal("Office", { onReady: async () => undefined, context: { ui: { messageParent: (...args: unknown[]) => sent.push(args) } } });
    // A config without a Microsoft Entra app: the page answers with an error at once, before any sign-in.
    const config = { graphBaseUrl: "http://127.0.0.1:4000/v1.0", site: "opcc.sharepoint.com:/sites/contact-strategies", packId: "warwickshire", auth: { mode: "dev", token: "t", user: "casey.worker@opcc.example.gov.uk" } };
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(config), { headers: { "content-type": "application/json" } }));
    try {
      await import("../../src/dialog/auth");
      await vi.waitFor(() => expect(sent).toHaveLength(1));
      expect(JSON.parse(String(sent[0]![0]))).toEqual({ error: "config.json has no Microsoft Entra app (auth.mode is not msal)." });
      expect(sent[0]![1]).toEqual({ targetOrigin: "https://localhost:3000" });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
