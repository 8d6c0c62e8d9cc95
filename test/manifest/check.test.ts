import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkManifest } from "../../dev/manifest/rules";

const manifest = readFileSync("manifest.xml", "utf8");
const runtime = readFileSync("src/events/runtime.ts", "utf8");
const check = (xml: string, source = runtime) => checkManifest(xml, source);

describe("offline manifest checks", () => {
  it("accept the real manifest", () => {
    expect(check(manifest)).toEqual([]);
  });

  it.each([
    ["malformed XML", (m: string) => m.replace("</Hosts>", ""), /well-formed/],
    ["Runtimes after DesktopFormFactor", (m: string) => moveRuntimesLast(m), /<DesktopFormFactor> must come before|<Runtimes> must come before/],
    ["Permissions before FormSettings", (m: string) => swap(m, "FormSettings", "Permissions"), /must come before/],
    ["a resid with no resource", (m: string) => m.replace('resid="Taskpane.Url"', 'resid="Missing.Url"'), /"Missing.Url" is not defined in Resources\/Urls/],
    ["an http URL", (m: string) => m.replace("https://localhost:3000/events.js", "http://localhost:3000/events.js"), /must use https/],
    ["a second origin", (m: string) => m.replace("https://localhost:3000/taskpane.html\"/>\n          <bt:Url", "https://evil.example.com/taskpane.html\"/>\n          <bt:Url"), /not on https:\/\/localhost:3000/],
    ["no pinning on the read pane", (m: string) => m.replace("<SupportsPinning>true</SupportsPinning>", ""), /SupportsPinning/],
    ["a broader permission", (m: string) => m.replace("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"), /expected ReadWriteItem/],
    ["an extra Graph scope", (m: string) => m.replace("<Scope>User.Read</Scope>", "<Scope>User.Read</Scope><Scope>Mail.ReadWrite</Scope>"), /Scopes: expected exactly/],
    ["a lower requirement set for events", (m: string) => m.replace('DefaultMinVersion="1.12"', 'DefaultMinVersion="1.10"'), /Mailbox 1.12/],
  ])("refuse %s", (_label, mutate, message) => {
    const problems = check(mutate(manifest));
    expect(problems.join("\n")).toMatch(message);
  });

  it("refuse a launch event whose handler the runtime does not register", () => {
    const problems = check(manifest, runtime.replace('Office.actions.associate("onMessageSend", onMessageSend);', ""));
    expect(problems).toEqual([expect.stringContaining('"onMessageSend" is not registered')]);
  });
});

function swap(xml: string, first: string, second: string): string {
  const a = new RegExp(`\\s*<${first}>[\\s\\S]*?</${first}>`).exec(xml)![0];
  const b = new RegExp(`\\s*<${second}>[\\s\\S]*?</${second}>`).exec(xml)![0];
  return xml.replace(a, "\u0000").replace(b, a).replace("\u0000", b);
}

function moveRuntimesLast(xml: string): string {
  const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(xml)![0];
  return xml.replace(runtimes, "").replace("</DesktopFormFactor>", `</DesktopFormFactor>${runtimes}`);
}
