/**
 * A realistic demo inbox: some messages from people under a contact strategy, some from
 * ordinary members of the public (forceful but acceptable, neutral, asking for an
 * adjustment). Names and addresses are invented; example.* domains are reserved.
 */
const who = (name: string, address: string) => ({ emailAddress: { name, address } });
const ENQUIRIES = who("OPCC Enquiries", "enquiries@opcc.example.gov.uk");
const CASEY = who("Casey Worker", "casey.worker@opcc.example.gov.uk");
const PAT = who("Pat O'Brien", "pat.o'brien@example.org");
const JORDAN = who("Jordan Blake", "jordan.blake@example.net");
const ALEX = who("Alex Morgan", "alex.morgan@example.com");

interface Seed {
  from: ReturnType<typeof who>;
  subject: string;
  body: string;
  html?: boolean;
  hoursAgo: number;
  cc?: Array<ReturnType<typeof who>>;
  replyTo?: Array<ReturnType<typeof who>>;
}

const SEEDS: Seed[] = [
  { from: PAT, subject: "STILL waiting", hoursAgo: 2, html: true, body: "<p>You are a <b>f***ing</b> disgrace, the lot of you.</p><p>I know where you live, Casey. You'll regret ignoring me.</p>" },
  { from: PAT, subject: "Re: my complaint", hoursAgo: 30, body: "Useless. Absolutely useless. I want this sorted by tomorrow or I will come down there myself." },
  { from: JORDAN, subject: "Complaint 2025/0933 - again", hoursAgo: 5, body: "I am writing again about complaint 2025/0933. The investigation into the officer who attended my house in May was not done properly and I want it reopened and a full apology from the Chief Constable." },
  // Under read and file, and still checked first (Warwickshire 7.2): the pane must show a risk to life above the banner.
  { from: JORDAN, subject: "Complaint 2025/0933 - last time", hoursAgo: 6, body: "Nobody has ever listened to me about complaint 2025/0933. I have the pills ready and tonight I am going to end it. You won't have to read any more of my emails." },
  // A crime reported under read and file and no reopening: a crime alert and a new matter, not the closed complaint (Warwickshire 7.2).
  { from: JORDAN, subject: "Break-in last night", hoursAgo: 700, body: "My house was broken into last night and my neighbour threatened me with a knife when I went round to ask about it. The police have not been out yet. What should I do?" },
  { from: JORDAN, subject: "Complaint 2025/0933", hoursAgo: 28, body: "I am writing about complaint 2025/0933. The investigation into the officer who attended my house in May was not done properly and I want it reopened and a full apology from the Chief Constable." },
  { from: JORDAN, subject: "Complaint 2025/0933 - third time", hoursAgo: 52, body: "Writing again about complaint 2025/0933: the investigation into the officer who attended my house in May was not done properly. I want it reopened and an apology from the Chief Constable." },
  { from: PAT, subject: "THIRD time of asking", hoursAgo: 75, body: "This is the third time I have asked. I want the name of whoever is dealing with this, their manager's name, and a meeting this week. Reply today. Don't make me come and find you, because I will." },
  { from: JORDAN, subject: "Complaint 2025/0933 - your decision", hoursAgo: 240, html: true, body: "<p>I have your decision letter closing complaint 2025/0933 and I do <b>not</b> accept it.</p><p>The investigation into the officer who attended my house in May was not done properly and I want it reopened and a full apology from the Chief Constable.</p>" },
  { from: who("Justice Now", "justice.now.2026@example.net"), replyTo: [PAT], subject: "Writing from a new address", hoursAgo: 12, body: "You blocked my old address so I am writing from this one. Same complaint as before, and I still want the name of the officer's manager. Reply to my usual email." },
  { from: ALEX, subject: "Response required by tomorrow", hoursAgo: 8, body: "This is the second time I have asked. I demand a full written response by tomorrow. I will only speak to the Commissioner about this, not a caseworker." },
  { from: who("Riley Evans", "riley.evans@example.org"), subject: "Very unhappy with the response", hoursAgo: 3, body: "I am extremely disappointed and frankly angry at how long this has taken. I will be taking this to my MP and the Ombudsman if I do not get a proper answer." },
  { from: who("Chris Patel", "chris.patel@example.co.uk"), subject: "Police and crime panel meeting", hoursAgo: 20, body: "Hello, could you tell me the date of the next police and crime panel meeting and whether the public can attend? Many thanks, Chris" },
  { from: who("Taylor Hughes", "taylor.hughes@example.com"), subject: "Large print please", hoursAgo: 44, body: "I am partially sighted and have a learning disability. Please could you send your letters in large print, and allow my sister to speak for me on the phone? Thank you." },
  { from: who("Sam O'Connor", "s.oconnor@example.org"), subject: "Thank you", hoursAgo: 70, cc: [CASEY], body: "Just a note to say thank you to your team for explaining the complaints process so clearly." },
];

export function demoMessages(now: Date = new Date()): Array<Record<string, unknown>> {
  return SEEDS.map((s, i) => {
    const at = new Date(now.getTime() - s.hoursAgo * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const text = s.html ? s.body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim() : s.body;
    return {
      internetMessageId: `<demo-${i}-${s.from.emailAddress.address.replace(/[^a-z]/g, "")}@example.mail>`,
      subject: s.subject,
      bodyPreview: text.slice(0, 255),
      body: { contentType: s.html ? "html" : "text", content: s.body },
      from: s.from,
      sender: s.from,
      replyTo: s.replyTo ?? [],
      toRecipients: [ENQUIRIES],
      ccRecipients: s.cc ?? [],
      receivedDateTime: at,
      sentDateTime: at,
      importance: "normal",
    };
  });
}
