import readability from "text-readability";
import { composeLetter } from "../src/policy/letters/compose";
import { bodyText } from "../src/policy/letters/text";
import { listPacks } from "../src/policy/packs/index";
import { everyLetter, LETTER_DATE } from "../test/builders/letters";

/**
 * Plain English per template: the Flesch reading ease (text-readability) of each letter's
 * body, for every kind and outcome of every shipped pack, beside the pack's target. The unit
 * test (test/policy/letters/templates.test.ts) holds each to the target; this prints the figures.
 */
export async function run(): Promise<void> {
  for (const pack of listPacks()) {
    console.log(`${pack.id} (target ≥ ${pack.letters?.readingEase.minimum ?? "none"})`);
    for (const { name, request } of everyLetter()) {
      const result = composeLetter(pack, request, { date: LETTER_DATE, preparedBy: "Casey Worker" });
      const figure = result.ok ? readability.fleschReadingEase(bodyText(result.letter)).toFixed(1) : `refused: ${result.problems[0]?.message}`;
      console.log(`  ${name.padEnd(28)} ${figure}`);
      if (process.env.LETTER_TEXT === `${pack.id}:${name}` && result.ok) console.log(bodyText(result.letter));
    }
  }
}
