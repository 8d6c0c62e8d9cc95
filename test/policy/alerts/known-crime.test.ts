import { describe, expect, it } from "vitest";
import { alertKinds as kinds } from "./kinds";

/**
 * Issue 10: a crime named as one the reader already has ("the burglary", "my assault case", "my stalker") is the
 * background of a complaint, a thank-you or a request, not a crime reported (src/policy/alerts/known-crime.ts). On the
 * development files most false crime alerts were such references; a crime told as an event, or a reference beside news,
 * still alerts.
 */
describe("a crime named as one already known", () => {
  it.each([
    ["a complaint about a burglary investigation's pace", "It has been ten weeks and still no reply to my complaint about the burglary investigation. The officer never even rang me. This office is a shambles."],
    ["the robbery as the matter of a chaser", "I am chasing my complaint about the robbery case. Your office said you would write within 20 days and you have not."],
    ["an update wanted on a fraud complaint", "THREE MONTHS AND NOT A WORD ON MY COMPLAINT ABOUT THE ROMANCE FRAUD INVESTIGATION. I WANT AN UPDATE BY FRIDAY."],
    ["a thank-you naming the assault case", "Dad wanted me to thank Sam for all the help with his assault case, it meant a great deal to him."],
    ["a caseworker asked for, the crime named", "Because my complaint concerns the burglary at the farm, could the same caseworker keep it? I don't want to explain it all again."],
    ["a stalker's order extended", "My stalker's order has been renewed and he has moved to Scotland. Could my story be used in your campaign?"],
  ])("%s: no crime alert", (_why, body) => {
    expect(kinds(body)).not.toContain("crime");
  });

  it.each([
    ["the crime told as an event", "Somebody broke into my shed and took my mower and two bikes."],
    ["a reference beside something new", "The burglary happened again last night, they came through the back door."],
    ["a known crime that goes on", "My stalker keeps turning up at my work and waiting by my car."],
    ["the crime said to be a crime", "Someone left a pig's head outside the mosque with a note. This is a hate crime."],
    ["a crime against someone close", "Nobody has told me anything about the assault on my son outside the school gates."],
    ["a crime as the cause of how the writer is now", "I haven't slept since the break-in at my flat and I jump at every noise."],
    ["a loss not made good", "The bank won't refund the fraud and I have lost all my savings."],
    ["it's a scam, and money gone", "My dad paid a man £3,000 for a new roof and he never came back. I'm sure it's a scam."],
  ])("%s: a crime alert", (_why, body) => {
    expect(kinds(body)).toContain("crime");
  });
});
