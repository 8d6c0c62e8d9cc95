import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/policy/text/html";
import { run, subTypes } from "./fixtures";
import { runTsx } from "../../cli/spawn";

describe("hostile and huge input", () => {
  it("reads HTML bodies as text, ignoring scripts and styles", () => {
    const text = htmlToText("<html><style>p{}</style><script>alert('x')</script><p>You <b>idiot</b>.</p></html>");
    expect(text).toBe("You idiot.");
  });

  it("classifies a megabyte of pathological input and still finds what matters", () => {
    const body = `${"a".repeat(300_000)} ${'"'.repeat(50_000)} ${"f u ".repeat(50_000)} ${"<".repeat(100_000)} You idiot.`;
    const result = run({ body });
    expect(result.fingerprint).toMatch(/^oph64:[0-9a-f]{512}~topic32b:[0-9a-f]{256}$/);
    expect(result.findings.some((f) => f.subType === "inundating")).toBe(true);
  });
});

describe("one enormous word", () => {
  it("reads a word of 180,000 changing letters without trying it as two words run together, and still finds what matters", () => {
    // Each place a split is tried costs the word's length: unbounded, this took minutes (vitest stops it after 5 s).
    for (const unit of ["ab", "$h"]) expect(subTypes(run({ body: `${unit.repeat(90_000)} You idiot.` })), unit).toContain("abusive/demeaning");
  });
});

describe("a flood of abuse", () => {
  it("gives one finding per sub-type with at most five pieces of evidence, each pointing at the words", () => {
    const body = "You idiot. ".repeat(5_000);
    const findings = run({ body }).findings.filter((f) => f.subType === "demeaning");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence).toHaveLength(5);
    for (const e of findings[0]!.evidence) if (e.kind === "text") expect(body.slice(e.span.start, e.span.end)).toBe("You idiot");
  });
});

// Each test starts the CLI in its own process (npx, tsx): seconds on a busy 2-core machine, not milliseconds.
describe("the classify CLI", { timeout: 60_000 }, () => {
  type Out = { id?: string | number; categories?: string[]; findings?: Array<{ subType: string; wording: { category: string } }>; error?: string };
  const cliRun = async (input: string | Buffer, ...args: string[]) => {
    const done = await runTsx("dev/classify.ts", ["--now", "2026-11-25T10:00:00Z", ...args], input);
    return { status: done.status, stderr: done.stderr, lines: done.stdout.trim().split("\n").map((l) => JSON.parse(l) as Out) };
  };
  const cli = async (input: string, ...args: string[]) => (await cliRun(input, ...args)).lines;

  it("writes one JSON line per input line, with an error line for a bad one, and carries on", async () => {
    const input = [
      JSON.stringify({ id: "m1", from: "a@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "Hi", body: "<p>I know where <b>you</b> live.</p>" }),
      "{not json",
      JSON.stringify({ id: 7, subject: "No body" }),
      JSON.stringify({ id: "m3", from: "b@example.org", to: [], cc: [], subject: "Hello", body: "When is the next public meeting?" }),
    ].join("\n");
    const lines = await cli(input, "--pack", "gwent");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: "m1", categories: ["abusive"] });
    expect(lines[0]?.findings?.[0]?.wording.category).toBe("Aggressive or abusive contact");
    expect(lines[1]?.error).toMatch(/JSON/);
    expect(lines[2]).toMatchObject({ id: 7, error: expect.stringMatching(/body/) });
    expect(lines[3]).toMatchObject({ id: "m3", categories: [] });
  });

  it("exits 1 when a line could not be classified, and says how many, after answering every line", async () => {
    const good = JSON.stringify({ id: "g", from: "a@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body: "When is the next meeting?" });
    expect(await cliRun(good)).toMatchObject({ status: 0, lines: [{ id: "g" }] });
    const mixed = await cliRun(`${good}\n{not json`);
    expect(mixed.status).toBe(1);
    expect(mixed.lines).toHaveLength(2);
    expect(mixed.stderr).toContain("1 of 2 lines could not be classified");
  });

  it("reads an export saved with a byte-order mark, in UTF-8 or UTF-16 (Windows PowerShell's default): the first message is not lost", async () => {
    const line = JSON.stringify({ id: "bom", from: "a@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body: "I know where you live." });
    const twoLines = `${line}\n${line.replace('"bom"', '"second"')}\n`;
    const utf8 = await cliRun(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(twoLines, "utf8")]));
    const utf16 = await cliRun(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(twoLines, "utf16le")]));
    for (const out of [utf8, utf16]) {
      expect(out.status).toBe(0);
      expect(out.lines).toMatchObject([{ id: "bom", categories: ["abusive"] }, { id: "second", categories: ["abusive"] }]);
    }
  });

  it("sees staff copied into mail to another body when told the office's domain", async () => {
    const line = JSON.stringify({ id: "c", to: ["complaints@council.example.gov.uk"], cc: ["a@opcc.example.gov.uk", "b@opcc.example.gov.uk"], subject: "", body: "Please act." });
    const [out] = await cli(line, "--staff-domain", "opcc.example.gov.uk");
    expect(out?.findings?.map((f) => f.subType)).toContain("copyingStaff");
  });
});
