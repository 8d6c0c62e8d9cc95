import { F } from "./features";
import { negatedBetween, type Hit, type Words } from "./words";
import { oneOf } from "../text/one-of";

/**
 * Threats of violence to someone's body (Gwent 4.0 "threats (implicit or explicit)
 * against another person"; Warwickshire 3.1 "Threats or harm to people"): a violent verb
 * with intent and a possessed body part — "I'll snap your neck", "someone should cut his
 * throat", "I will end your life" — and "at my hands". General English, not fitted to rows.
 *
 * And threats to property (Warwickshire 3.1 "Threats or harm to people or property"): a
 * damaging verb with intent and someone else's property — "I'll burn your house down",
 * "I will smash the office windows", "a brick through your window". Only property that is
 * the reader's or someone else's: "my car was smashed" is a report, not a threat.
 */
// Sets, not regexes: looked up for every word of a 50 KB letter.
const words = (list: string) => new Set(list.split(" "));
const BODY = words("neck necks throat throats head heads face faces skul skuls leg legs arm arms kne knes knecap knecaps jaw nose teth ribs finger fingers life lives brain brains guts eye eyes");
const ACTS = words("snap snaping cut cuting slit sliting break breaking smash smashing bash kick kicking punch stamp stab shot shoot end ending take taking rip tear gouge crack burn blow");
const POSSESSIVE = words("your ur yer his her their thier");
const HARM = oneOf("die|death|deth|sufer|pain|end");
// Squeezed, as tokens hold them: "door" → "dor", "office" → "ofice", "street" → "stret".
const DAMAGE = words("smash smashing burn burning torch torching wreck wrecking trash trashing vandalise vandalize firebomb petrol slash slashing brick bricking key keying break breaking");
const PROPERTY = words("house houses home homes car cars van vans window windows dor dors ofice ofices property building buildings tyres tires garden fence flat place motor shop");
/** Whose property: the reader's or a third person's ("your car", "their house")… */
const OWNER = words("your ur yer his her their thier");
/** …or the office's, named with an article ("the office", "this building"): "the garden", "the door" could be anyone's, the writer's own included. */
const ARTICLE = words("the this that");
const OFFICE = words("ofice ofices building buildings");
/** What may stand between owner and property: "your nice new car", "the front door", "the office's windows". */
const PROPERTY_GAP = 2;
/** Missiles that go "through your window". */
const MISSILE = oneOf("brick|bricks|rock|rocks|stone|stones|petrol|bomb|firebomb");
const OPENINGS = words("window windows dor dors leterbox");

/** Words bodilyThreatHits starts from besides a violent verb: an act on the body, damage, "through", "at". */
const STARTS = new Set([...ACTS, ...DAMAGE, "through", "at"]);

export function bodilyThreatHits(w: Words): Hit[] {
  const { tokens } = w;
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens.squeezed(i);
    // Every construction below starts from one of these: any other word is passed over with one lookup.
    if (!w.is(i, F.violent) && !STARTS.has(t)) continue;
    if (ACTS.has(t) || w.is(i, F.violent)) {
      const part = POSSESSIVE.has(tokens.squeezed(i + 1)) ? i + 2 : -1;
      // "He should hang his head in shame": the idiom of shame, not a hanging.
      const shame = t === "hang" && tokens.squeezed(part).startsWith("head");
      if (part >= 0 && w.same(i, part) && BODY.has(tokens.squeezed(part)) && !shame && !negatedBetween(w, i - 5, i)) {
        // An order with no subject ("Snap his neck.") is intent enough.
        if (intended(w, i)) hits.push({ rule: "bodily-harm", start: tokens.start(i), end: tokens.end(part) });
      }
    }
    if (DAMAGE.has(t)) {
      const owner = tokens.squeezed(i + 1);
      const kinds = OWNER.has(owner) ? PROPERTY : ARTICLE.has(owner) ? OFFICE : undefined;
      let thing = -1;
      for (let k = i + 2; kinds && k <= i + 2 + PROPERTY_GAP && thing < 0 && w.same(i, k); k += 1) if (kinds.has(tokens.squeezed(k))) thing = k;
      if (thing >= 0 && !negatedBetween(w, i - 5, i) && intended(w, i)) hits.push({ rule: "property-damage", start: tokens.start(i), end: tokens.end(thing) });
    }
    // "a brick through your window", "petrol through the letterbox"
    if (t === "through" && (OWNER.has(tokens.squeezed(i + 1)) || ARTICLE.has(tokens.squeezed(i + 1))) && OPENINGS.has(tokens.squeezed(i + 2)) && w.same(i, i + 2)) {
      const missile = tokens.find(i - 4, i, MISSILE);
      if (missile >= 0 && w.same(missile, i) && intended(w, missile)) hits.push({ rule: "missile-through-window", start: tokens.start(missile), end: tokens.end(i + 2) });
    }
    // "… will die a horrible death at my hands", "suffer at my hands"
    if (t === "at" && tokens.squeezed(i + 1) === "my" && tokens.squeezed(i + 2).startsWith("hand")) {
      const harm = tokens.find(i - 6, i, HARM);
      if (harm >= 0) hits.push({ rule: "at-my-hands", start: tokens.start(harm), end: tokens.end(i + 2) });
    }
  }
  return hits;
}

/**
 * Said as something the writer will do: intent or a modal within five words before it ("I'll",
 * "going to", "someone should"), or an order with no subject ("Burn their house down.").
 * A past report ("they smashed my windows") has neither.
 */
function intended(w: Words, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5) && w.same(i, k); k -= 1) if (w.is(k, F.intent) || w.is(k, F.modal)) return true;
  return !w.same(i, i - 1);
}
