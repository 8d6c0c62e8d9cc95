/** The paragraphs alert rules rest on (file + section, as `cite` writes them). */
const W = "warwickshire-managing-public-contact-policy.txt";
const G = "gwent-managing-customer-contact-policy.txt";

/** Warwickshire 7.2: "Irrespective of any contact strategy employed, all contact must be reviewed to identify … criminal matters or safeguarding issues." */
export const REVIEW_ALL_CONTACT = `${W} §7.2`;
/** Warwickshire 7.1: details shared with partner agencies for "safeguarding concerns or a risk to life". */
export const RISK_TO_LIFE = `${W} §7.1`;
/** Warwickshire 3.1: "Harassment, intimidation or threats", "Threats or harm to people or property", "Stalking (in person or online)". */
export const THREATS_TO_STAFF = `${W} §3.1`;
/** Warwickshire 6: "We will always do this [report to the police] if physical violence is used or threatened." */
export const VIOLENCE_REPORTED = `${W} §6`;
/** Gwent 4.0: "threats (implicit or explicit) against another person". */
export const THREATS_GWENT = `${G} §4.0`;
/** Gwent 8.0: read and file, "acknowledge or respond to it only if the customer provides new information or is making a new complaint". */
export const NEW_INFORMATION = `${G} §8.0`;
/** Warwickshire 1: complaints against the police force are dealt with by the Chief Constable. */
export const POLICE_COMPLAINTS = `${W} §1`;
