import { describe, expect, it } from "vitest";
import { alertKinds as kinds } from "./kinds";

/** dev.md: crime "unless it is long resolved or only the background of a decided matter" (Warwickshire 7.2 reviews for new criminal matters). */
describe("a crime the justice process already has, or long past and put right", () => {
  it.each([
    ["a killing long past, told in grief", "My brother was murdered in 2019. I would like to know what the Commissioner is doing about knife crime."],
    ["a trial already listed", "The trial of the man who robbed me is listed for 3 February at Warwick Crown Court. Could you tell me if I can get special measures?"],
    ["years ago, sentence served", "Ten years ago my ex came at me with a knife. He served his sentence and I'm doing well. I'd like to volunteer."],
    ["a son missing in 2019, found and well", "In 2019 my son was missing for three days and the police found him alive in the woods. He is doing well now. How can I donate to the search volunteers?"],
    ["a hypothetical asked as a question", "If someone broke into my shed, would that count as burglary or theft?"],
    ["the term the court gave", "Thank you for helping with my statement for the sentencing of the man who burgled my house. I read it out in court. He got two years."],
    ["an order the court made, and kept", "My ex-partner stalked me, but he's been given a stalking protection order and he's abided by it for four months. Please keep funding the advocacy service."],
    ["cases through the courts, in a funding bid", "We are women who survived abuse — one member was stabbed by her ex-husband — and every one of those cases has been through the courts. We grow vegetables."],
    ["the offender sent to prison", "In June the man who kept saying he would burn my house down was sent to prison for eighteen months. I want to thank the victims' service."],
    ["misconduct put right in person", "The officer who called me a liar in 2023 apologised to me in person at the local resolution meeting last month. Thank you."],
    ["a stabbing twenty years ago, and its term", "my cousin was stabbed outside that pub twenty years ago, the lad got 8 years. I'm writing to support more CCTV on Bridge St."],
    // The court's decision given, however it went: a verdict or an order is the end of the criminal side (E99).
    ["a community order, last year", "I want it noted that the man who spat at my wife on the bus last year only got a community order. I know the court decided it."],
    // The writer's own wait on the process is the complaint, not the crime going on (E99).
    ["a court date waited for", "I'm sorry I was short with your caseworker. My brother was stabbed in Rugby in March and I'm still waiting for news on the court date."],
    // The police charged the one who did it: the justice process has it (E104).
    ["the offender charged by the police", "Sorry for my last email. This complaint about the harassment by my ex's new partner, which the police already charged her for in April, is dragging on."],
    // Years past with nothing now: read by crime.ts's rules as crime/crime-reported reads it (E104).
    ["a burglary years past", "I was burgled back in 2015 and it made me join the neighbourhood watch. How do we get new signs?"],
  ])("%s: no crime or safeguarding alert", (_why, body) => {
    expect(kinds(body)).toEqual([]);
  });

  it.each([
    ["a new crime after a trial is named", "My ex is awaiting trial for assaulting me. Last night he came to my house and smashed my windows."],
    ["intimidation after a guilty plea", "The man who attacked me pleaded guilty in March. He has been sending his mates to my door every night."],
    ["a new crime after an old one put right", "Last summer my car was broken into. The police caught the lad and I got my laptop back. Now someone has slashed my tyres."],
    ["a crime last night asked about politely", "If someone broke into my car last night, who do I call?"],
    ["a breach of the order last night", "He was given a restraining order in May. Last night he broke into my flat and smashed my phone."],
    ["out after his term, and back at the door", "He got two years for burgling me. He's out now and he came to my door last night shouting threats."],
    ["acquitted, and at the door since", "The man who attacked me was acquitted in May and since then he has been turning up at my work every day."],
    ["waiting on a charge, and threatened again", "I've been waiting for a charging decision on the man who assaulted me, and last night he threatened me again in the street."],
  ])("%s: a crime alert", (_why, body) => {
    expect(kinds(body)).toContain("crime");
  });

  // The outcome told with the crime (issue 10 look-alikes: a crime resolved, told as background to a thank-you or a request).
  it.each([
    ["the term he got, two sentences on", "Thank you for helping me with my statement for the sentencing of the man who burgled my flat. I read it out in court. He got three years."],
    ["a term in the crime's own sentence", "My nephew was glassed outside the Red Lion in 2021, the man got 6 years. I'm writing to support a later bus from the town centre."],
    ["caught and returned, a recent crime", "My dad wants to complain that officers took five hours to come when his garage was broken into last month. They caught the lads and he got his strimmer back; he is only cross about the wait."],
    ["arrested and charged, in brackets", "A customer threatened our pharmacist with a knife last month (he was arrested and has been charged). Why don't shops get a named officer?"],
    ["a protection order kept to", "I'd been told I was high risk after the stalking, but he was given a stalking protection order and has kept to it since the spring. Please keep funding the advocates."],
    ["the writer closing the file", "We're moving to Canada in the spring, so please close my file about the graffiti on our garage. Thank you for your help."],
    ["the outcome accepted", "I accept that the review of my 2024 car theft complaint found the response reasonable. I'm not happy but I understand."],
    ["the thieves caught, the bag brought back", "The lads who broke into my van were caught and the officer brought my toolbag back the same week. Please thank her."],
  ])("%s: no crime alert", (_why, body) => {
    expect(kinds(body)).not.toContain("crime");
  });

  it.each([
    ["caught, yet still at it", "My van was broken into last week. They caught one of the lads but he is still hanging round my street every night."],
    ["arrested, then released", "On 2 August my partner strangled me. Police came and arrested him but he was released the next morning and came straight home."],
    ["a file closed, then a new crime", "Please close my file about the graffiti on our garage. Someone has broken into my car and taken my tools."],
    ["an outcome accepted, then again", "I accept the outcome of my complaint but last night he smashed my window again."],
    ["an order ignored", "My ex ignores the restraining order and follows me to work."],
    ["a new crime after one put right", "Last year my shed was broken into and they caught the lad. Now someone has smashed my car window."],
    ["caught up in it, not caught", "My car was broken into and my neighbour was caught up in the fight when he tried to stop them."],
    ["a new assault told before an old charge", "My stepdad hit my little brother again last night. He was charged for hitting my mum in 2023."],
    ["a death told before, the crime after", "My son died in September and I have a speeding fine for his car dated after it. I think his car has been taken. It was outside his flat and it isn't now."],
  ])("%s: still a crime alert", (_why, body) => {
    expect(kinds(body)).toContain("crime");
  });

  it("abuse in a decade long gone, the abuser since convicted, raises nothing; never convicted, it is still raised", () => {
    expect(kinds("I was abused as a child in the 1980s by a scout leader. He was convicted in 2019, which took a long time. I'm writing to support the survivors' fund.")).toEqual([]);
    expect(kinds("In the 1990s my uncle abused me. He was never convicted.")).toContain("safeguarding");
    expect(kinds("In 1995 my uncle abused me. No one was ever convicted.")).toContain("safeguarding");
  });

  it("abuse long ago and never dealt with is still raised", () => {
    expect(kinds("Years ago my stepfather raped me. I've never told anyone. Thank you for reading this.")).toEqual(expect.arrayContaining(["safeguarding", "crime"]));
    expect(kinds("When I was a child my uncle abused me. He was never caught. I'm doing well now but I can't stop thinking about his grandchildren.")).toContain("safeguarding");
  });
});

