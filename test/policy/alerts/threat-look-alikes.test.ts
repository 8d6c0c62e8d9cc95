import { describe, expect, it } from "vitest";
import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { EXAMPLE_STAFF } from "../../../src/policy/alerts/rule";

const NOW = "2026-11-25T10:00:00.000Z";
const kinds = (subject: string, body: string) =>
  classify(
    { from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject, body, receivedAt: NOW },
    classifierOptions(getPack("warwickshire"), { staffDomains: ["opcc.example.gov.uk"], staffNames: EXAMPLE_STAFF, history: EMPTY_HISTORY, now: NOW }),
  ).alerts.map((a) => a.kind);

/** Issue 10: look-alikes must not alert; the threats beside them must. Each pair differs in what makes it a threat. */
describe("threat-to-staff look-alikes, by the classifier's own threat findings as well as the rules", () => {
  it.each([
    ["a subject line explained by the body: an open drop-in", "I know where you work", "I know where you work - I'm coming to the drop-in at the Shire Hall on Friday with every letter you've sent me."],
    ["a subject line explained by the body: a process watched", "Keeping an eye", "Thanks for the reply. I'll be keeping an eye on the website for the published minutes."],
    ["a place in the organisation", "I know where you live (in the org chart!)", "Morgan - I finally know where you live in the org chart, ha! Attached is my review request."],
    ["a lawful route after a bare subject", "You'll be sorry", "You'll be sorry you closed this when the ombudsman and the Panel see the paperwork. Mark my words."],
    ["exasperation with the writer's own husband", "Consent form", "If my husband forgets to post this again I'll kill him. Anyway, here is the signed consent form you asked for."],
    ["a hazard to be made safe", "Child safety question", "Could the force or council secure the derelict building on Clarendon Street before someone gets hurt?"],
    ["an election", "The Commissioner", "He'll get what's coming at the ballot box in May, I can promise you that."],
    ["a quiz challenge", "Quiz night", "Our pub quiz team has challenged the Commissioner's office to a charity quiz. Loser buys the first round. We'll murder you!"],
    ["an idiom of thanks about a caseworker", "Thanks", "Please pass on to Sam that I'll never forget what he did for my mum. I could kill him with kindness, honestly."],
    ["'coming for you' with an information request", "FOI", "Casey I'm coming for you — with a Freedom of Information request for every email you've written about me! Only joking (mostly)."],
    ["a safety worry", "Taxi rank", "Drivers like me are sitting ducks at the rank after 2am. It's only a matter of time before somebody gets hurt."],
    ["knowing the office from inside", "I know where you work", "I know where you work, because I used to work there too! Twenty years in the control room before I retired."],
    ["an inspection foretold", "Heads will roll", "Heads will roll over this when the inspection report comes out, mark my words."],
    ["a short tag after a lawful campaign", "Re: complaint", "I'll hit every councillor, every MP and the Police and Crime Panel. You won't know what's hit you."],
    ["regret at an election, a campaign", "Policing plan", "You'll regret not listening to the public when the election comes round. I'll be campaigning against the Commissioner on every doorstep."],
  ])("%s: no threat-to-staff alert", (_why, subject, body) => {
    expect(kinds(subject, body)).not.toContain("threat-to-staff");
  });

  it.each([
    ["a lawful route in the sentence before does not excuse violence", "Your decision letter", "I will be taking this to my MP. And if I ever meet the caseworker who wrote that letter I will break his jaw."],
    ["knowing where they live, then an open surgery", "Noted", "I know where you live. See you at the surgery."],
    ["a named member of staff's window", "letter", "somebody should put a brick through dana chiefs window and im not saying it wont be me"],
    ["'him' with no relative of the writer's near", "Casey", "Tell your manager that if he closes my case again I'll kill him."],
    ["a lawful route, then a threat in a long sentence", "Complaint and warning", "I'm going to report Sam Carter to the IOPC and I'm going to the press. And if that doesn't work I'll sort him out myself the old fashioned way."],
    ["a jest taken back", "complaint", "Sam Carter like they say in the film, I will look for you, I will find you, and I will kill you. lol jokes. unless?? you've got till friday"],
    ["'lol' beside knowing where they live", "call", "Morgan I know where you live. I've been past twice lol. Anyway about the outcome."],
    ["a campaign beside their home", "election", "I'll be campaigning on every doorstep, starting with Dana Chief's house, and she'll see what happens."],
  ])("%s: a threat-to-staff alert", (_why, subject, body) => {
    expect(kinds(subject, body)).toContain("threat-to-staff");
  });
});
