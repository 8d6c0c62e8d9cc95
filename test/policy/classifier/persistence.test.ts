import { describe, expect, it } from "vitest";
import { estimateSimilarity, fingerprint, SCHEME } from "../../../src/policy/classifier/fingerprint";
import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { getPack } from "../../../src/policy/packs/index";
import { history, message, NOW, run, subTypes } from "./fixtures";

const complaint = "My complaint about the handling of the burglary at my house on Elm Road was never investigated properly and I want it reopened.";

describe("unreasonably persistent (Gwent 5.0; Warwickshire 3.2), from the history supplied", () => {
  it("counts contacts over 7, 30 and 90 days and the most in one day", () => {
    const past = history([[0.1, "a"], [0.2, "b"], [0.3, "c"], [5, "d"], [20, "e"], [80, "f"], [200, "g"]]);
    const { metrics } = run({ body: "h" }, past);
    expect(metrics).toMatchObject({ last7Days: 5, last30Days: 6, last90Days: 7, maxPerDay: 4 });
  });

  it("counts towards volume only messages that add nothing new (Warwickshire 3.2 'without providing new information')", () => {
    // The same complaint four times today: excessive.
    const same = history([[0.1, complaint], [0.2, complaint], [0.3, `${complaint} Again.`]]);
    expect(subTypes(run({ body: complaint }, same))).toContain("persistent/excessiveVolume");
    // Chasers that say nothing new: few words in common in order, but the same matter in the same words.
    const chasers = history([[0.2, "Any update on complaint 2025/0933 about PC Smith?"], [0.1, "Still no update on complaint 2025/0933 about PC Smith."]]);
    expect(subTypes(run({ body: "Complaint 2025/0933 about PC Smith: update please." }, chasers))).toContain("persistent/excessiveVolume");
    // Documents sent in parts, each with something new: a burst, not persistence.
    const parts = ["Part one: the statement I gave on 3 May about the burglary and the list of what was taken.", "Part two: the photographs of the broken back door and the neighbour's CCTV stills.", "Part three: the insurer's letter of 20 May and my reply to it about the claim.", "Part four: the locksmith's invoice and the council's letter about the empty house next door."];
    const burst = history(parts.slice(0, 3).map((body, i) => [0.3 - i * 0.1, body] as [number, string]));
    expect(subTypes(run({ body: parts[3]! }, burst))).not.toContain("persistent/excessiveVolume");
  });

  it("flags the same complaint sent again after the decision", () => {
    const past = history([[60, complaint], [40, complaint]], [30]);
    const result = run({ body: complaint }, past);
    expect(subTypes(result)).toContain("persistent/afterDecision");
    const finding = result.findings.find((f) => f.subType === "afterDecision")!;
    expect(finding.evidence[0]).toMatchObject({ kind: "history" });
  });

  it("flags a re-worded complaint after the decision", () => {
    const reworded = "The burglary at my house on Elm Road was never investigated properly, so I am asking again for my complaint to be looked at by someone new.";
    const past = history([[60, complaint]], [30]);
    expect(subTypes(run({ body: reworded }, past))).toContain("persistent/reframed");
  });

  it("counts bare chasers as adding nothing: the third message of a morning that only asks again is volume, the second is not", () => {
    const question = "My bicycle was taken as evidence in June and the case is finished now. How do I get it back from the property store?";
    const first = history([[0.1, question]]);
    expect(subTypes(run({ body: "Did you get my email??" }, first))).not.toContain("persistent/excessiveVolume");
    const chased = history([[0.1, question], [0.05, "Did you get my email??"]]);
    expect(subTypes(run({ body: "Still nothing. Answer me." }, chased))).toContain("persistent/excessiveVolume");
    // Naming the matter again brings nothing the first message did not have.
    expect(subTypes(run({ body: "How do I get my bicycle back from the property store? Same question as this morning." }, chased))).toContain("persistent/excessiveVolume");
    // An emergency unfolding: short, but each message names something new.
    const unfolding = history([[0.1, "He is outside again in the white van, he is not allowed near me."], [0.05, "He has tried the back gate and the dog is barking."]]);
    expect(subTypes(run({ body: "Police arrived, they have arrested him. Kids are fine." }, unfolding))).not.toContain("persistent/excessiveVolume");
  });

  it("counts a chaser that is the third message of the day as volume, whatever the earlier ones brought (Warwickshire 3.2 'a number of times repeatedly on the same day')", () => {
    const request = "Please review the outcome of my complaint CO/3011/26 about the officer who dealt with my road-rage report. The letter is attached.";
    const acknowledged = "Thanks for the acknowledgement saying it's being dealt with and you aim to reply within 8 weeks. Any update yet?";
    expect(subTypes(run({ body: "Any update?" }, history([[0.2, request], [0.1, acknowledged]])))).toContain("persistent/excessiveVolume");
    // The second message of the day, or a third that brings something new, is not.
    expect(subTypes(run({ body: "Any update?" }, history([[0.1, request]])))).not.toContain("persistent/excessiveVolume");
    const witness = "I forgot to say there was a witness, a lorry driver, who gave his number to the officer on the night.";
    expect(subTypes(run({ body: witness }, history([[0.2, request], [0.1, acknowledged]])))).not.toContain("persistent/excessiveVolume");
  });

  it("counts the 24 hours before a message as its day: a chaser next morning continues the evening's run (Warwickshire 3.2)", () => {
    const request = "Please review the outcome of my complaint CO/3011/26 about the officer who dealt with my road-rage report. The letter is attached.";
    const acknowledged = "Thanks for the acknowledgement saying it's being dealt with and you aim to reply within 8 weeks. Any update yet?";
    // 22, 16 and 12 hours before 10:00: all on the calendar day before.
    const evening = history([[22 / 24, request], [16 / 24, acknowledged], [12 / 24, "Any update?"]]);
    expect(subTypes(run({ body: "Still waiting. Any update on CO/3011/26?" }, evening))).toContain("persistent/excessiveVolume");
    // A day and a half later the run is over: one chaser is not volume.
    const older = history([[46 / 24, request], [40 / 24, acknowledged], [36 / 24, "Any update?"]]);
    expect(subTypes(run({ body: "Still waiting. Any update on CO/3011/26?" }, older))).not.toContain("persistent/excessiveVolume");
  });

  it("does not count a bundle's parts as volume: the subject says it is one part of several", () => {
    const parts = history([[0.06, "Part 1 of 5: the custody record pages 1-14 for the review. Alan"], [0.05, "Part 2 of 5: the custody record pages 15-30 for the review. Alan"]]);
    const part3 = "Part 3 of 5: the custody record pages 31-45 for the review. Alan";
    expect(subTypes(run({ subject: "Review documents - part 3 of 5", body: part3 }, parts))).not.toContain("persistent/excessiveVolume");
    expect(subTypes(run({ subject: "Review documents", body: part3 }, parts))).toContain("persistent/excessiveVolume");
  });

  it("flags the decided matter brought again in other words, once the first reply to the decision is past (Warwickshire 3.2 re-framing)", () => {
    const first = "Complaint about PC 3361: on 24 June he took my neighbour Gareth Price's side about the broken fence at Maesglas and told me I was making a mountain out of a molehill.";
    const reframed = "I am making a complaint of discrimination. On 24 June PC 3361 believed my neighbour Gareth Price about the fence at Maesglas because he is a man.";
    const answered = history([[60, first], [20, "I have your letter about PC 3361. How do I ask for a review?"]], [30]);
    expect(subTypes(run({ body: reframed }, answered)).some((s) => s === "persistent/reframed" || s === "persistent/afterDecision")).toBe(true);
    // The first reply, soon after the decision, is the person having their say.
    const fresh = history([[60, first]], [3]);
    expect(subTypes(run({ body: reframed }, fresh)).filter((s) => s.startsWith("persistent"))).toEqual([]);
  });

  it("continues a challenge found before in other words, but not a message that brings a new matter (Gwent 5.0)", () => {
    const at = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
    const challenge = "I am writing AGAIN about the speed camera at Wolston. The signs were hidden by the hedge. I sent photographs. Remove my points.";
    const past = {
      contacts: [
        { at: at(90), subject: "Speed camera", fingerprint: fingerprint("I wish to complain about a fixed penalty notice that arrived in the post last month for driving at 36."), staffContacted: [] },
        { at: at(40), subject: "My speeding complaint AGAIN", fingerprint: fingerprint(challenge), staffContacted: [], categories: ["persistent" as const] },
      ],
      decisionsCommunicated: [at(60)],
      warningsGiven: [],
    };
    expect(subTypes(run({ subject: "Wolston camera - hedge", body: "The Wolston signs are hidden by the hedge. I've sent the photographs. Points removed, please." }, past))).toContain("persistent/afterDecision");
    const burglary = "Tonight about 9pm two men in balaclavas broke into my garage on Coventry Road and took two bikes and my strimmer. One swung a crowbar at me. Crime reference 23/88123/26, officers attending tomorrow morning.";
    expect(subTypes(run({ subject: "My speeding complaint AGAIN - and a break in", body: burglary }, past)).filter((s) => s.startsWith("persistent"))).toEqual([]);
  });

  it("flags a complaint re-sent after the decision even when the copy differs, not a copy sent in case one went astray", () => {
    const past = history([[40, complaint], [20, "I have read your letter and I still think the investigation was poor."]], [30]);
    expect(subTypes(run({ body: "Sending my original complaint again below, as nobody seems to have understood it. [my complaint of January, in full]" }, past))).toContain("persistent/afterDecision");
    const appeal = history([[0.05, "Your letter says the speed camera stays on Warwick Road. I think that's wrong and would like to appeal."]], [14]);
    expect(subTypes(run({ body: "Sending again in case you didn't get it. Speed camera. Appeal?" }, appeal)).filter((s) => s.startsWith("persistent"))).toEqual([]);
  });

  describe("continues-after-decision: the challenge pressed on in any words, once one has been found (Gwent 5.0 'continue to contact us')", () => {
    const at = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
    const van = "Complaint: on 2 August officers seized my Transit van from outside my house in Bettws, saying it had no insurance. It was insured with Admiral; their database had not updated.";
    const challenge = "I do not accept your decision about the van. Reopen it.";
    /** The complaint, the decision 30 days ago, and messages since it: `[days ago, body, found persistent?]`. */
    const past = (...since: Array<[number, string, boolean]>) => ({
      contacts: [
        { at: at(60), subject: "Van seizure", fingerprint: fingerprint(van), staffContacted: [] },
        ...since.map(([days, body, persistent]) => ({ at: at(days), subject: "Your decision", fingerprint: fingerprint(body), staffContacted: [], ...(persistent ? { categories: ["persistent" as const] } : {}) })),
      ],
      decisionsCommunicated: [at(30)],
      warningsGiven: [],
    });
    // Re-argued with no word of challenge, repetition or re-framing: only the history says it presses the challenge on.
    const reargued = "Admiral confirmed the cover that morning. Nobody bothered asking them.";
    const rules = (body: string, history: ReturnType<typeof past>, extra: Partial<Parameters<typeof run>[0]> = {}) =>
      run({ subject: "Van", body, ...extra }, history).findings.filter((f) => f.category === "persistent").flatMap((f) => f.rules);

    it("finds the decided matter argued again after a challenge already found since the decision", () => {
      const challenged = past([20, challenge, true]);
      expect(rules(reargued, challenged)).toEqual(["continues-after-decision"]);
      expect(subTypes(run({ subject: "Van", body: reargued }, challenged))).toContain("persistent/afterDecision");
    });

    it("needs a challenge found before it: the first reply to the decision, however it argues, is the person having their say", () => {
      expect(rules(reargued, past([20, "I have your letter about the van. I'm disappointed, but I've said my piece.", false]))).toEqual([]);
      expect(rules(reargued, past())).toEqual([]);
    });

    it("leaves thanks, the review or appeal route, another matter, material sent, what the office asked for, and forwarded mail", () => {
      const challenged = past([20, challenge, true]);
      expect(rules(`Thank you. ${reargued}`, challenged)).toEqual([]);
      expect(rules(`${reargued} I would like to ask for a review under your complaints procedure.`, challenged)).toEqual([]);
      expect(rules(`${reargued} Is it the IOPC I go to now?`, challenged)).toEqual([]);
      expect(rules(`Something separate: ${reargued}`, challenged)).toEqual([]);
      expect(rules(reargued, challenged, { attachments: 2 })).toEqual([]);
      expect(rules(`As you asked: ${reargued}`, challenged)).toEqual([]);
      expect(rules(reargued, challenged, { subject: "FW: to my MP" })).toEqual([]);
    });

    it("leaves a message sharing no word of matter with what went before, and one within a day of the last (the volume rule's)", () => {
      expect(rules("Could you tell me when the panel next meets in public?", past([20, challenge, true]))).toEqual([]);
      expect(rules(reargued, past([0.5, challenge, true]))).toEqual([]);
    });

    it("reads the very subject of a challenge found before as its thread, with no word to share ('136 again' twice), and 'look again' as a challenge", () => {
      const history = past([20, challenge, true]);
      history.contacts[1]!.subject = "136 again";
      expect(subTypes(run({ subject: "Re: 136 again", body: "Sending to you two as well in case enquiries binned it." }, history))).toContain("persistent/afterDecision");
      expect(subTypes(run({ subject: "137 again", body: "Sending to you two as well in case enquiries binned it." }, history)).filter((t) => t.startsWith("persistent"))).toEqual([]);
      const answered = past([20, "Your decision is rubbish.", false]);
      expect(subTypes(run({ subject: "motorbike", body: "Look again at the motorbike. Reply within 24 hours." }, answered))).toContain("persistent/afterDecision");
    });

    it("leaves a thread that began as a new matter of its own since the decision (an emergency)", () => {
      const emergency = "My ex-partner has just turned up at my flat screaming that he will kill me. I have phoned 999 and I am hiding upstairs with my daughter, my toddler and our terrier.";
      const history = past([20, challenge, true]);
      history.contacts.push({ at: at(3), subject: "please help", fingerprint: fingerprint(emergency), staffContacted: [] });
      const next = "He is back at the flat, screaming at the window. My daughter is terrified. Police on their way.";
      expect(rules(next, history, { subject: "Re: please help" })).toEqual([]);
      // The van re-argued on a thread of its own is the decided matter again.
      expect(rules(reargued, history)).toEqual(["continues-after-decision"]);
    });
  });

  it("reads an explanation heard and refused as challenging the decision again (Gwent 5.0)", () => {
    const past = history([[20, "I got your letter. I think you're wrong about the officers who searched my van. What evidence did you look at?"]], [25, 12]);
    expect(subTypes(run({ body: "You've explained it and it's still wrong. Change it." }, past))).toContain("persistent/afterDecision");
    // With no decision on record the same words are one message's disagreement, not persistence.
    expect(subTypes(run({ body: "You've explained it and it's still wrong. Change it." })).filter((s) => s.startsWith("persistent"))).toEqual([]);
  });

  // Issue 13 (re-framed and re-argued challenges the patterns did not know): the writer's own "again", "keep challenging", or the decision called a cover-up.
  it("reads 'challenging it again', 'I'll keep challenging it' and a review called a stitch-up as challenging the decision (Gwent 5.0)", () => {
    const answered = history([[40, complaint], [10, "I'd like the Chief Executive to look at that decision please, I don't think the bodycam was considered."]], [12]);
    for (const body of ["Mr Kerr's review is a stitch-up. Those officers are mates. I'm challenging it again.", "The officers are her brother's mates and I'll keep challenging it.", "The decision was a whitewash from start to finish."]) {
      expect(subTypes(run({ body }, answered)), body).toContain("persistent/afterDecision");
    }
    // Before any decision, the same words are a first complaint's anger.
    expect(subTypes(run({ body: "The investigation was a whitewash from start to finish." })).filter((s) => s.startsWith("persistent"))).toEqual([]);
  });

  it("lets a person answer a fresh decision once; challenging it again is persistence (Gwent 5.0, Warwickshire 3.2)", () => {
    const decided = history([[40, complaint]], [3]);
    expect(subTypes(run({ body: "I am disappointed with the outcome and I still think the burglary was never investigated. Can you explain how you decided?" }, decided))).not.toContain("persistent/afterDecision");
    const answered = history([[40, complaint], [2, "I am disappointed with the outcome. Can you explain how you decided?"]], [3]);
    for (const pack of ["gwent", "warwickshire"]) expect(subTypes(run({ body: "I still want it reopened. You are wrong." }, answered, pack))).toContain("persistent/afterDecision");
    // Weeks after the decision, even a first challenge is not a fresh reply.
    expect(subTypes(run({ body: "Reopen my complaint. Same reasons as before." }, history([[90, complaint]], [40])))).toContain("persistent/afterDecision");
  });

  it("never calls a subject access or freedom of information request, or a restriction disputed, persistence (Warwickshire 9, 7.3)", () => {
    const answered = history([[40, complaint], [2, "I do not accept your decision."]], [3]);
    expect(subTypes(run({ body: "Under the Data Protection Act 2018 I make a subject access request for everything you hold about my complaint." }, answered))).toEqual([]);
    expect(subTypes(run({ body: "Please could my restriction be looked at again? I accept my emails were too many and I have had support since." }, answered))).toEqual([]);
  });

  it("finds a decided complaint presented as a new one, and one taken to another member of staff", () => {
    const decided = history([[60, complaint, ["casey.worker@opcc.example.gov.uk"]], [20, "I do not accept it."]], [30]);
    expect(subTypes(run({ body: "This is a separate complaint: the officers who came about the burglary on Elm Road broke data protection law." }, decided))).toContain("persistent/reframed");
    const elsewhere = run({ body: "Casey turned my complaint down. Could you have a look instead? I'm sure you will see it differently.", to: ["morgan.reid@opcc.example.gov.uk"] }, decided);
    expect(subTypes(elsewhere)).toContain("persistent/severalStaff");
  });

  it("reads persistence from the writer's own words when no decision is on record", () => {
    expect(subTypes(run({ body: "You closed this last year. I have written 30 times since and I am writing again. Reopen it." }))).toContain("persistent/afterDecision");
    expect(subTypes(run({ body: "I disagree with your decision and would like it reconsidered, please." }))).not.toContain("persistent/afterDecision");
  });

  it("flags contacting several staff about the same matter", () => {
    const staff = ["a@opcc.example.gov.uk", "b@opcc.example.gov.uk"];
    const past = history([[3, complaint, [staff[0]!]], [2, complaint, [staff[1]!]]]);
    expect(subTypes(run({ body: complaint, to: ["c@opcc.example.gov.uk"] }, past))).toContain("persistent/severalStaff");
  });

  it("does not count staff contacted about other matters", () => {
    const other = "Please send me the minutes of the police and crime panel meeting held in June, and the agenda for the next one.";
    const past = history([[3, other, ["a@opcc.example.gov.uk"]], [2, "Could you tell me how to apply for the community fund this year?", ["b@opcc.example.gov.uk"]]]);
    const result = run({ body: complaint, to: ["c@opcc.example.gov.uk"] }, past);
    expect(subTypes(result)).not.toContain("persistent/severalStaff");
    expect(result.metrics.distinctStaffContacted).toBe(3);
  });

  it("does not treat a new matter after a decision as continuing the old one", () => {
    const past = history([[60, complaint], [40, complaint]], [30]);
    const result = run({ body: "Could you tell me when the next public meeting of the police and crime panel will be held?" }, past);
    expect(subTypes(result)).not.toContain("persistent/afterDecision");
    expect(subTypes(result)).not.toContain("persistent/reframed");
    expect(result.metrics.contactsSinceLastDecision).toBe(1);
  });

  it("ignores a decision dated after the message (it had not been communicated yet)", () => {
    const past = history([[60, complaint]], [-2]);
    expect(subTypes(run({ body: complaint }, past))).not.toContain("persistent/afterDecision");
  });

  it("says nothing of a first, ordinary contact", () => {
    expect(run({ body: "Could you tell me when the next public meeting is?" }).findings).toEqual([]);
  });
});