/**
 * "New" is news only as a new thing that happens (new threats, a new incident); in a place's name or a thing's description
 * ("New Street", "New Zealand", "a new job") it told nothing, yet it made every dealt-with crime there a new one. "Still"
 * said of the writer's feelings ("I still think about it") is the crime's mark on them, not the crime going on.
 */
describe("news in the crime's sentence is a new thing happening, not a name or a feeling", () => {
  it.each([
    ["on New Street", "I was assaulted on New Street in 2018. He went to prison. I want to support the CCTV bid."],
    ["in New Zealand", "I was attacked in 2015 in New Zealand. He served his sentence. I'd like to give evidence to the panel."],
    ["at the New Inn", "I was attacked in 2015 while I was working at the New Inn. He served his sentence. I'd like to give evidence to the panel."],
    ["in New Mills", "Ten years ago in New Mills my ex came at me with a knife. He served his sentence."],
    ["a new job", "I was attacked in 2015 when I had just started a new job. He served his sentence. I'd like to give evidence to the panel."],
    ["outside the new library", "I was mugged in 2017 outside the new library. He served his sentence. Please add me to the newsletter."],
    ["still thinking about it", "I was burgled in 2018 and I still think about it. The man went to prison. I'd like to support the victims' fund."],
  ])("%s: no crime alert", (_why, body) => {
    expect(kinds(body)).not.toContain("crime");
  });

  it.each([
    ["new threats", "I was attacked in 2015 and he served his sentence, but there are new threats from him on Facebook."],
    ["a new incident", "My shed was broken into in 2019 and he went to prison, and now there's been a new break-in at the same shed."],
    ["still coming round", "I was assaulted in 2018 and he went to prison, but he still comes round to my street."],
    ["something new", "I was burgled in 2018 and the man went to prison, but something new has happened with my car."],
  ])("%s: still a crime alert", (_why, body) => {
    expect(kinds(body)).toContain("crime");
  });
});

/** Warwickshire 7.2 criminal matters: scam contact seen through with nothing lost, and crime as a community worry, report none. */
describe("scam contact with nothing lost, and crime as a worry or a talk", () => {
  it.each([
    ["scam calls hung up on", "MY PHONE HAS HAD FIVE SCAM CALLS TODAY, FIVE!!! I HUNG UP ON ALL OF THEM. WHY CAN'T YOU STOP THESE PEOPLE??"],
    ["a fake text nearly clicked", "I got a text saying my parcel was held and nearly clicked the link. I didn't, I checked with Royal Mail and it was fake."],
    ["a talk on scams", "Our carers' group had a talk from a PCSO on scams. Could we get a similar talk?"],
  ])("%s: no crime alert", (_why, body) => {
    expect(kinds(body)).not.toContain("crime");
  });

  it.each([
    ["money transferred", "I got a scam call pretending to be from my bank and I transferred £2,000 before I realised."],
    ["card details given and money gone", "My mum had scam calls all week and yesterday she gave them her card details and £900 has gone from her account."],
    ["a worry, then a neighbour conned", "Lots of us in the sheltered housing are nervous about doorstep scams. Someone came round yesterday and conned Mrs Jones out of £300."],
  ])("%s: a crime alert", (_why, body) => {
    expect(kinds(body)).toContain("crime");
  });
});
