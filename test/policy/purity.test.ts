import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// src/policy holds the product's knowledge and must give the same answer for the same input:
// lint is what keeps clocks, randomness, I/O and hosts out of it (README, Architecture).
const eslint = new ESLint();
const problems = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.message);

describe("the policy core stays pure", () => {
  it.each([
    ["the clock", "export const at = () => new Date();"],
    ["the clock, another way", "export const at = () => Date.now();"],
    ["a timer", "export const t = () => performance.now();"],
    ["randomness", "export const pick = () => Math.random();"],
    ["the browser", "export const lang = () => navigator.language;"],
    ["the network", "export const get = () => fetch('https://graph.microsoft.com');"],
    ["Office", "export const item = () => Office.context;"],
    ["the store", "import { createMemoryStore } from '../store/memory/store'; export const s = createMemoryStore;"],
  ])("refuses %s in src/policy", async (_what, code) => {
    expect((await problems(code, "src/policy/example.ts")).join(" ")).toMatch(/src\/policy|Dependencies point inwards/);
  });

  it("allows a date made from a value passed in, and allows the clock outside src/policy", async () => {
    expect(await problems("export const at = (iso: string) => new Date(iso);", "src/policy/example.ts")).toEqual([]);
    expect(await problems("export const at = () => new Date();", "src/app/example.ts")).toEqual([]);
  });
});
