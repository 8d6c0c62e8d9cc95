import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkManifest } from "../../dev/manifest/check-manifest";
import { EXPECTED } from "../../dev/manifest/expectations";
import { registeredHandlers } from "../../dev/manifest/launch-events";
import type { ManifestCheck, Problem } from "../../dev/manifest/problem";

const manifest = readFileSync("manifest.xml", "utf8");
const runtime = readFileSync("src/events/runtime.ts", "utf8");
const check = (xml: string, runtimeSource = runtime) => checkManifest(xml, { runtimeSource });

/** Replace text that must be there: a mutation that silently matched nothing would prove nothing. */
function edit(xml: string, from: string | RegExp, to: string): string {
  expect(xml).toMatch(from);
  return xml.replace(from, to);
}

function swapElements(xml: string, first: string, second: string): string {
  const a = new RegExp(`\\s*<${first}>[\\s\\S]*?</${first}>`).exec(xml)![0];
  const b = new RegExp(`\\s*<${second}>[\\s\\S]*?</${second}>`).exec(xml)![0];
  return xml.replace(a, "\u0000").replace(b, a).replace("\u0000", b);
}

function moveRuntimesAfterDesktop(xml: string): string {
  const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(xml)![0];
  return edit(xml.replace(runtimes, ""), "</DesktopFormFactor>", `</DesktopFormFactor>${runtimes}`);
}

const LONG_ID = "Taskpane.Url.ThatIsFarTooLongForOutlook";

