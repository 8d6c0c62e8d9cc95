import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config";

/*
 * config.json decides where the signed-in person's token goes (the Graph client attaches it to
 * whatever root is set) and which site's path the add-in writes into. A mistake or a tampered
 * file must be refused at start-up, never followed.
 */
const TENANT = {
  graphBaseUrl: "https://graph.microsoft.com/v1.0",
  site: "contoso.sharepoint.com:/sites/contact-strategies",
  packId: "warwickshire",
  auth: { mode: "msal", clientId: "8a5a0a3e-2f2c-4d7e-9b9e-3f3c0f6b2a11" },
};
const LOCAL = { ...TENANT, graphBaseUrl: "http://127.0.0.1:4000/v1.0", auth: { mode: "dev", token: "dev-token", user: "casey.worker@opcc.example.gov.uk" } };

const refusal = (raw: unknown) => {
  try {
    parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return undefined;
};

describe("where the token may go", () => {
  it("takes Microsoft Graph over https (or a national cloud's) with a real tenant, and the emulator on this machine with the development token", () => {
    expect(parseConfig(TENANT).graphBaseUrl).toBe("https://graph.microsoft.com/v1.0");
    expect(parseConfig({ ...TENANT, graphBaseUrl: "https://graph.microsoft.us/v1.0", auth: { ...TENANT.auth, authority: "https://login.microsoftonline.us/contoso.onmicrosoft.us" } }).graphBaseUrl).toBe("https://graph.microsoft.us/v1.0");
    expect(parseConfig(LOCAL).graphBaseUrl).toBe("http://127.0.0.1:4000/v1.0");
    expect(parseConfig({ ...LOCAL, graphBaseUrl: "https://localhost:4443/v1.0" }).auth.mode).toBe("dev");
  });

  it.each([
    ["javascript:alert(1)", "must use https"],
    ["http://graph.microsoft.com/v1.0", "must use https"],
    ["http://evil.example/v1.0", "must use https"],
    ["https://evil.example/v1.0", "evil.example is not Microsoft Graph"],
    ["https://graph.microsoft.com.evil.example/v1.0", "graph.microsoft.com.evil.example is not Microsoft Graph"],
    ["https://graph.microsoft.com@evil.example/v1.0", "user name or password"],
    ["https://graph.microsoft.com:8443/v1.0", "is not Microsoft Graph"],
    ["https://graph.microsoft.com/v1.0?x=1", "query or a fragment"],
    ["https://graph.microsoft.com/v1.0/../../evil", ". or .. segments"],
    ["https://graph.microsoft.com/beta", "must end in /v1.0"],
    ["not a url", "is not a URL"],
  ])("refuses %s as a real tenant's Graph root", (graphBaseUrl, why) => {
    const message = refusal({ ...TENANT, graphBaseUrl });
    expect(message).toContain("graphBaseUrl");
    expect(message).toContain(why);
  });

  it.each([
    ["https://graph.microsoft.com/v1.0", "goes only to this machine"],
    ["http://192.168.1.20:4000/v1.0", "goes only to this machine"],
    ["http://localhost.evil.example:4000/v1.0", "goes only to this machine"],
    ["file:///etc/passwd", "must be http or https"],
  ])("refuses %s with the development token", (graphBaseUrl, why) => {
    expect(refusal({ ...LOCAL, graphBaseUrl })).toContain(why);
  });

  it.each([
    ["http://login.microsoftonline.com/organizations", "must use https"],
    ["https://login.microsoftonline.com.evil.example/organizations", "is not Microsoft Entra sign-in"],
    ["https://evil.example/organizations", "is not Microsoft Entra sign-in"],
    ["https://login.microsoftonline.com/organizations/../../x", ". or .. segments"],
    ["https://login.microsoftonline.com/a/b", "one tenant"],
    ["javascript:alert(1)", "must use https"],
  ])("refuses the sign-in authority %s", (authority, why) => {
    const message = refusal({ ...TENANT, auth: { ...TENANT.auth, authority } });
    expect(message).toContain("auth.authority");
    expect(message).toContain(why);
  });
});

describe("the site", () => {
  it("takes a site by host and path, by its https URL, or by id, as Graph addresses it", () => {
    expect(parseConfig(TENANT).site).toBe("contoso.sharepoint.com:/sites/contact-strategies");
    expect(parseConfig({ ...TENANT, site: "https://Contoso.sharepoint.com/sites/contact-strategies/" }).site).toBe("contoso.sharepoint.com:/sites/contact-strategies");
    const id = "contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE";
    expect(parseConfig({ ...TENANT, site: id }).site).toBe(id);
  });

  it.each([
    "contoso.sharepoint.com:/sites/../../",
    "contoso.sharepoint.com:/sites/x/..",
    "contoso.sharepoint.com:/sites/%2e%2e",
    "contoso.sharepoint.com:/",
    "contoso.sharepoint.com:/sites/x?$expand=*",
    "contoso.sharepoint.com:/sites/x#y",
    "../../users",
    "http://contoso.sharepoint.com/sites/x",
    "contoso.sharepoint.com,not-a-guid,also-not",
    "",
  ])("refuses %j before any request is made with it", (site) => {
    const message = refusal({ ...TENANT, site });
    expect(message).toContain("site:");
    expect(message).toContain("is not a SharePoint site");
  });
});

describe("the office's staff by name", () => {
  it("lists none unless the office gives them, and keeps the names it gives", () => {
    expect(parseConfig(TENANT).staffNames).toEqual([]);
    expect(parseConfig({ ...TENANT, staffNames: ["Priya Shah", " Tomasz Nowak "] }).staffNames).toEqual(["Priya Shah", "Tomasz Nowak"]);
  });

  it("refuses a blank name or a name that is not text", () => {
    expect(refusal({ ...TENANT, staffNames: [""] })).toContain("staffNames");
    expect(refusal({ ...TENANT, staffNames: "Priya Shah" })).toContain("staffNames");
  });
});

describe("the office's postal address", () => {
  it("goes from config.json into the letters' letterhead, for the post route to the single point of contact", async () => {
    const { packFor } = await import("../src/policy/packs/index");
    const config = parseConfig({ ...TENANT, postalAddress: [" 3 Example Street ", "Warwick", "CV34 1AA"] });
    expect(packFor(config).letters?.letterhead.postalAddress).toEqual(["3 Example Street", "Warwick", "CV34 1AA"]);
    expect(packFor(parseConfig(TENANT)).letters?.letterhead.postalAddress).toBeUndefined();
    expect(refusal({ ...TENANT, postalAddress: [] })).toContain("postalAddress");
  });
});
