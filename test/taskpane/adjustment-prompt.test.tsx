import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Services } from "../../src/app/services";
import { adjustmentsAsked, largePrintAsked } from "../../src/policy/adjustments-asked";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { gwentPack } from "../../src/policy/packs/gwent";
import { LettersPanel } from "../../src/taskpane/letters/LettersPanel";
import { AdjustmentPrompt } from "../../src/taskpane/review/components/AdjustmentPrompt";
import { ServicesProvider } from "../../src/taskpane/services";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ").trim();
// The demo's message (dev/emulator/seed-mail.ts), as T5 read it: no prompt, and letters not in large print.
const TAYLOR =
  "I am partially sighted and have a learning disability. Please could you send your letters in large print, and allow my sister to speak for me on the phone? Thank you.";

describe("a message that tells of a need or asks for an adjustment prompts for reasonable adjustments (T5 finding 13: Taylor Hughes)", () => {
  it("Taylor Hughes's message: the pane says what she asked, in her words, what to do about each, and cites the policy", () => {
    const asks = adjustmentsAsked(TAYLOR);
    expect(asks.map((a) => a.kind)).toEqual(["need", "largePrint", "someoneToSpeak"]);
    const shown = text(renderToStaticMarkup(<AdjustmentPrompt asks={asks} pack={warwickshirePack} name="Taylor Hughes" />));
    expect(shown).toContain("Reasonable adjustments asked for");
    expect(shown).toContain("Taylor Hughes wrote: “I am partially sighted”, “large print”, “allow my sister to speak for me”.");
    expect(shown).toContain("Consider the reasonable adjustments this needs (Equality Act 2010; Managing Public Contact Policy (OPCC Warwickshire), section 5");
    expect(shown).toContain("Take what they tell you about their needs at face value");
    expect(shown).toContain("Send letters to them in large print");
    expect(shown).toContain("Before anyone else speaks for them, confirm with them who that is");
    expect(text(renderToStaticMarkup(<AdjustmentPrompt asks={asks} pack={gwentPack} name="Taylor Hughes" />))).toMatch(/section 7\.0/);
  });

  it("her letters start in large print, and say why", () => {
    expect(largePrintAsked(adjustmentsAsked(TAYLOR))).toBe(true);
    const services = { pack: warwickshirePack } as unknown as Services;
    const html = renderToStaticMarkup(
      <ServicesProvider services={services}>
        <LettersPanel kinds={["signposting"]} signposts={[]} outcome={{ state: "idle" }} letters={[]} listProblem={undefined} canReply largePrintFirst onAct={() => undefined} onMarkSent={() => undefined} onDismiss={() => undefined} />
      </ServicesProvider>,
    );
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked=""[^>]*>/);
    expect(text(html)).toContain("Large print (16 pt): asked for as an adjustment");
  });

  it("other ways people say it", () => {
    expect(adjustmentsAsked("I'm Deaf, so please arrange a BSL interpreter.").map((a) => a.kind)).toEqual(["need", "interpreter"]);
    expect(adjustmentsAsked("I have dyslexia - could I have an easy-read copy?").map((a) => a.kind)).toEqual(["need", "otherFormat"]);
    expect(adjustmentsAsked("My advocate will call you on Monday.").map((a) => a.kind)).toEqual(["someoneToSpeak"]);
    expect(adjustmentsAsked("I am registered disabled.").map((a) => a.kind)).toEqual(["need"]);
  });

  it("says nothing where nothing is asked: a blind copy, a disabled account, a complaint about someone else", () => {
    for (const quiet of [
      "I sent it blind copy to my MP.",
      "I have disabled my old email account, use this one.",
      "Your officer was blind to what was happening.",
      "The print on your letter was fine but the content was not.",
      "I want my complaint dealt with by someone else.",
    ]) {
      expect(adjustmentsAsked(quiet), quiet).toEqual([]);
    }
    expect(renderToStaticMarkup(<AdjustmentPrompt asks={[]} pack={warwickshirePack} name="Pat" />)).toBe("");
  });
});