describe("offline manifest checks", () => {
  it("accept the real manifest against the real runtime", () => {
    expect(check(manifest)).toEqual([]);
  });

  it.each<[string, (m: string) => string, ManifestCheck, string, RegExp]>([
    ["malformed XML", (m) => edit(m, "</Hosts>", ""), "xml", "/", /not well-formed/],
    ["a root that is not a MailApp", (m) => edit(m, 'xsi:type="MailApp"', 'xsi:type="TaskPaneApp"'), "structure", "/OfficeApp", /MailApp/],
    ["the wrong V1_1 namespace", (m) => edit(m, "mailappversionoverrides/1.1", "mailappversionoverrides/1.2"), "structure", "VersionOverrides[VersionOverridesV1_1]", /nested <VersionOverrides/],
    ["an undeclared bt prefix", (m) => edit(m, ' xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"', ""), "structure", "/OfficeApp", /xmlns:bt must be/],
    ["an Id that is not a GUID", (m) => edit(m, "<Id>7c1f3b2e-5d4a-4e8b-9a61-2f0c8d7e4b19</Id>", "<Id>contact-strategy</Id>"), "structure", "/OfficeApp[MailApp]/Id", /not a GUID/],
    ["Permissions before FormSettings", (m) => swapElements(m, "FormSettings", "Permissions"), "order", "/OfficeApp[MailApp]/", /must come before/],
    ["Runtimes after DesktopFormFactor", moveRuntimesAfterDesktop, "order", "Host[MailHost]/Runtimes", /<Runtimes> must come before <DesktopFormFactor>/],
    ["Runtimes inside DesktopFormFactor", (m) => edit(m, /(<Runtimes>[\s\S]*?<\/Runtimes>)\s*<DesktopFormFactor>/, "<DesktopFormFactor>$1"), "order", "DesktopFormFactor/Runtimes", /not allowed inside <DesktopFormFactor>/],
    ["Supertip Description before Title", (m) => edit(m, /(<Title resid="ReadButton.Label"\/>)(\s*)(<Description resid="ReadButton.Tooltip"\/>)/, "$3$2$1"), "order", "Control[Button]#csmReadPaneButton/Supertip/Title", /must come before <Description>/],
    ["a dangling resid", (m) => edit(m, 'resid="Taskpane.Url"', 'resid="Missing.Url"'), "resources", "Action[ShowTaskpane]/SourceLocation", /"Missing.Url" is not defined in Resources\/Urls/],
    ["a resid of the wrong kind", (m) => edit(m, '<Label resid="ReadButton.Label"/>', '<Label resid="ReadButton.Tooltip"/>'), "resources", "Control[Button]#csmReadPaneButton/Label", /wrong kind/],
    ["a resource id over 32 characters", (m) => m.replaceAll('"Taskpane.Url"', `"${LONG_ID}"`), "resources", "bt:Url#", /longer than 32/],
    ["a resource id defined twice", (m) => edit(m, '<bt:Url id="EventsScript.Url"', '<bt:Url id="EventsRuntime.Url"'), "resources", "bt:Url#EventsRuntime.Url", /defined twice/],
    ["an http URL", (m) => edit(m, "https://localhost:3000/events.js", "http://localhost:3000/events.js"), "urls", "bt:Url#EventsScript.Url", /must use https/],
    ["a URL on another origin", (m) => edit(m, 'DefaultValue="https://localhost:3000/taskpane.html"/>\n          <bt:Url', 'DefaultValue="https://cdn.example.com/taskpane.html"/>\n          <bt:Url'), "urls", "bt:Url#Taskpane.Url", /not on https:\/\/localhost:3000/],
    ["another AppDomain", (m) => edit(m, "<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://login.example.com</AppDomain>"), "urls", "AppDomains/AppDomain", /not on/],
    ["a launch event naming an unregistered handler", (m) => edit(m, 'FunctionName="onMessageSend"', 'FunctionName="onSend"'), "launch-events", "LaunchEvent", /handler "onSend" is not registered/],
    ["OnMessageSend that hard-blocks", (m) => edit(m, 'SendMode="SoftBlock"', 'SendMode="Block"'), "launch-events", "LaunchEvent", /SendMode=SoftBlock, found Block/],
    ["a launch event loading the task pane, not the runtime", (m) => edit(m, '</LaunchEvents>\n              <SourceLocation resid="EventsRuntime.Url"/>', '</LaunchEvents>\n              <SourceLocation resid="Taskpane.Url"/>'), "launch-events", "ExtensionPoint[LaunchEvent]/SourceLocation", /must be the resid of a <Runtime>/],
    ["no JavaScript override for classic Windows", (m) => edit(m, /\s*<Override type="javascript" resid="EventsScript.Url"\/>/, ""), "launch-events", "Runtimes/Runtime", /Override type="javascript"/],
    ["a launch event naming another registered function than the harness raises", (m) => edit(m, 'Type="OnMessageRecipientsChanged" FunctionName="onMessageRecipientsChanged"', 'Type="OnMessageRecipientsChanged" FunctionName="onNewMessageCompose"'), "launch-events", "LaunchEvent", /must name "onMessageRecipientsChanged"/],
    ["no Record override control for the Smart Alert's button", (m) => edit(m, 'id="csmRecordOverride"', 'id="csmOverride"'), "launch-events", "/OfficeApp", /no <Control id="csmRecordOverride">/],
    ["a function command the runtime does not register", (m) => edit(m, "<FunctionName>recordOverride</FunctionName>", "<FunctionName>recordIt</FunctionName>"), "launch-events", "Action[ExecuteFunction]", /"recordIt" is not registered/],
    ["a function command with no FunctionFile", (m) => edit(m, /\s*<FunctionFile resid="EventsRuntime.Url"\/>/, ""), "launch-events", "DesktopFormFactor", /need a <FunctionFile>/],
    ["a FunctionFile that is not the event runtime's page", (m) => edit(m, '<FunctionFile resid="EventsRuntime.Url"/>', '<FunctionFile resid="Taskpane.Url"/>'), "launch-events", "FunctionFile", /should be events.html/],
    ["FunctionFile after the extension points", (m) => edit(m.replace(/\s*<FunctionFile resid="EventsRuntime.Url"\/>/, ""), "</DesktopFormFactor>", '<FunctionFile resid="EventsRuntime.Url"/></DesktopFormFactor>'), "order", "DesktopFormFactor/FunctionFile", /must come before/],
    ["no pinning on the read pane", (m) => edit(m, "<SupportsPinning>true</SupportsPinning>", ""), "pinning", "ExtensionPoint[MessageReadCommandSurface]", /SupportsPinning/],
    ["pinning switched off", (m) => edit(m, "<SupportsPinning>true</SupportsPinning>", "<SupportsPinning>false</SupportsPinning>"), "pinning", "Action[ShowTaskpane]", /SupportsPinning/],
    ["a broader permission", (m) => edit(m, "<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"), "permissions", "/OfficeApp[MailApp]/Permissions", /expected ReadWriteItem, found ReadWriteMailbox/],
    ["a lower requirement set for events", (m) => edit(m, 'DefaultMinVersion="1.12"', 'DefaultMinVersion="1.10"'), "requirements", "VersionOverrides[VersionOverridesV1_1]/Requirements/bt:Sets", /Mailbox 1.12.*found 1.10/],
    ["a higher base requirement set", (m) => edit(m, 'MinVersion="1.1"/>', 'MinVersion="1.3"/>'), "requirements", "/OfficeApp[MailApp]/Requirements", /MinVersion="1.1"/],
    ["an extra Graph scope", (m) => edit(m, "<Scope>User.Read</Scope>", "<Scope>User.Read</Scope><Scope>Mail.ReadWrite.Shared</Scope>"), "scopes", "WebApplicationInfo/Scopes", /expected exactly/],
    ["a tenant-wide SharePoint scope instead of the one granted site", (m) => edit(m, "<Scope>Sites.Selected</Scope>", "<Scope>Sites.ReadWrite.All</Scope>"), "scopes", "WebApplicationInfo/Scopes", /expected exactly/],
    ["a missing Graph scope", (m) => edit(m, "<Scope>User.Read</Scope>", ""), "scopes", "WebApplicationInfo/Scopes", /found Mail.Read, Sites.Selected$/],
    ["a Resource that is not api://host/client-id", (m) => edit(m, "<Resource>api://localhost:3000/", "<Resource>api://localhost:3001/"), "scopes", "WebApplicationInfo/Resource", /must be api:\/\/localhost:3000\//],
  ])("refuse %s", (_label, mutate, kind, pathPart, message) => {
    const problems = check(mutate(manifest));
    const match = problems.find((p) => p.check === kind && p.path.includes(pathPart) && message.test(p.message));
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
  });

  it("report exactly the one handler the runtime no longer registers", () => {
    const source = runtime.replace(/\nOffice\.actions\.associate\("onMessageSend", onMessageSend\);/, "");
    expect(source).not.toEqual(runtime);
    expect(check(manifest, source)).toEqual<Problem[]>([
      expect.objectContaining({ check: "launch-events", path: expect.stringContaining("LaunchEvent[OnMessageSend]") as string, message: expect.stringContaining('"onMessageSend" is not registered') as string }),
    ]);
  });

  it("report a handler the runtime registers but no launch event uses", () => {
    const source = `${runtime}\nOffice.actions.associate("onAppointmentSend", () => undefined);\n`;
    expect(check(manifest, source).map((p) => p.message)).toEqual(['the runtime registers "onAppointmentSend" but no LaunchEvent or function command uses it']);
  });

  it("check against the expectations it is given", () => {
    const problems = checkManifest(manifest, { runtimeSource: runtime, expected: { ...EXPECTED, origin: "https://addin.example.gov.uk" } });
    expect(problems.filter((p) => p.check === "urls").length).toBeGreaterThanOrEqual(10);
    expect(problems.every((p) => p.check === "urls" || p.check === "scopes")).toBe(true);
  });

  it("name an element path in every problem", () => {
    const broken = manifest.replace("https://localhost:3000/events.js", "http://x/events.js").replace("<Permissions>ReadWriteItem", "<Permissions>ReadItem");
    const problems = check(broken);
    expect(problems.length).toBeGreaterThan(1);
    for (const p of problems) expect(p.path).toMatch(/^\/OfficeApp\[MailApp\]/);
  });
});

describe("registeredHandlers", () => {
  it("reads names in any quote style and spacing, ignoring commented-out calls", () => {
    const source = [
      "Office.actions.associate('a', a);",
      'Office . actions.associate(\n  "b", b);',
      "Office.actions.associate(`c`, c);",
      '// Office.actions.associate("d", d);',
      '/* Office.actions.associate("e", e); */',
      'const url = "https://example.com"; Office.actions.associate("f", f);',
    ].join("\n");
    expect([...registeredHandlers(source)].sort()).toEqual(["a", "b", "c", "f"]);
  });
});
