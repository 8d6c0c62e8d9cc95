import { describe, expect, it } from "vitest";
import { classify } from "../../../src/policy/classifier/classify";
import { classifierOptions } from "../../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../../src/policy/contact";
import { getPack } from "../../../src/policy/packs/index";
import { EXAMPLE_STAFF } from "../../../src/policy/alerts/rule";

const NOW = "2026-11-25T10:00:00.000Z";
const alerts = (body: string) =>
  classify(
    { from: "someone@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body, receivedAt: NOW },
    classifierOptions(getPack("warwickshire"), { staffDomains: ["opcc.example.gov.uk"], staffNames: EXAMPLE_STAFF, history: EMPTY_HISTORY, now: NOW }),
  ).alerts;

/**
 * Issue 10: a safeguarding concern whose harm another person does is a crime as well (Warwickshire 7.2 "criminal matters
 * or safeguarding issues"): the caseworker sees both alerts, the crime's evidence the words that say what was done
 * (src/policy/alerts/abuse-crime.ts). On the development files two crime misses in three were such concerns with the
 * safeguarding alert alone. Harm someone does to themselves, or going missing, stays a safeguarding concern only.
 */
describe("a crime beside a safeguarding concern", () => {
  it.each([
    ["a father's money taken by a new friend", "My dad is 86 and has dementia. Since his new friend moved in, money goes out of his account every day and the friend won't let me see him.", "his account"],
    ["a girl picked up by a grown man", "The girl next door is 14 and a man in his thirties picks her up from school most days. He has bought her a new phone.", "in his thirties"],
    ["a care home locking a resident in", "My mum is 90 and in a care home. The night staff lock her in her room and she hasn't been washed for a week.", "lock her in"],
  ])("%s: safeguarding and crime, the crime's words shown", (_why, body, words) => {
    const found = alerts(body);
    expect(found.map((a) => a.kind)).toEqual(expect.arrayContaining(["safeguarding", "crime"]));
    const crime = found.find((a) => a.kind === "crime")!;
    expect(crime.evidence.map((e) => e.span.text.toLowerCase()).join(" | ")).toContain(words);
  });

  it.each([
    ["a teenager harming herself", "My daughter is 15 and has been cutting her arms. CAMHS say twelve weeks. What am I supposed to do?"],
    ["a man with dementia gone missing", "My grandad is 88, has dementia and has been missing since this morning. He walked out in his slippers."],
  ])("%s: safeguarding, no crime", (_why, body) => {
    const kinds = alerts(body).map((a) => a.kind);
    expect(kinds).not.toContain("crime");
  });
});