describe("persistence in words the rules did not know (issue 13: W15's and W16's histories)", () => {
  const rules = (c: ReturnType<typeof run>) => c.findings.filter((f) => f.category === "persistent").flatMap((f) => f.rules);
  const call = "I rang 101 on 18 October about the car parked across my drive and was cut off after an hour. I want to complain.";
  // The history starts after the decision: the person's reply to it is all the office holds of the matter.
  const reply = "I got your letter about the van seizure on 2 August. I don't agree with it: the van was insured with Admiral that morning.";
  const replied = history([[20, reply]], [25]);
  const persistentRules = (body: string, past = replied, extra: Partial<Parameters<typeof run>[0]> = {}) => rules(run({ body, ...extra }, past));

  it("volume-pressed: in a run of chasers, a message that says it repeats, or presses one word three times, adds nothing new (Warwickshire 3.2)", () => {
    const run3 = history([[0.2, call], [0.15, "Any reply?"], [0.1, "Still waiting. Same as this morning."]]);
    expect(rules(run({ body: "Sending my complaint again in case it got lost: I rang 101 and was cut off." }, run3))).toContain("volume-pressed");
    expect(rules(run({ body: "call me. call me. 07700 900123. call me" }, run3))).toContain("volume-pressed");
    // No run under way: the same words as the second message of the day are not volume.
    expect(rules(run({ body: "Sending my complaint again in case it got lost: I rang 101 and was cut off." }, history([[0.1, call]])))).toEqual([]);
    expect(rules(run({ body: "call me. call me. 07700 900123. call me" }, history([[0.1, call]])))).toEqual([]);
  });

  it("volume-pressed: not an emergency unfolding, where each message brings something new, though it says 'again'", () => {
    const unfolding = history([[0.1, "My ex is outside my flat on Cherry Lane shouting and banging on the door, I have rung 999."], [0.05, "He has gone round the back and is trying the kitchen window. The children are upstairs."]]);
    expect(rules(run({ body: "He is back at the front again kicking the door. I have rung 999 again, they say ten minutes. We are in the bathroom." }, unfolding))).toEqual([]);
    // Re-sent as the office asked, in the middle of a run: not volume.
    const run3 = history([[0.2, call], [0.15, "Any reply?"], [0.1, "Still waiting. Same as this morning."]]);
    expect(rules(run({ body: "Casey rang and asked for it again as a PDF, so here it is again as you asked." }, run3))).not.toContain("volume-pressed");
  });

  it("pressed-after-decision: in the sitting of a reply to a decision, a message adding nothing new that presses in its own words (Gwent 5.0)", () => {
    const replied = history([[40, complaint], [0.01, "You said no case to answer. That is not right about my burglary."]], [3]);
    const pressed = (body: string, past = replied, subject = "My complaint") => rules(run({ subject, body }, past)).includes("pressed-after-decision");
    expect(pressed("wrong wrong wrong")).toBe(true);
    expect(subTypes(run({ body: "wrong wrong wrong" }, replied))).toContain("persistent/afterDecision");
    // Not the first reply itself, nor a day later (continues-after-decision judges that), nor "OK, noted", thanks, the review route or a forward.
    expect(pressed("wrong wrong wrong", history([[40, complaint]], [3]))).toBe(false);
    expect(pressed("wrong wrong wrong", history([[40, complaint], [2, "You said no case to answer. That is not right about my burglary."]], [3]))).toBe(false);
    expect(pressed("OK, noted.")).toBe(false);
    expect(pressed("Thank you again.")).toBe(false);
    expect(pressed("How do I appeal again?")).toBe(false);
    expect(pressed("wrong wrong wrong", replied, "FW: to my MP")).toBe(false);
  });

  it("finds re-framing said in new words: 'now raising it as', 'treat as new', 'new angle' (Warwickshire 3.2)", () => {
    const decided = history([[60, complaint], [20, "I have your letter. I am disappointed."]], [30]);
    expect(subTypes(run({ body: "I'm now raising the burglary as a public nuisance complaint. Please treat as new." }, decided))).toContain("persistent/reframed");
    expect(subTypes(run({ body: "New angle: the burglary at Elm Road is a health and safety failure. Same house, same officers." }, decided))).toContain("persistent/reframed");
    // With no decision on record, or said of a new matter sharing no word with the decided one, it is not re-framing.
    expect(subTypes(run({ body: "Please treat this as a new complaint: my shed was broken into last night." })).filter((s) => s.startsWith("persistent"))).toEqual([]);
    expect(subTypes(run({ body: "I'm now raising something that happened yesterday: a patrol car clipped my parked van on Mill Lane and drove off." }, decided)).filter((s) => s.startsWith("persistent"))).toEqual([]);
  });

  it("finds re-framing that names the matter only by saying it is the same ('Same door, same officers'), or gives it a new name ('This is now a human rights matter') (Warwickshire 3.2)", () => {
    const decided = history([[60, complaint], [20, "I have your letter. I am disappointed."]], [30]);
    const reframed = (body: string) => subTypes(run({ body }, decided)).includes("persistent/reframed");
    expect(reframed("New angle: the break-in is a health and safety failure. Same door, same officers.")).toBe(true);
    expect(reframed("This is now a human rights matter under Article 8. Elm Road.")).toBe(true);
    // Without the writer saying it is the same, a recast sharing no word with the decided matter is not re-framing.
    expect(reframed("New angle: the break-in is a health and safety failure.")).toBe(false);
  });

  it("reads 'I enclose again my letter' and 'same complaint' as the decided complaint re-sent, past the first reply (Gwent 5.0)", () => {
    const replied = history([[60, complaint], [20, "Thank you for your letter but I do not agree. Please look again."]], [30]);
    expect(subTypes(run({ body: "Dear Sir, I enclose again my letter of 20 August. Nothing has changed." }, replied))).toContain("persistent/afterDecision");
    expect(subTypes(run({ body: "You wrote back saying it changes nothing. Fine. Same complaint, last time." }, replied))).toContain("persistent/afterDecision");
    // A file sent again because the office asked, with the file attached: requested, not persistence.
    expect(subTypes(run({ body: "Sorry the attachment didn't open. Here it is again as you asked.", attachments: 1 }, replied)).filter((s) => s.startsWith("persistent"))).toEqual([]);
  });

  it("reads a decision named as one member of staff's, written to another past the first reply, as contacting different people (Warwickshire 3.2), with the office's staff names", () => {
    const judged = (to: string, staffNames: string[], since: Array<[number, string]> = [[10, "I have the letter. I am disappointed."]], decidedDaysAgo = 20) => {
      const options = classifierOptions(getPack("gwent"), { staffDomains: ["opcc.example.gov.uk"], staffNames, history: history([[30, complaint], ...since], [decidedDaysAgo]), now: NOW });
      return subTypes(classify(message({ to: [to], body: "Casey, Morgan's decision is wrong. Please overturn it." }), options));
    };
    const staff = ["Casey Worker", "Morgan Reid"];
    expect(judged("casey.worker@opcc.example.gov.uk", staff)).toContain("persistent/severalStaff");
    // Written to Morgan, whose decision it is, or without the office's names, it challenges the decision but says nothing of another person.
    expect(judged("morgan.reid@opcc.example.gov.uk", staff)).not.toContain("persistent/severalStaff");
    expect(judged("casey.worker@opcc.example.gov.uk", [])).not.toContain("persistent/severalStaff");
    // The first reply to a fresh decision, written to one's caseworker about the letter a colleague signed, is having one's say.
    expect(judged("casey.worker@opcc.example.gov.uk", staff, [], 4).filter((s) => s.startsWith("persistent"))).toEqual([]);
  });

  it("volume-in-words: the writer's own count of their run, or more promised, is volume after a decision too (Warwickshire 3.2)", () => {
    const replied = history([[40, complaint], [1, "not good enough. not good enough. reply to me."]], [5]);
    expect(rules(run({ body: "reply to me. this is the 20th tonight. i'll send 100." }, replied))).toContain("volume-in-words");
    expect(subTypes(run({ body: "reply to me. this is the 20th tonight. i'll send 100." }, replied))).toContain("persistent/excessiveVolume");
    // Material promised is not a count of messages.
    expect(subTypes(run({ body: "I'll send 2 photos of the back door tonight." }, replied)).filter((s) => s.startsWith("persistent"))).toEqual([]);
  });

  it("volume: a message already found persistent added nothing new, so a bare one a minute after it is the second of the night (Warwickshire 3.2)", () => {
    const night = (found: boolean) => {
      const past = history([[40, complaint], [0.001, "reply to me. this is the 20th tonight. i'll send 100."]], [5]);
      past.contacts[1]!.categories = found ? ["persistent"] : [];
      return subTypes(run({ body: "21" }, past));
    };
    expect(night(true)).toContain("persistent/excessiveVolume");
    expect(night(false)).not.toContain("persistent/excessiveVolume");
  });

  it("several-staff: past the first reply, the decided matter taken to someone new, or said to be, whatever the words (Warwickshire 3.2 'Contacting different people')", () => {
    const casey = "casey.worker@opcc.example.gov.uk";
    const morgan = "morgan.reid@opcc.example.gov.uk";
    const replied = history([[60, complaint, [casey]], [20, "I have your letter about the burglary. I am disappointed.", [casey]]], [30]);
    const taken = (body: string, to = morgan, attachments = 0) => subTypes(run({ body, to: [to], attachments }, replied));
    expect(taken("Mr Reid, the burglary at Elm Road must be investigated.")).toContain("persistent/severalStaff");
    // Said in words that name nothing of the matter: "writing to you because …", "over … head".
    expect(taken("I'm writing to you because Casey's answer isn't good enough.")).toContain("persistent/severalStaff");
    expect(taken("I'm going over Ms Worker's head.", "enquiries@opcc.example.gov.uk")).toContain("persistent/severalStaff");
    // Not to the one already written to, nor with thanks, material, or a matter of its own.
    expect(taken("Ms Worker, the burglary at Elm Road must be investigated.", casey)).not.toContain("persistent/severalStaff");
    expect(taken("Thank you, Mr Reid. I accept the outcome about the burglary at Elm Road.")).not.toContain("persistent/severalStaff");
    expect(taken("Mr Reid, the photographs of the burglary at Elm Road you asked for.", morgan, 2)).not.toContain("persistent/severalStaff");
    expect(taken("Mr Reid, please send me the minutes of the police and crime panel meeting in June and the agenda for the next one in September.")).not.toContain("persistent/severalStaff");
  });

  describe("after the reply to a decision (Gwent 5.0 'already fully advised ... and they continue to contact us')", () => {

    it("repeated-after-reply: the matter said again, in the writer's words that they repeat it, once they have had their say", () => {
      expect(persistentRules("You rang and explained it. I still say the van was insured. Do my complaint again.")).toEqual(["repeated-after-reply"]);
      expect(subTypes(run({ body: "You rang and explained it. I still say the van was insured. Do my complaint again." }, replied))).toContain("persistent/afterDecision");
      // A bare "again" is as often an event recurring as the writer repeating themselves.
      expect(persistentRules("The van was stopped again on the A48 and the officers asked about the insurance.")).toEqual([]);
      // The reply itself is the person having their say, however it is worded.
      expect(persistentRules("You rang and explained it. I still say the van was insured. Do my complaint again.", history([], [25]))).toEqual([]);
    });

    it("leaves thanks, the review route, a copy in case the first went astray, material, another matter and forwarded mail", () => {
      expect(persistentRules("Thank you for ringing. I still say the van was insured.")).toEqual([]);
      expect(persistentRules("I still say the van was insured. Can I ask for a review?")).toEqual([]);
      expect(persistentRules("Sending it again in case you didn't get it. The van. Insured.")).toEqual([]);
      expect(persistentRules("As I said before, the van was insured: Admiral's letter is attached.", replied, { attachments: 1 })).toEqual([]);
      expect(persistentRules("Something new: as I said before, the van was stopped last night on the A48 by two officers who searched it for an hour.")).toEqual([]);
      expect(persistentRules("I still say the van was insured.", replied, { subject: "FW: to my MP" })).toEqual([]);
    });
  });

  describe("the writers of 5 December (train-30 to train-35): refusing the explanation, counting one's own run, asking the next person", () => {
    it("disputed-after-reply: past the reply, 'I disagree with the outcome', 'the review was wrong', 'your letter is rejected' (Warwickshire 3.2 'Refusing to accept reasonable explanations')", () => {
      expect(persistentRules("I disagree with the outcome.")).toEqual(["disputed-after-reply"]);
      expect(subTypes(run({ body: "I disagree with the outcome." }, replied))).toContain("persistent/afterDecision");
      expect(persistentRules("You explained the van. I still think it was wrong, and the review was wrong.")).toEqual(["disputed-after-reply"]);
      expect(persistentRules("Your letter of 18 February is rejected in its entirety. The van.")).toEqual(["disputed-after-reply"]);
      // The reply itself is the person having their say; and not with thanks, the review route, material or a matter of its own.
      expect(persistentRules("I disagree with the outcome.", history([], [25]))).toEqual([]);
      expect(persistentRules("Thank you for explaining. I still disagree with the outcome but I will leave it there.")).toEqual([]);
      expect(persistentRules("I disagree with the outcome. How do I appeal?")).toEqual([]);
      expect(persistentRules("I disagree with the outcome: the Admiral certificate for the van is attached.", replied, { attachments: 1 })).toEqual([]);
      expect(persistentRules("I disagree with the council's parking plan for Mill Lane: the new yellow lines outside the primary school block the only drop-off bay for disabled parents.")).toEqual([]);
    });

    it("reads a message on the thread of the reply as about the matter, though it names none of its words", () => {
      const threaded = history([[20, reply]], [25]);
      threaded.contacts[0]!.subject = "Re: Review outcome";
      expect(persistentRules("Your letter of the 15th explains your reasons. I've read it. I still say it's wrong.", threaded, { subject: "Re: Re: Review outcome" })).toEqual(["disputed-after-reply"]);
      expect(persistentRules("Your letter of the 15th explains your reasons. I've read it. I still say it.", threaded, { subject: "Re: Re: Review outcome" })).toEqual(["repeated-after-reply"]);
      // Off the thread and naming nothing of the matter, it is not read as about it.
      expect(persistentRules("Your letter of the 15th explains your reasons. I've read it. I still say it.", threaded, { subject: "Parking on Mill Lane" })).toEqual([]);
    });

    it("challenges-decision: 'I want it changed', 'still want the decision reversed', past the first reply (Gwent 5.0)", () => {
      expect(persistentRules("still wrong, still want it changed, you know that.")).toEqual(["challenges-decision"]);
      // The first reply to a fresh decision is the person having their say.
      expect(persistentRules("still wrong, still want it changed, you know that.", history([], [4]))).toEqual([]);
      // The locks changed, or an address, are no decision.
      expect(persistentRules("The van keys were kept at the station. I want the locks changed.")).toEqual([]);
    });

    it("volume-counted: the third contact in a day that counts the writer's own run ('Four emails. Sort it.'), not a second, material or an emergency unfolding (Warwickshire 3.2)", () => {
      const call = "My work van was stolen on 28 May (crime ref 62/44193/26). No update from the force. Can your office chase?";
      const morning = history([[0.3, call], [0.2, "Any news? Need an answer."]]);
      expect(persistentRules("Ringing now as well. Four emails. Sort it.", morning)).toEqual(["volume-counted"]);
      expect(subTypes(run({ body: "I've now sent three and still nothing about the van." }, morning))).toContain("persistent/excessiveVolume");
      expect(persistentRules("Ringing now as well. Four emails. Sort it.", history([[0.3, call]]))).toEqual([]);
      expect(persistentRules("I sent 3 photos of the van this morning. Here is the tracker report.", morning, { attachments: 1 })).toEqual([]);
      expect(persistentRules("I know I've sent three emails now but the van's tracker has just pinged on a farm at Long Itchington, two men are loading it onto a trailer, please tell the police.", morning)).toEqual([]);
    });

    it("several-staff: the first reply to a fresh decision sent to someone new, asking them to say otherwise ('Maybe you can say different') (Warwickshire 3.2 'Contacting different people')", () => {
      const casey = "casey.worker@opcc.example.gov.uk";
      const decided = history([[30, "Police broke my door in Coventry looking for the wrong person. I want the force to pay for the door.", [casey]]], [4]);
      const to = ["morgan.reid@opcc.example.gov.uk"];
      expect(persistentRules("Mr Reid, Ms Worker say the office cannot pay for my door. I not agree. Maybe you can say different.", decided, { to })).toEqual(["several-staff"]);
      expect(persistentRules("Ms Worker and Mr Carter both say no. You can say yes for my door?", decided, { to })).toEqual(["several-staff"]);
      expect(persistentRules("Mr Reid, maybe you can say whether the door will be paid before Christmas?", decided, { to })).toEqual([]);
    });

    it("reworded-after-decision: 'a data protection complaint now, not a conduct one', the same night and officer, though its words are new (Warwickshire 3.2 're-framing')", () => {
      const decided = history([[60, "The officer wrote that I was aggressive on arrival, but I was stood at my own front door in my slippers."], [20, "I have your letter. I do not agree."]], [30]);
      expect(subTypes(run({ body: "This is a data protection complaint now, not a conduct one. The record says aggressive, that's my personal data and it's inaccurate. Same night, same officer, so you have to start again." }, decided))).toContain("persistent/reframed");
      // Without the writer saying it is the same, a complaint of another kind with words of its own is a new matter.
      expect(subTypes(run({ body: "This is a data protection complaint now, not a conduct one: the force sent my medical records to my former employer in March without asking me." }, decided)).filter((s) => s.startsWith("persistent"))).toEqual([]);
    });
  });

  it("leaves staff copied into mail forwarded to another body to the copying-staff demand, not several staff (Warwickshire 3.2)", () => {
    const past = history([[14, complaint, ["a@opcc.example.gov.uk", "b@opcc.example.gov.uk"]]]);
    const forwarded = run({ subject: "FW: to my MP - cc OPCC", body: complaint, cc: ["a@opcc.example.gov.uk", "b@opcc.example.gov.uk", "c@opcc.example.gov.uk"] }, past);
    expect(subTypes(forwarded)).not.toContain("persistent/severalStaff");
    expect(subTypes(run({ subject: "My complaint", body: complaint, to: ["c@opcc.example.gov.uk"] }, past))).toContain("persistent/severalStaff");
  });
});

