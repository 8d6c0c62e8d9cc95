import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { brokenLinks, headingId, linksOf, markdownFiles } from "../../dev/docs-links";

const ROOT = resolve(import.meta.dirname, "../..");

/** A new engineer follows the README's and docs' links: each must lead to a file, and a #section to its heading. */
describe("links in README and docs", () => {
  it("every relative link in the project's Markdown resolves, to the file and to the heading", () => {
    const files = markdownFiles(ROOT);
    expect(files).toEqual(expect.arrayContaining(["README.md", "TESTING.md", "docs/measurements.md"]));
    expect(linksOf(readFileSync(join(ROOT, "README.md"), "utf8")).length).toBeGreaterThan(10);
    expect(brokenLinks(ROOT)).toEqual([]);
  });

  it("ids headings as GitHub does", () => {
    expect(headingId("The learned scorer (`npm run train`)")).toBe("the-learned-scorer-npm-run-train");
    expect(headingId("Auto-flagging (no pane open)")).toBe("auto-flagging-no-pane-open");
    expect(headingId("Who may do what")).toBe("who-may-do-what");
  });

  describe("finds what is broken", () => {
    let dir = "";
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("a missing file, a missing heading, in another file or its own; not links in code or links out", () => {
      dir = mkdtempSync(join(tmpdir(), "docs-links-"));
      mkdirSync(join(dir, "docs"));
      writeFileSync(join(dir, "docs/a.md"), "# A\n\n## Two words\n\n## Two words\n");
      writeFileSync(
        join(dir, "README.md"),
        [
          "# Top",
          "[ok](docs/a.md#two-words) [ok again](docs/a.md#two-words-1) [here](#top) ![pic](docs/a.md)",
          "[gone](docs/missing.md) [no heading](docs/a.md#three) [no own heading](#nowhere)",
          "`[in code](docs/nothing.md)` [out](https://example.org/x.md)",
          "```",
          "[fenced](docs/nothing.md)",
          "```",
        ].join("\n"),
      );
      expect(brokenLinks(dir).map((b) => `${b.file}:${b.line} ${b.target}`)).toEqual([
        "README.md:3 docs/missing.md",
        "README.md:3 docs/a.md#three",
        "README.md:3 #nowhere",
      ]);
    });
  });
});
