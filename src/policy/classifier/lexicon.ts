import { squeeze } from "./tokens";

/**
 * Word lists for the abuse rules: general knowledge of English abuse, not fitted to any
 * evaluation row. Stored squeezed (runs of a letter as one), as tokens are matched.
 */
const set = (words: string) => new Set(words.trim().split(/\s+/).map(squeeze));

/** Swearing and offensive language (Gwent 4.0 "swearing or other offensive language"). */
export const PROFANITY = set(`
  fuck fucker fuckwit motherfucker shit shite bullshit shithead cunt twat wanker wank prick dick dickhead cock knob knobhead
  bastard bitch arsehole asshole arse bollocks tosser bellend slag whore slut piss pissed dumbass jackass douche douchebag asshat
  cocksucker wtf
  fuk fuking fukin fuker fcking fcuk fking fkin fkn phuck phucking fook fooking fookin effing effin feck fecking frigging friggin
  shyte sh1te cnut bolocks biatch`);
/** Roots that make compounds offensive wherever they appear (motherfucker, dipshit, wankstain). */
export const PROFANE_ROOTS = ["fuck", "shit", "wank", "cunt"];
/** Profanity forms that may be masked (f***, sh*t, c**t): matched by shape. */
export const MASKABLE = ["fuck", "fucking", "shit", "cunt", "bitch", "twat", "wanker", "bastard", "prick", "dick", "arse", "whore", "slut", "fuckwit", "shite", "shitty", "bollocks", "pussy"];

/** Slurs against protected groups (Gwent 4.0: race, sex, gender, religion, sexual orientation, disability). */
export const SLURS = set(`
  nigger nigga negro coon wog paki chink gook spic wetback kike raghead towelhead muzzie moslem gyppo pikey
  faggot fag dyke tranny trannies shemale retard retarded spastic spaz mong cripple rapefugee jihadi bitch slut whore lesbo lezza darkie darkies kafir kaffir kuffar bender benders`);
/** Slurs that may be masked ("p*ki", "d*ke", "f@ggot" once unmasked): matched by shape, as masked swearing is. */
export const MASKABLE_SLURS = ["nigger", "paki", "faggot", "fag", "dyke", "retard", "spastic", "tranny", "lesbo"];
/** Slurs with an everyday meaning too (a dyke is an embankment; faggots are meatballs): only when aimed at someone. */
export const AMBIGUOUS_SLURS = set(`dyke dykes faggot faggots fag fags coon spaz mong queer bender benders`);

/** People, groups and pronouns a predicate can be aimed at. */
export const IDENTITY = set(`
  women woman girls girl females female ladies men man males boys trans transgender gays gay lesbians lesbian homosexuals homosexual
  bisexuals queers blacks black africans african disabled handicapped autistic muslims muslim islam jews jew jewish christians
  hindus sikhs immigrants immigrant migrants migrant refugees refugee foreigners foreigner asylum illegals gypsies travellers roma
  asians asian chinese indians pakistanis arabs mexicans poles romanians elderly pensioners boomers`);
export const PERSON_NOUNS = set(`
  people person folk folks community communities guys lot lawyers solicitors politicians police cops coppers officers officer staff servants bureaucrats
  councillors bankers journalists teachers doctors nurses landlords tories conservatives socialists liberals lefties feminists vegans
  cyclists drivers employees workers managers caseworkers commissioner commissioners officials clerks kids children adults
  idiots morons everyone everybody neighbours neighbors residents youths members judges magistrates ministers mps lads blokes
  parents mothers fathers wives husbands sisters brothers lives beings kind
  caseworker manager official clerk councillor politician lawyer solicitor journalist teacher doctor nurse landlord neighbour
  neighbor worker employee judge magistrate minister cop copper sergeant inspector constable detective
  family families wife husband partner son sons daughter daughters colleague colleagues`);
export const PRONOUNS = set(`you u ya ye yall they them he him she her youre theyre hes shes theyve youve`);
/** Good things that, denied of a person or group, demean them: "<people> are not our equal", "lives do not matter". */
export const POSITIVES = set(`equal equals worthy attractive smart intelligent clever human humans value matter matters deserve compassion respect
  welcome trusted trustworthy decent capable good better important valuable protecting protection place space room apply rights
  live exist save`);
/** The writer's own feelings towards someone (Gwent 4.0 "insulting or demeaning"). */
export const EMOTIONS = set(`hate hatred despise loathe detest disdain contempt disgusted repulsed revolted abhor abhors scorn`);

/** Dehumanising nouns: demeaning whoever they are said of. */
export const DEHUMANISING = set(`
  scum vermin rats rat cockroaches cockroach parasites parasite animals animal beasts savages subhuman subhumans filth trash garbage
  rubbish pigs pig swine dogs monkeys apes insects leeches maggots worms plague cancer disease pests pest lice degenerates freaks
  virus viruses infestation
  abominations creatures lowlife lowlifes scumbags scumbag criminals rapists terrorists thugs paedophiles pedophiles perverts
  idiots morons imbeciles cretins halfwits losers retards filth refuse lesser menace burden threat danger
  disgrace embarrassment whores sluts bitches`);
