import { describe, expect, it } from "vitest";
import { runTsx } from "./spawn";

interface Out {
  id?: string;
  categories?: string[];
  findings?: Array<{ subType: string; evidence: Array<{ kind: string; summary?: string }> }>;
  alerts?: Array<{ kind: string }>;
  error?: string;
}

// Gwent's pack: re-sends before a decision are "repeated demands" there (Gwent 6.0); Warwickshire's calls them persistence (3.2).
const ARGS = ["dev/classify.ts", "--now", "2026-11-25T10:00:00Z"] as const;
/** The CLI over one input, stdout and stderr whatever the exit code (spawn.ts: never blocking the test worker). */
const cliAsync = (input: string, ...args: string[]) => runTsx(ARGS[0], [...ARGS.slice(1), ...args], input);

// A line that cannot be classified makes the exit code 1 (robustness.test.ts); its output line says why, read here.
const cli = async (lines: object[], ...args: string[]): Promise<Out[]> =>
  (await cliAsync(lines.map((l) => JSON.stringify(l)).join("\n"), "--pack", "gwent", ...args)).stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Out);

const COMPLAINT = "I am writing about complaint 2025/0933. The investigation into the officer who attended my house in May was not done properly and I want it reopened and a full apology.";
const resent = (id: string, day: number, from = "Jordan Blake <Jordan.Blake@example.net>") => ({
  id,
  from,
  to: ["enquiries@opcc.example.gov.uk"],
  subject: `Complaint 2025/0933 (${id})`,
  body: `${COMPLAINT} Sent again on day ${day}.`,
  receivedAt: `2026-11-${String(day).padStart(2, "0")}T09:00:00Z`,
});

describe("the classify CLI over a mail export", () => {
  it("judges each message with the sender's earlier lines: the third re-sent complaint is a repeated demand", async () => {
    const out = await cli([resent("a", 10), resent("b", 12), resent("c", 14, "jordan.blake@example.net")]);
    expect(out.map((o) => o.findings?.some((f) => f.subType === "repeated") ?? false)).toEqual([false, false, true]);
    const repeated = out[2]!.findings!.find((f) => f.subType === "repeated")!;
    expect(repeated.evidence[0]?.summary).toMatch(/2 earlier messages substantially the same/);
  }, 30_000);

  it("keeps senders apart and forgets what is older than 90 days", async () => {
    const may = (m: ReturnType<typeof resent>) => ({ ...m, receivedAt: m.receivedAt.replace("2026-11", "2026-05") });
    const out = await cli([
      may(resent("x1", 1, "x@example.org")),
      may(resent("x2", 2, "x@example.org")),
      resent("x3", 14, "x@example.org"),
      resent("p", 10, "p@example.org"),
      resent("q", 12, "q@example.org"),
      resent("r", 14, "r@example.org"),
    ]);
    expect(out.map((o) => o.findings?.some((f) => f.subType === "repeated") ?? false)).toEqual([false, false, false, false, false, false]);
  }, 30_000);

  it("judges every line on its own with --no-history", async () => {
    const out = await cli([resent("a", 10), resent("b", 12), resent("c", 14)], "--no-history");
    expect(out[2]!.findings?.some((f) => f.subType === "repeated")).toBe(false);
  }, 30_000);

  it("refuses a receivedAt that is not a date, on that line only", async () => {
    const out = await cli([{ ...resent("a", 10), receivedAt: "yesterday-ish" }, resent("b", 12)]);
    expect(out[0]).toMatchObject({ id: "a", error: expect.stringMatching(/receivedAt: "yesterday-ish" is not a date/) });
    expect(out[1]!.categories).toBeDefined();
  }, 30_000);

  it("prints alerts on every line, an empty list when there are none", async () => {
    const out = await cli([resent("a", 10), { ...resent("b", 12), body: "I know where you live, Casey. You'll regret ignoring me." }, { ...resent("c", 13), context: { strategy: { restrictions: ["readAndFile"], closedMatter: "A complaint about a van." } } }]);
    expect(out.map((o) => Array.isArray(o.alerts))).toEqual([true, true, true]);
    expect(out[0]!.alerts).toEqual([]);
  }, 30_000);

  it("reads the office's staff named with --staff-name (repeatable): a threat naming one is a threat to staff, and not without", async () => {
    const line = { ...resent("a", 10), body: "Priya Shah is going to get hurt if she carries on like this." };
    const kinds = (out: Out[]) => out[0]!.alerts!.map((a) => a.kind);
    expect(kinds(await cli([line], "--rules-only", "--staff-name", "Tomasz Nowak", "--staff-name", "Priya Shah"))).toContain("threat-to-staff");
    expect(kinds(await cli([line], "--rules-only", "--staff-name", "Tomasz Nowak"))).not.toContain("threat-to-staff");
  }, 30_000);

  it("reads an HTML body past a 2.9 MB pasted picture: the threat after it is alerted (issue 10)", async () => {
    const photo = `/9j/4AAQSkZJRgABAQ${"QUJDRA0+/".repeat(322_300)}`;
    const body = `<html><body><p>Dear OPCC,</p><p><img src="data:image/jpeg;base64,${photo}"></p><p>I know where you live, Casey. You'll regret ignoring me.</p></body></html>`;
    expect(body.length).toBeGreaterThan(2_900_000);
    const { stdout } = await cliAsync(JSON.stringify({ ...resent("a", 10), body }), "--pack", "gwent", "--rules-only", "--staff-name", "Casey Worker");
    expect((JSON.parse(stdout) as Out).alerts!.map((a) => a.kind)).toContain("threat-to-staff");
  }, 120_000);

  it("with no --staff-name, says on stderr that threats naming staff are missed, and reads the line's staff recipients by name", async () => {
    const line = JSON.stringify({ ...resent("a", 10), to: ["Priya Shah <priya.shah@opcc.example.gov.uk>"], body: "Priya Shah is going to get hurt if she carries on like this." });
    const kinds = (stdout: string) => (JSON.parse(stdout) as Out).alerts!.map((a) => a.kind);
    const [unnamed, outside, named] = await Promise.all([cliAsync(line, "--rules-only", "--staff-domain", "opcc.example.gov.uk"), cliAsync(line, "--rules-only"), cliAsync(line, "--rules-only", "--staff-name", "Priya Shah")]);
    expect(unnamed.stderr).toMatch(/no --staff-name given/);
    expect(kinds(unnamed.stdout)).toContain("threat-to-staff");
    // Not when her address is not at the office's domain: then nothing names her as staff.
    expect(kinds(outside.stdout)).not.toContain("threat-to-staff");
    expect(named.stderr).not.toMatch(/no --staff-name given/);
    expect(kinds(named.stdout)).toContain("threat-to-staff");
  }, 120_000);

  it("refuses a context.strategy naming a restriction that does not exist, on that line only", async () => {
    const out = await cli([{ ...resent("a", 10), context: { strategy: { restrictions: ["readAndBin"] } } }, resent("b", 12)]);
    expect(out[0]).toMatchObject({ id: "a", error: expect.stringMatching(/context\.strategy\.restrictions\.0/) });
    expect(out[1]!.alerts).toEqual([]);
  }, 30_000);
});