describe("fingerprints", () => {
  it("stay the same across releases, so fingerprints already in the ContactLog still compare", () => {
    const text = "My complaint about the burglary on Elm Road was never investigated.\n> Dear Sir, thank you for your email.";
    expect(fingerprint(text).slice(0, 38)).toBe("oph64:0055bc940324a0910388cb1201325cde");
  });

  it("are never compared with one made by another scheme, which would give a meaningless similarity", () => {
    const text = "My complaint about the burglary on Elm Road was never investigated.";
    const bare = fingerprint(text).slice(SCHEME.length); // as the earlier MinHash stored them: hex alone
    expect(estimateSimilarity(fingerprint(text), fingerprint(text))).toBe(1);
    expect(estimateSimilarity(bare, fingerprint(text))).toBe(0);
  });

  it("estimate the share of word triples two messages have in common, for long and short messages alike", () => {
    // Seeded word streams with a known overlap: the estimate must track the true Jaccard similarity.
    let seed = 7;
    const word = () => `w${(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 100_000}`;
    const shingles = (words: string[]) => new Set(words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(" ")));
    const errors: number[] = [];
    for (const length of [12, 40, 300]) {
      for (const shared of [0.2, 0.5, 0.8]) {
        for (let trial = 0; trial < 10; trial += 1) {
          const common = Array.from({ length: Math.round(length * shared) }, word);
          const a = [...common, ...Array.from({ length: length - common.length }, word)];
          const b = [...common, ...Array.from({ length: length - common.length }, word)];
          const [sa, sb] = [shingles(a), shingles(b)];
          const truth = [...sa].filter((x) => sb.has(x)).length / new Set([...sa, ...sb]).size;
          errors.push(Math.abs(estimateSimilarity(fingerprint(a.join(" ")), fingerprint(b.join(" "))) - truth));
        }
      }
    }
    const mean = errors.reduce((x, y) => x + y, 0) / errors.length;
    expect(mean).toBeLessThan(0.08);
    expect(Math.max(...errors)).toBeLessThan(0.3);
  });

  it("ignore the quoted reply under a message", () => {
    const own = "My complaint about the burglary on Elm Road was never investigated.";
    expect(estimateSimilarity(fingerprint(own), fingerprint(`${own}\n> Dear Sir, thank you for your email of 3 May about your case.`))).toBe(1);
  });

  it("estimate near 1 for the same text, near 0 for unrelated text, and keep no words", () => {
    const a = fingerprint(complaint);
    expect(estimateSimilarity(a, fingerprint(complaint))).toBe(1);
    expect(estimateSimilarity(a, fingerprint("Please send me the minutes of the police and crime panel meeting held in June."))).toBeLessThan(0.1);
    expect(a).toMatch(/^oph64:[0-9a-f]{512}~topic32b:[0-9a-f]{256}$/);
    expect(a).not.toContain("burglary");
  });
});
