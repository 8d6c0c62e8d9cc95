import { en as chrono } from "chrono-node"; // named import: webpack drops the other locales (sideEffects: false)
import type { SubTypeId } from "../categories";
import { addWorkingDays, longDate } from "../calendar";

export interface DemandHit {
  subType: SubTypeId<"demands">;
  confidence: number;
  start: number;
  end: number;
  note?: string;
}

/**
 * Unreasonable demands found in the words (Gwent 6.0; Warwickshire 3.2). History-based
 * demands (repeated, inundating) are in persistence.ts. Text is the folded message.
 */
// Durations come before dates so "within 10 working days" is read whole, not as a date "10 working".
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}";
const DEADLINE = new RegExp(
  `\\b(?:by|before|within|no later than|until|in the next)\\s+(?:the )?(?:close of (?:business|play)|end of (?:the )?(?:day|week)|eod|cob|tomorrow|today|tonight|(?:\\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen) (?:hours?|working days?|days?|weeks?)|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)\\b|\\b(?:immediately|straight away|right now|today|asap|as soon as possible|without delay)\\b`,
  "g",
);
const DEMANDING = /\b(?:i (?:demand|expect|require|insist|want)|you (?:must|will|need to|have to|are required to)|i need|respond|reply|answer|response|get back to me|deal with)\b/;
const PARTICULAR_PERSON =
  /\b(?:i (?:will|'ll)? ?only (?:speak|talk|deal|correspond) (?:to|with)|i (?:refuse|won'?t|will not) (?:to )?(?:speak|talk|deal) (?:to|with) anyone (?:else|other than|but)|i (?:want|demand|insist on|insist) (?:to (?:speak|talk) (?:to|with)|speaking to|dealing with|a reply from|a response from) (?:the commissioner|the pcc|the chief executive|[a-z]+ [a-z]+ personally|[a-z]+ personally)|put me through to (?:the commissioner|the pcc))\b/g;
const MANAGER =
  /\b(?:(?:i (?:want|demand|insist on|need) (?:to (?:speak|talk) to )?|put me through to |let me speak to |get me )(?:your |a |the )?(?:manager|supervisor|boss|line manager|head of|someone senior|senior manager)|escalate (?:this|it) to (?:your |a )?(?:manager|boss|senior))/g;
const CANNOT_DO =
  /\b(?:(?:arrest|charge|prosecute|sack|fire|dismiss|discipline|suspend|jail|convict) (?:the |that |this |pc |dc |sergeant |inspector |officer |him|her|them)[a-z ]{0,30}|overturn (?:the |my |his |her )?(?:conviction|verdict|sentence|court|decision of the court)|(?:re-?open|restart) (?:the |my )?(?:criminal )?(?:investigation|prosecution|trial)|(?:order|instruct|tell|make|force) (?:the )?(?:police|chief constable|force|cps|court) to (?:arrest|charge|investigate|prosecute|release|drop)|(?:him|her|them|the officers?|that officer|pc [a-z]+|sergeant [a-z]+|the chief constable) (?:sacked|fired|dismissed|disciplined|suspended|arrested|charged|prosecuted|jailed|struck off))/g;

export function demandHits(folded: string, now: Date, responseDays: number, firstContact: boolean): DemandHit[] {
  const hits: DemandHit[] = [];
  const due = addWorkingDays(now, responseDays);
  const today = now.toISOString(); // once, not per deadline phrase: it keys the parse cache
  for (const m of folded.matchAll(DEADLINE)) {
    const window = folded.slice(Math.max(0, m.index - 120), m.index + m[0].length + 40);
    if (!DEMANDING.test(window)) continue;
    const when = deadlineOf(m[0], now, today);
    if (when && when < due) {
      hits.push({ subType: "timescale", confidence: 0.75, start: m.index, end: m.index + m[0].length, note: `wants it by ${longDate(when)}; the office's ${responseDays} working days run to ${longDate(due)}` });
    }
  }
  for (const m of folded.matchAll(PARTICULAR_PERSON)) hits.push({ subType: "particularPerson", confidence: 0.7, start: m.index, end: m.index + m[0].length });
  if (firstContact) {
    // Warwickshire 3.2: "at the outset" — only before the office has considered the matter.
    for (const m of folded.matchAll(MANAGER)) hits.push({ subType: "managerAtOutset", confidence: 0.6, start: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(CANNOT_DO)) {
    const window = folded.slice(Math.max(0, m.index - 80), m.index);
    if (/\b(?:demand|insist|must|want you to|expect you to|you will|you need to|i require|i want|i expect)\b/.test(window)) {
      hits.push({ subType: "cannotDo", confidence: 0.65, start: m.index, end: m.index + m[0].length, note: "operational policing and court outcomes are outside the Commissioner's powers" });
    }
  }
  return hits;
}

/** The date a deadline phrase means, relative to now (chrono-node; words it does not parse by hand). */
const parsed = new Map<string, Date | undefined>();
function deadlineOf(phrase: string, now: Date, today: string): Date | undefined {
  const key = `${today}|${phrase}`;
  if (!parsed.has(key)) {
    if (parsed.size > 10_000) parsed.clear(); // bounded: one message repeating one phrase is parsed once
    parsed.set(key, parseDeadline(phrase, now));
  }
  return parsed.get(key);
}

function parseDeadline(phrase: string, now: Date): Date | undefined {
  if (/immediately|straight away|right now|asap|as soon as possible|without delay|today|tonight|eod|cob|close of|end of (?:the )?day/.test(phrase)) return now;
  if (/end of (?:the )?week/.test(phrase)) {
    // The coming Friday (today, if it is Friday): chrono reads "end of the week" loosely.
    const friday = new Date(now.getTime());
    friday.setUTCDate(friday.getUTCDate() + ((5 - friday.getUTCDay() + 7) % 7));
    return friday;
  }
  const relative = /(\d+|one|two|three|four|five|six|seven|ten|fourteen) (hours?|working days?|days?|weeks?)/.exec(phrase);
  if (relative) {
    const n = Number(relative[1]) || { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, fourteen: 14 }[relative[1]!] || 0;
    const unit = relative[2]!;
    if (unit.startsWith("hour")) return new Date(now.getTime() + n * 3_600_000);
    if (unit.startsWith("working")) return addWorkingDays(now, n);
    return new Date(now.getTime() + n * (unit.startsWith("week") ? 7 : 1) * 86_400_000);
  }
  return chrono.GB.parseDate(phrase, now, { forwardDate: true }) ?? undefined;
}
