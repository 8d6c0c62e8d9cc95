import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { actorFor } from "../../src/app/actor";
import { decide, propose, saveDraft } from "../../src/app/strategy/actions";
import { approvalsQueue } from "../../src/app/strategy/read";
import { sentBackProposals } from "../../src/app/strategy/sent-back";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import { createMemoryStore, type MemoryStore } from "../../src/store/memory/store";
import { SentBackNotice, SentBackSection, SentBackToYou } from "../../src/taskpane/shared/SentBack";
import { CASEY_ID, MORGAN_ID, ROSTER } from "../builders/evidence";
import { strategy } from "../builders/strategy";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ").trim();
const person = (id: typeof CASEY_ID) => ({ emailAddress: id.upn!, displayName: id.displayName });
const casey = actorFor(person(CASEY_ID), ROSTER);
const morgan = actorFor(person(MORGAN_ID), ROSTER);
const T = (minute: number) => new Date(Date.UTC(2026, 11, 4, 10, minute)).toISOString();
const WHY = "Say which adjustments were offered.";

let store: MemoryStore;

/** Casey proposes Riley Evans's strategy; Morgan sends it back with a reason. */
async function sentBack() {
  const draft = await saveDraft(store.as(CASEY_ID), strategy({ id: "riley", person: { displayName: "Riley Evans" } }), undefined, casey, T(0));
  const proposed = await propose(store.as(CASEY_ID), pack, draft, casey, "Abuse after a written warning.", T(1));
  if (!proposed.ok) throw new Error(proposed.message);
  const sent = await decide(store.as(MORGAN_ID), pack, proposed.strategy, { type: "sendBack", by: morgan, at: T(10), why: WHY });
  if (!sent.ok) throw new Error(sent.message);
  return sent.strategy;
}

beforeEach(() => {
  store = createMemoryStore(CASEY_ID);
});

describe("a sent-back proposal is not lost from sight (T5 finding 5: it left the Approvals queue and nobody was prompted)", () => {
  it("the proposer's pane says it waits for them, with who sent it back, when and why, and a link to it", async () => {
    await sentBack();
    const mine = await sentBackProposals(store, CASEY_ID.upn!.toUpperCase());
    const shown = text(renderToStaticMarkup(<SentBackToYou entries={mine} onDismiss={() => undefined} />));
    expect(shown).toContain("A proposal was sent back to you");
    expect(shown).toContain("It waits for you: change what the authoriser asked and submit again");
    expect(shown).toContain(`Riley Evans — sent back by Morgan Reid on 4 December 2026: “${WHY}”`);
    expect(renderToStaticMarkup(<SentBackToYou entries={mine} onDismiss={() => undefined} />)).toContain('href="#strategy/riley"');
    // Nobody else is told it waits for them.
    expect(await sentBackProposals(store, "sam.carter@opcc.example.gov.uk")).toEqual([]);
  });

  it("the authoriser's Approvals still lists it, as sent back and awaiting the proposer — no longer waiting for a decision", async () => {
    await sentBack();
    expect(await approvalsQueue(store, pack, ROSTER)).toEqual([]);
    const shown = text(renderToStaticMarkup(<SentBackSection entries={await sentBackProposals(store)} />));
    expect(shown).toContain("Sent back, awaiting the proposer (1)");
    expect(shown).toContain(`Riley Evans — awaiting Casey Worker; sent back by Morgan Reid on 4 December 2026: “${WHY}”`);
  });

  it("the strategy's own page says whom it waits for: the proposer is told to change and resubmit, anyone else that it is awaited", async () => {
    const current = await sentBack();
    const [entry] = await sentBackProposals(store);
    const toCasey = text(renderToStaticMarkup(<SentBackNotice sent={entry!.sentBack} you={CASEY_ID.upn!} />));
    expect(toCasey).toContain("Sent back to you: it waits for you");
    expect(toCasey).toContain(`Sent back by Morgan Reid on 4 December 2026: “${WHY}” Change what was asked below and submit it again`);
    const toMorgan = text(renderToStaticMarkup(<SentBackNotice sent={entry!.sentBack} you={MORGAN_ID.upn!} />));
    expect(toMorgan).toContain("Sent back: awaiting Casey Worker");
    // Once resubmitted, it waits for the authoriser again, and no longer for Casey.
    const again = await propose(store.as(CASEY_ID), pack, current, casey, "Abuse after a written warning; large print offered.", T(20));
    expect(again.ok).toBe(true);
    expect(await sentBackProposals(store)).toEqual([]);
    expect((await approvalsQueue(store, pack, ROSTER)).map((e) => e.strategy.value.id)).toEqual(["riley"]);
  });
});
