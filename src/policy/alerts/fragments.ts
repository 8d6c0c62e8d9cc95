/**
 * Pieces of English the alert rules share, as regular-expression source (folded, lower-case
 * text). Each is a bounded alternation, so patterns built from them stay linear.
 */

/** The writer announcing what they will do: "I'll", "I am going to", "I'm about to", "I have decided to". */
export const I_WILL =
  "i(?: (?:just|really|honestly|seriously|genuinely|actually|now|simply|definitely))?(?:'ll| will| shall|'m going to| am going to|'m gonna| am gonna| am about to|'m about to| am ready to|'m ready to| want to| wanna| intend to| plan to|'m planning to| am planning to| have decided to|'ve decided to| decided to| am thinking (?:about|of)|'m thinking (?:about|of)| have been thinking (?:about|of)|'ve been thinking (?:about|of)| keep thinking (?:about|of)| can'?t stop thinking (?:about|of)| am considering|'m considering| have considered|'ve considered| am tempted to|'m tempted to| might| may| could easily| feel like| am|'m| will just| want to just)";

/** Another person announcing it: "he's going to", "she says she will", "my son keeps saying he'll". */
export const THEY_WILL =
  "(?:is|are|'s|has been|have been|was|were|keeps?|kept)? ?(?:going to|gonna|threatening to|threatened to|talking about|talks about|saying (?:he|she|they)(?:'ll| will| is going to| wants to)|says (?:he|she|they)(?:'ll| will| is going to| are going to| wants? to)|said (?:he|she|they)(?:'d| would| was going to| wanted to| will|'ll| is going to)|told (?:me|us) (?:he|she|they)(?:'d| would| was going to| is going to| will|'ll)|wants? to|tried to|has tried to|is trying to)";

/** Someone close to the writer, or a person they name: whose danger or abuse they report. */
export const RELATION =
  "(?:husband|wife|partner|boyfriend|girlfriend|ex|ex-partner|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|fiance|fiancee|new partner|son|daughter|child|kid|stepdad|stepfather|stepmum|stepmother|dad|father|mum|mother|mom|brother|sister|flatmate|housemate|friend|neighbour|neighbor|nephew|niece|uncle|aunt|grandson|granddaughter|gran|nan|grandad|grandmother|grandfather|carer|lodger|cousin)";

/** A child, by any word for one. */
export const CHILD =
  "(?:child|children|kid|kids|boy|boys|girl|girls|baby|babies|toddler|toddlers|son|sons|daughter|daughters|grandson|granddaughter|grandchild|grandchildren|nephew|niece|teenager|teenagers|little ones|lad|lass|young (?:person|people))";

/** A recent moment, as people write it: "yesterday", "last Friday", "on 3 November", "this morning". */
export const RECENT =
  "(?:yesterday|last night|this (?:morning|afternoon|evening|week|weekend)|today|tonight|earlier today|last (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu|thurs?|fri|sat|sun)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on |since )?(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?! \\d{4})|(?:on |since )(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}(?:st|nd|rd|th)?(?!,? \\d{4})|every (?:night|day) this week|a few days ago|two days ago|three days ago|the other (?:day|night)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))";

/**
 * A sentence about a subject in general rather than something happening to someone: an essay,
 * figures, a strategy or its funding, training, the news. Such sentences name abuse and crime
 * without reporting either.
 */
export const TOPIC =
  /\b(?:dissertation|essay|research|researching|statistics|stats|figures|strategy|strategies|training|course|how many|how much|funding|funded|budget|rates?|(?:the|your|a|this) plan|policy|policies|report on|campaign|awareness|conference|webinar|workshop|article|news|newspaper|(?:in the|(?:the |a )?local) papers?|papers? (?:reports?|reported|says|said|ran)|headlines?|front page|story about|according to (?:the )?(?:paper|papers|news|press|reports|bbc|media)|(?:courier|observer|herald|gazette|echo|telegraph|chronicle|advertiser|bbc|itv) (?:reports?|reported|says|said|story|covered|ran)|documentary|podcast|victims of|deserve|in general|nationally|scrutiny|panel|consultation|survey|volunteer|volunteering|charity|charities|prevention|tackle|tackling|(?:drop|rise|increase|fall|reduction|spike|surge) in|levels? of|numbers? of|project on|pshe|homework|assignment|lesson on|lessons on)\b/;

/** "My mum is going to kill me when she sees the bill": a family joke, not a threat to life. */
export const KILL_ME_IDIOM = /\b(?:when (?:he|she|they) (?:sees?|finds? out|hears?|gets? home)|if (?:he|she|they) (?:finds? out|knew|knows|found out|saw|sees|heard|hears)|going to kill me for|would kill me if|ha|haha|lol)\b/;

/**
 * A height word in a place's name ("the Cliff Hotel", "Bridge Street", "the Viaduct Inn"): the folded text has lost the
 * capital letter, so the word after it tells a name from a drop.
 */
export const NOT_A_NAME =
  "(?! (?:road|rd|street|st|lane|avenue|ave|close|drive|way|terrace|hotel|inn|pub|tavern|arms|club|house|school|surgery|estate|centre|center|ward|office|station|stores?|shop|cafe|restaurant|bar|medical|practice|community|church|chapel|hall|garage|motors|view|court|gardens?|farm|lodge|bistro|tea ?rooms?|gallery|theatre|cinema|library|clinic|market|academy|primary|nursery|retail|industrial|business|sports|leisure|social|bowls|cricket|golf)(?![a-z]))";
