import { describe, expect, it } from "vitest";
import { GraphFault } from "../../dev/emulator/errors";
import { evaluate, parseFilter, pathsOf } from "../../dev/emulator/odata-filter";

const row: Record<string, unknown> = {
  "fields/Email": "pat.o'brien@example.org",
  "fields/Count": 7,
  "fields/Active": true,
  "fields/Due": "2026-11-20T09:00:00Z",
  "fields/Team": "Casework",
};
const matches = (filter: string) => evaluate(parseFilter(filter), (p) => row[p]);

function rejection(filter: string): GraphFault {
  try {
    parseFilter(filter);
  } catch (error) {
    return error as GraphFault;
  }
  throw new Error(`accepted: ${filter}`);
}

describe("OData $filter", () => {
  it("reads '' inside a literal as one apostrophe", () => {
    expect(matches("fields/Email eq 'pat.o''brien@example.org'")).toBe(true);
    expect(matches("fields/Email eq 'pat.obrien@example.org'")).toBe(false);
  });

  it("compares numbers, datetimes and text (case-insensitively)", () => {
    expect(matches("fields/Count gt 6 and fields/Count le 7")).toBe(true);
    expect(matches("fields/Count lt 7")).toBe(false);
    expect(matches("fields/Due ge '2026-11-19T00:00:00Z'")).toBe(true);
    expect(matches("fields/Due lt 2026-11-19T00:00:00Z")).toBe(false);
    expect(matches("fields/Team eq 'CASEWORK'")).toBe(true);
    expect(matches("fields/Team ne 'Casework'")).toBe(false);
  });

  it("matches Yes/No columns as 1/0, not as true (as SharePoint does reliably)", () => {
    expect(matches("fields/Active eq 1")).toBe(true);
    expect(matches("fields/Active eq 0")).toBe(false);
    expect(matches("fields/Active eq true")).toBe(false);
  });

  it("binds and tighter than or, and honours parentheses and not", () => {
    expect(matches("fields/Count eq 1 and fields/Count eq 2 or fields/Active eq 1")).toBe(true);
    expect(matches("fields/Count eq 1 and (fields/Count eq 2 or fields/Active eq 1)")).toBe(false);
    expect(matches("not (fields/Count eq 1)")).toBe(true);
  });

  it("supports startswith and treats a missing value as null", () => {
    expect(matches("startswith(fields/Email, 'PAT.')")).toBe(true);
    expect(matches("startswith(fields/Email, 'riley')")).toBe(false);
    expect(matches("fields/Missing eq null")).toBe(true);
    expect(matches("fields/Missing gt 0")).toBe(false);
  });

  it("lists the paths a filter reads", () => {
    expect(pathsOf(parseFilter("fields/A eq 1 and (startswith(fields/B,'x') or not fields/C eq 'y')"))).toEqual(["fields/A", "fields/B", "fields/C"]);
  });

  it.each([
    "fields/Email eq 'unterminated",
    "fields/Email eq",
    "fields/Email contains 'x'",
    "fields/Email eq 'a' and",
    "(fields/Email eq 'a'",
    "fields/Email eq 'a')",
    "fields/Email eq 'a' 'b'",
    "startswith(fields/Email)",
    "fields/Email eq #",
    "",
  ])("answers Graph's 400 invalidRequest for %j", (filter) => {
    const fault = rejection(filter);
    expect(fault).toBeInstanceOf(GraphFault);
    expect(fault.status).toBe(400);
    expect(fault.code).toBe("invalidRequest");
    expect(fault.message).toMatch(/^Invalid filter clause/);
  });

  it("refuses deep nesting with a 400 instead of overflowing the stack", () => {
    expect(rejection(`${"(".repeat(100_000)}fields/A eq 1${")".repeat(100_000)}`).status).toBe(400);
  });

  it("parses 20,000 or-ed clauses into one flat list, so evaluating them needs no deep recursion", () => {
    // The shape is what keeps it linear (a left-deep tree would recurse 20,000 deep); timing it
    // here would only measure how loaded the machine is.
    const filter = Array.from({ length: 20_000 }, (_, i) => `fields/Count eq ${i + 100}`).join(" or ");
    const expr = parseFilter(`${filter} or fields/Count eq 7`);
    expect(expr.kind === "or" && expr.items.length).toBe(20_001);
    expect(evaluate(expr, (p) => row[p])).toBe(true);
  });
});
