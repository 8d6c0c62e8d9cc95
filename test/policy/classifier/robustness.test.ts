import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/policy/text/html";
import { run } from "./fixtures";

describe("hostile and huge input", () => {
  it("reads HTML bodies as text, ignoring scripts and styles", () => {
    const text = htmlToText("<html><style>p{}</style><script>alert('x')</script><p>You <b>idiot</b>.</p></html>");
    expect(text).toBe("You idiot.");
  });

  it("classifies a megabyte of pathological input and still finds what matters", () => {
    const body = `${"a".repeat(300_000)} ${'"'.repeat(50_000)} ${"f u ".repeat(50_000)} ${"<".repeat(100_000)} You idiot.`;
    const result = run({ body });
    expect(result.fingerprint).toHaveLength(512);
    expect(result.findings.some((f) => f.subType === "inundating")).toBe(true);
  });
});

describe("the classify CLI", () => {
  it("writes one JSON line per input line, with an error line for a bad one", () => {
    const input = [
      JSON.stringify({ id: "m1", from: "a@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "Hi", body: "<p>I know where you live.</p>" }),
      "{not json",
      JSON.stringify({ id: "m3", from: "b@example.org", to: [], cc: [], subject: "Hello", body: "When is the next public meeting?" }),
    ].join("\n");
    const output = execFileSync("npx", ["tsx", "dev/classify.ts", "--now", "2026-11-25T10:00:00Z"], { input, encoding: "utf8" });
    const lines = output.trim().split("\n").map((l) => JSON.parse(l) as { id?: string; categories?: string[]; error?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: "m1", categories: ["abusive"] });
    expect(lines[1]?.error).toMatch(/JSON/);
    expect(lines[2]).toMatchObject({ id: "m3", categories: [] });
  });
});