/** Negative attributes: demeaning when said of a person or group (not of a thing). */
export const NEGATIVE_ADJECTIVES = set(`
  disgusting vile revolting repulsive repugnant despicable pathetic worthless inferior evil stupid dumb thick brainless ugly dirty
  filthy sick twisted backward primitive barbaric uncivilised uncivilized lazy inbred hideous gross nasty horrible useless
  idiotic moronic contemptible loathsome wretched sickening dishonest ignorant cruel violent dangerous untrustworthy
  greedy selfish arrogant worst subhuman worthless deranged psychotic`);
/** Insults said to someone ("you idiot"). */
export const INSULTS = set(`
  idiot moron imbecile cretin halfwit clown prat pillock muppet cow pig scumbag scum loser disgrace parasite numpty dimwit dunce
  nonce pervert freak bitch slut whore cunt bastard twat prick dickhead wanker tosser dumbass jackass douchebag
  tit git twit nitwit plonker berk knobhead bellend arsehole asshole dipstick wazzock buffoon oaf
  jerk gimp fucker motherfucker shithead cocksucker pussy slag
  fool hag crone codger biddy bimbo harpy slapper trollop tart losers`);
/** Words for a person by sex or age, the heads of insults that target them: "stupid old woman", "silly old bat" (belittling.ts). */
export const AGE_OR_SEX = set(`woman man girl boy lady bag bat codger biddy crone hag git cow fool duffer`);
/** The most offensive words in British English (Ofcom's "strongest" band): offensive language even used once, at no one. */
export const SEVERE = set(`cunt cunts motherfucker motherfuckers motherfucking`);

export const HATE_VERBS = set(`hate hates despise loathe detest`);
export const VIOLENT_VERBS = set(`
  kill murder hurt stab shoot beat smash punch slap strangle burn rape attack batter kick torture hang lynch gas behead bomb
  butcher slaughter destroy exterminate eradicate harm thump deck end cut snap drown choke suffocate poison crush
  torch maim mutilate shank`);
export const VIOLENT_PASSIVES = set(`
  killed shot hanged hung gassed burned burnt lynched executed exterminated eradicated beaten tortured murdered slaughtered
  die dead suffer rot removed deported sterilised sterilized culled destroyed stabbed raped hurt drowned strangled
  eliminated wiped burned hunted beheaded bombed`);
/**
 * Sanctions the law can impose. Asking for them is a lawful demand when it is about what
 * someone did ("the officers responsible should be imprisoned"); the issue #5 brief and
 * Gwent 4.0 ("does not view behaviour unacceptable simply because a customer is forceful")
 * keep that out. Wished on a protected group ("<group> should be locked up") it demeans.
 */
export const SANCTIONS = set(`locked caged imprisoned jailed prosecuted sacked fired deported removed arrested charged banned`);
/**
 * Words that describe conduct: an allegation or criticism when said of a person or of the
 * police or staff ("the officer was violent and dishonest" is a complaint the office must
 * hear, Gwent 3.0), a stereotype that demeans when said of a protected group
 * (Gwent 4.0 "insulting or demeaning any person or group" on race, religion, …).
 */
export const CONDUCT = set(`violent dangerous dishonest cruel untrustworthy ignorant arrogant lazy useless incompetent selfish greedy corrupt
  criminals criminal thugs thug rapists rapist paedophiles paedophile pedophiles pedophile perverts terrorists terrorist danger threat
  menace burden liars liar`);
export const NEGATORS = set(`not no never nobody none nothing dont don't doesnt isnt arent wasnt werent cant cannot wont shouldnt wouldnt didnt nor opposite`);
export const COPULAS = set(`are is r re be being am were was`);
export const INTENSIFIERS = set(`all just such so nothing but a an the really fucking bloody absolute absolutely complete completely total totally utter utterly truly very most these those that this every of human common`);
/** Words that link a subject to what is said of it: "X are …", "X like you …", "no better than …". */
export const LINKS = set(`are is r re be being am were was like than but as`);
/** Animals people are compared with to demean them ("my dog is smarter than …"). */
export const ANIMALS = set(`dog dogs monkey monkeys rat rats pig pigs cat cats ape apes donkey goldfish cockroach hamster`);
/** Short function words that may be run together with a lexicon word ("justpathetic", "stabthose"). */
/** Words the rules read as themselves ("death to …", "… disgust me", "worth nothing", "too many …"): known halves of a run-together word. */
export const RULE_WORDS = new Set(["death", "die", "disgust", "disgusts", "worth", "many", "belong", "deserve"]);
export const GLUE = new Set(["so", "much", "just", "to", "these", "those", "are", "is", "very", "all", "you", "them", "they", "people", "like", "me"]);
export const INTENT = set(`i ill il im we wel will gona going wana want love wish lets let should must need ned shal would could gota`);
export const MODALS = set(`should must deserve deserves ned needs ought would were wish had better`);
