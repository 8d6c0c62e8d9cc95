/**
 * `npx tsx dev/eval/misses.ts <functionality> [n]`: a sample of HateCheck rows the
 * classifier gets wrong in one functionality, to understand a category's errors
 * (never to copy rows into rules).
 *
 * `npx tsx dev/eval/misses.ts convabuse-dev [n] [missed|flagged]`: the same for the DEV half
 * of ConvAbuse only (corpora.ts convabuseHalf). The held-out half is never listed here: its
 * figures are the honest ones only while nobody reads its rows.
 */
import { convabuse, hatecheck, type Case } from "./corpora";
import { predictAbusive } from "./predict";

const [functionality = "", n = "10", only = ""] = process.argv.slice(2);
if (functionality.startsWith("convabuse") && functionality !== "convabuse-dev") throw new Error("only the dev half of ConvAbuse may be read: convabuse-dev");
const cases: Case[] = functionality === "convabuse-dev" ? convabuse().filter((c) => c.half === "dev") : hatecheck().filter((c) => c.group === functionality);
const wrong = cases.filter((c) => predictAbusive(c.text) !== c.abusive).filter((c) => !only || (only === "missed") === c.abusive);
console.log(`${functionality}: ${wrong.length} wrong`);
for (const c of wrong.slice(0, Number(n))) console.log(`  ${c.abusive ? "missed" : "flagged"}: ${c.text.replace(/\s+/g, " ")}`);
