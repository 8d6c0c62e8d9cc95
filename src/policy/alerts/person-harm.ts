/**
 * Crimes against a person, or that go on while the writer waits (violence, sexual offences, threats, stalking, harassment,
 * hate, abuse, exploitation, a child, someone missing): a look-alike guard that reads a crime as known, waited on or
 * general never drops one of these (Warwickshire 7.2: safety first).
 */
export const HARM_TO_A_PERSON =
  /\b(?:assault\w*|attack\w*|punch\w*|kick\w*|hit (?:me|him|her|us|them)|beat\w*|stab\w*|glass(?:ed|ing)|headbutt\w*|strangl\w*|chok\w*|rap(?:e|ed|ist)|sexual\w*|indecent\w*|expos(?:ed|ing) (?:him|her|them)self|threat\w*|stalk\w*|harass\w*|follow\w*|abus\w*|hate|racis\w*|homophob\w*|transphob\w*|domestic|coerc\w*|groom\w*|exploit\w*|blackmail\w*|extort\w*|kill\w*|weapon|knife|gun|missing|child(?:ren)?|kids?|vulnerable)\b/;
