/**
 * A guard's last answer, kept with the words it read (issue 13). A long letter tells the same thing paragraph after
 * paragraph ("my report of a burglary was handled", 103 crime hits in the benchmark's 50 KB letter), and rules of one
 * kind hit the same sentence (on the dev and training mail, a third of the hits the alert loop judged were in a sentence
 * already judged for that kind): a guard asked again about the same words answers again from memory.
 *
 * Only for a judgement that reads nothing but the strings it is given, with patterns that keep no state (no `g` or `y`
 * flag on a pattern it calls `test` on): its answer to the same strings is then the same, so remembering it changes no
 * output (bench/identity.ts). One answer is kept, not a table: a repeat is the same words asked about again, one hit
 * after another. Strings are compared, not their offsets, so the same sentence told twice is judged once.
 */
export function lastAnswer(judge: (first: string, second: string, third: string) => boolean): (first: string, second: string, third: string) => boolean {
  let seen = false;
  let lastFirst = "";
  let lastSecond = "";
  let lastThird = "";
  let answer = false;
  return (first, second, third) => {
    // The text is the same string object for every hit of a message: compared by reference before any character is.
    if (seen && first === lastFirst && second === lastSecond && third === lastThird) return answer;
    answer = judge(first, second, third);
    [seen, lastFirst, lastSecond, lastThird] = [true, first, second, third];
    return answer;
  };
}
