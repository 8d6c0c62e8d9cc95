import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Configuration } from "webpack";
import { describe, expect, it } from "vitest";
import makeConfig from "../../webpack.config.js";

/*
 * What a build puts in front of Outlook: a build to deploy (`npm run build`) ships no source maps
 * and lets its pages connect only to their own origin and Microsoft's hosts; development builds
 * (the harness, `npm start`, the browser tests) may also reach the emulator on this machine.
 */
const builds = (env: Record<string, unknown>) => makeConfig(env, { mode: "production" }) as unknown as Configuration[];
const pages = (config: Configuration) =>
  (config.plugins ?? []).filter((p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin).map((p) => (p as unknown as { userOptions: { filename: string; templateParameters: { csp: string } } }).userOptions);

describe("a build to deploy", () => {
  it("ships no source maps, in the pages or the event runtime", () => {
    expect(builds({ deploy: true }).map((c) => [c.name, c.devtool])).toEqual([
      ["pages", false],
      ["events", false],
    ]);
  });

  it("gives every page a Content-Security-Policy that connects only to itself, Microsoft Graph and Microsoft Entra sign-in", () => {
    const all = builds({ deploy: true }).flatMap(pages);
    expect(all.map((p) => p.filename).sort()).toEqual(["auth.html", "events.html", "taskpane.html"]);
    for (const page of all) {
      const csp = page.templateParameters.csp;
      expect(csp, page.filename).toMatch(/^connect-src 'self' /);
      expect(csp).toContain("https://graph.microsoft.com");
      expect(csp).toContain("https://login.microsoftonline.com");
      expect(csp).not.toMatch(/localhost|127\.0\.0\.1|http:/);
    }
  });
});

describe("a development build", () => {
  it("keeps its source maps and lets the pages (and the harness's copy of the pane) reach the emulator on this machine", () => {
    const [pagesBuild] = builds({});
    expect(pagesBuild!.devtool).toBe("source-map");
    const all = pages(pagesBuild!);
    expect(all.map((p) => p.filename)).toContain("harness/taskpane.html");
    for (const page of all.filter((p) => p.filename.endsWith("taskpane.html"))) expect(page.templateParameters.csp).toContain("http://127.0.0.1:*");
  });
});
