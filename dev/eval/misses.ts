/**
 * `npx tsx dev/eval/misses.ts <functionality> [n]`: a sample of HateCheck rows the
 * classifier gets wrong in one functionality, to understand a category's errors
 * (never to copy rows into rules).
 */
import { hatecheck } from "./corpora";
import { predictAbusive } from "./predict";

const [functionality = "", n = "10"] = process.argv.slice(2);
const wrong = hatecheck().filter((c) => c.group === functionality && predictAbusive(c.text) !== c.abusive);
console.log(`${functionality}: ${wrong.length} wrong`);
for (const c of wrong.slice(0, Number(n))) console.log(`  ${c.abusive ? "missed" : "flagged"}: ${c.text}`);
