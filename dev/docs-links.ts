import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * Relative links in the project's Markdown that lead nowhere: a file that is not there, or a `#section` that no heading
 * of the target has (GitHub's heading ids). Links out (`https:`, `mailto:`) are not followed. Read: README.md, TESTING.md
 * and every other Markdown file at the top, under docs/ and under dev/. test/corpus is never read (held-out files live
 * there); a link into it is checked for the file only.
 *
 * `npx tsx dev/docs-links.ts` prints one line per broken link and exits 1 if there is any; test/dev/docs-links.test.ts
 * runs the same check.
 */

export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  why: string;
}

const SKIP_DIRS = new Set(["node_modules", ".git", ".data", ".cache", "dist", "coverage"]);

/** The Markdown files whose links are checked, relative to `root`. */
export function markdownFiles(root: string): string[] {
  const files = readdirSync(root).filter((f) => f.endsWith(".md") && statSync(join(root, f)).isFile());
  const walk = (dir: string): void => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path);
      } else if (entry.name.endsWith(".md")) files.push(path);
    }
  };
  walk("docs");
  walk("dev");
  return files.sort();
}

/** GitHub's id for a heading: lower case, punctuation dropped (hyphens and underscores kept), spaces to hyphens. */
export function headingId(heading: string): string {
  return heading
    .trim()
    .replace(/`/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The text outside fenced code blocks and code spans, line for line, so links inside code are not links. */
function prose(text: string): string[] {
  let fenced = false;
  return text.split("\n").map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return "";
    }
    return fenced ? "" : line.replace(/`[^`]*`/g, "");
  });
}

/** Every heading id of a Markdown text, with GitHub's -1, -2 … for repeats. */
export function headingIds(text: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of text.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m?.[1]) continue;
    const id = headingId(m[1]);
    const n = seen.get(id) ?? 0;
    ids.add(n === 0 ? id : `${id}-${n}`);
    seen.set(id, n + 1);
  }
  return ids;
}

/** Inline links and images, `[text](target)` and `![alt](target "title")`, with their line numbers. */
export function linksOf(text: string): { line: number; target: string }[] {
  const out: { line: number; target: string }[] = [];
  prose(text).forEach((line, i) => {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (m[1]) out.push({ line: i + 1, target: m[1] });
    }
  });
  return out;
}

export function brokenLinks(root: string, files: string[] = markdownFiles(root)): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsOf = new Map<string, Set<string>>();
  const ids = (path: string): Set<string> => {
    let found = idsOf.get(path);
    if (!found) idsOf.set(path, (found = headingIds(readFileSync(path, "utf8"))));
    return found;
  };
  for (const file of files) {
    const from = join(root, file);
    for (const { line, target } of linksOf(readFileSync(from, "utf8"))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [pathPart = "", anchor] = target.split("#", 2);
      const path = pathPart === "" ? from : resolve(dirname(from), decodeURIComponent(pathPart));
      if (!existsSync(path)) {
        broken.push({ file, line, target, why: "no such file" });
        continue;
      }
      const inCorpus = relative(join(root, "test/corpus"), path).split(/[\\/]/)[0] !== "..";
      if (anchor && path.endsWith(".md") && !inCorpus && !ids(path).has(decodeURIComponent(anchor))) {
        broken.push({ file, line, target, why: `no heading #${anchor} in ${relative(root, path)}` });
      }
    }
  }
  return broken;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, "..");
  const broken = brokenLinks(root);
  for (const b of broken) console.log(`${b.file}:${b.line}: ${b.target} (${b.why})`);
  console.log(`${markdownFiles(root).length} files read, ${broken.length} broken link${broken.length === 1 ? "" : "s"}`);
  process.exit(broken.length > 0 ? 1 : 0);
}
