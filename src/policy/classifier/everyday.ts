import { squeeze } from "./tokens";

/**
 * Everyday English words that typo tolerance (match.ts) would otherwise read as a lexicon
 * word one letter away: "treated" as "threat" ("Women are treated badly by the police"),
 * "back" as "blacks", "down" as "drown", "cooked" as "cock", "loath" as "loathe". A word
 * that is itself an everyday word, or a form of one, is that word, not a disguise: a
 * complaint about how someone was treated is not a threat (Gwent 3.0, and issue #5 "must
 * not flag" a message because it mentions a protected characteristic).
 *
 * The words: those of SCOWL's common-words lists (sizes 10 to 35, English, British and
 * American) that a lexicon with typo tolerance matches only through a typo, less the ones
 * that are inflections of the lexicon word they reach ("idiot" of "idiots", "tortured" of
 * "torture", "hated" of "hate"), which are still read as that word. Derived from the
 * dictionary against the lexicons, not from any evaluation row; when a lexicon with typo
 * tolerance gains a word, the words one letter from it are checked against the dictionary
 * again. Stored squeezed, as tokens are matched.
 */
export const EVERYDAY = new Set(
  `
  ares back backed backer backers backing backs bead beaded beading beads beady beats bests beta blend
  blended blending blends blocks bobbed boomed bossy brunt burner burners burred canneries cannery clued coke coked
  cokes coking cooked cooker cookies cooking cooks criminally cued dagger daggers derange deranges dirt dirties disable
  disables diseased disgraced disgracing ditty down downed downing downs downy droned drones droning filter filters filth
  freaked freaking gags garage garages gills greed grey greyed greyer greyest greying greys grill grilled grilles
  grilling grills hared hinds illegally immigrated immigrates immigrating lades lathe lathes leered leering leers leery loath
  looses loses losses malls menaced menacing migrated migrates migrating monkeyed monkeying moons morns natty perverted perverting
  pets plagued plaguing polls pools queered queerer queerest queering queries query raster refused refusing retarded retarding
  reuse reuses roam roamed roaming roams sages sank sash sashes scored scorer scores scoring shakes shaking
  shaky sine straggle straggled straggles strange strangely tans terrorised terrorises terrorising theater theaters thus tick ticked
  ticking ticks traversed traverses traversing treat treated treaties treating treats treaty tugs uses violet violets wormed
  worming wretches`
    .trim()
    .split(/\s+/)
    .map(squeeze),
);
