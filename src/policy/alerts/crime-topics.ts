/**
 * Scam contact the writer did not fall for ("FIVE SCAM CALLS TODAY … I hung up on all of them", "a text saying my parcel
 * was held … it was fake", "bombarded with scam calls pretending to be from my bank"): mass fraud attempts with nothing
 * lost, for Action Fraud and awareness rather than a criminal matter for the office to act on (issue 10 look-alikes;
 * Warwickshire 7.2). Money or details handed over, an account emptied, a person conned: a crime reported, alerted as before.
 */
const SCAM_CONTACT =
  /\b(?:scam(?:mer)?s? (?:calls?|texts?|emails?|e-mails?|messages?|letters?|phone calls?)|(?:phishing|spam) (?:calls?|texts?|emails?|messages?)|(?:calls?|texts?|emails?|messages?|letters?) (?:saying|claiming|pretending)[^.!?\n]{0,80}?\b(?:fake|a scam|scam)\b|it was (?:a )?(?:fake|scam))\b/;
/** What was lost or handed over: then it is a fraud done, not an attempt. */
const LOSS =
  /\b(?:lost|paid|transferred|sent (?:them|him|her|it|the|my)|gave (?:them|him|her) (?:my|her|his|their|the|£)|handed (?:over|them|him|her)|took (?:£|money|my|the money|out)|taken (?:£|money|from)|emptied|out of pocket|conned|defrauded|scammed (?:me|my|her|him|them|us)? ?out of|(?:got|gotten|been) scammed|fell for|withdrew|withdrawn|(?<!nearly )(?<!almost )clicked (?:the|a|on)|(?:my|her|his|their) (?:account|card|bank) (?:was|has been|were) (?:used|emptied|hacked|cloned)|gone from (?:my|her|his|their|our))\b|£\d/;

/** A crime hit in the sentence `sentence` of a message `text` that is scam contact with nothing lost. */
export const scamWithoutLoss = (sentence: string, text: string) => SCAM_CONTACT.test(sentence) && !LOSS.test(text);

/**
 * Crime as a worry or a talk among the writer's community, in the crime's own sentence ("Lots of us older residents are
 * nervous about doorstep scams", "our group had a talk from a PCSO on scams"): a topic, no crime reported (issue 10
 * look-alikes). Read on the sentence alone, so a crime told in the next one ("Someone conned Mrs Jones yesterday") still alerts.
 */
const CRIME_AS_TOPIC =
  /\b(?:(?:nervous|worried|scared|anxious|frightened|concerned) (?:about|of) (?:[a-z]+ )?(?:scams|scammers|burglaries|burglars|thefts|fraudsters|crimes?|break-ins|knife crime)|(?:a|the|your) talk (?:from (?:[a-z]+ ){1,4}?)?(?:on|about)|(?:give|gave|giving|do|did|run|ran|had|have) (?:us |them )?a talk)\b/;
export const crimeAsTopic = (sentence: string) => CRIME_AS_TOPIC.test(sentence);
