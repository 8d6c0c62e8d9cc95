import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { AlertBar } from "../../src/taskpane/alerts/AlertBar";
import { alertPassages } from "../../src/taskpane/alerts/passages";
import { classify } from "../../src/policy/classifier/classify";
import { classifierOptions } from "../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../src/policy/contact";
import type { TextSpan } from "../../src/policy/classifier/types";
import { htmlToText } from "../../src/policy/text/html";
import { hiddenPassages } from "../../src/policy/text/hidden";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
const quotes = (html: string) => [...html.matchAll(/<q[^>]*data-testid="alert-evidence"[^>]*>(.*?)<\/q>/g)].map((m) => m[1]!);
const marks = (html: string) => [...html.matchAll(/<mark[^>]*>(.*?)<\/mark>/g)].map((m) => m[1]);
const at = (body: string, words: string): { span: TextSpan } => {
  const start = body.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the body`);
  return { span: { field: "body", start, end: start + words.length, text: words } };
};

// Jordan Blake's message in the demo (dev/emulator/seed-mail.ts): the risk-to-life rules find three passages in one sentence.
const now = "2026-11-25T10:00:00.000Z";
const JORDAN = "Nobody has ever listened to me about complaint 2025/0933. I have the pills ready and tonight I am going to end it. You won't have to read any more of my emails.";
const alertOn = (body: string) => {
  const message = { from: "jordan.blake@example.net", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "Complaint 2025/0933 - last time", body, receivedAt: now };
  return classify(message, classifierOptions(warwickshirePack, { staffDomains: ["opcc.example.gov.uk"], staffNames: ["Casey Worker"], history: EMPTY_HISTORY, now })).alerts.find((a) => a.kind === "risk-to-life")!;
};

describe("an alert quotes each word of the message once", () => {
  it("Jordan's message: passages of one sentence are one quote, every word that raised the alert marked in it", () => {
    const alert = alertOn(JORDAN);
    expect(alert.evidence.length).toBeGreaterThan(1);
    const html = renderToStaticMarkup(<AlertBar alert={alert} subject="Complaint 2025/0933 - last time" body={JORDAN} pack={warwickshirePack} />);
    // Before: three quotes, "I have the pills ready and tonight I am going to end it" in each of them.
    expect(quotes(html)).toHaveLength(1);
    expect(text(quotes(html)[0]!)).toBe(JORDAN);
    // "tonight" and "I am going to end it" touch: one mark.
    expect(marks(html)).toEqual(["I have the pills ready", "tonight I am going to end it"]);
  });

  it("overlapping evidence is one mark; passages far apart stay two, cut at whole words with '…'", () => {
    const filler = "The weather has been awful all week and the bins were not collected again on Tuesday morning.";
    const body = `I have the pills ready tonight. ${filler} ${filler} ${filler} I know where you live.`;
    const passages = alertPassages([at(body, "I have the pills"), at(body, "the pills ready"), at(body, "I know where you live")], "", body);
    expect(passages).toHaveLength(2);
    expect(passages[0]!.marks).toEqual([{ start: 0, end: "I have the pills ready".length }]);
    expect(passages[0]!.cutBefore).toBe(false);
    expect(passages[1]!.cutAfter).toBe(false);
    for (const p of passages) {
      const before = body[p.start - 1];
      const after = body[p.end];
      // Whole words: each passage starts after a space (or at the start) and ends before one (or at the end).
      expect(before === undefined || /\s/.test(before)).toBe(true);
      expect(after === undefined || /\s/.test(after)).toBe(true);
    }
    expect(passages[0]!.cutAfter).toBe(true);
    expect(passages[1]!.cutBefore).toBe(true);
  });

  it("passages that only touch (a space between them) are merged; the subject is quoted apart from the body", () => {
    const body = "one two three four five six seven";
    const passages = alertPassages([at(body, "two"), at(body, "six")], "You will regret this", body, 10);
    // "one two three" and "four five six seven" are separated by a space only: one passage, two marks.
    expect(passages).toEqual([{ field: "body", start: 0, end: body.length, marks: [{ start: 4, end: 7 }, { start: 24, end: 27 }], cutBefore: false, cutAfter: false }]);
    const subject = alertPassages([{ span: { field: "subject", start: 9, end: 15, text: "regret" } }, at(body, "two")], "You will regret this", body, 4);
    expect(subject.map((p) => p.field)).toEqual(["subject", "body"]);
  });
});

describe("words hidden in the message are said to be hidden (T7 #16)", () => {
  // T7's message: a reader sees only the thank-you; the threat and the overdose are hidden in the markup.
  const HTML = `<html><body><p>Thank you for your letter, all fine now.</p>
<div style="display:none">I will stab Casey Worker when she leaves the office tonight.</div>
<p style="color:#ffffff; font-size:1px">I have taken all my tablets.</p></body></html>`;
  const body = htmlToText(HTML);
  const message = { from: "t7@example.net", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "Thanks", body, receivedAt: now };
  const alerts = classify(message, classifierOptions(warwickshirePack, { staffDomains: ["opcc.example.gov.uk"], staffNames: ["Casey Worker"], history: EMPTY_HISTORY, now })).alerts;
  const render = (kind: string, hidden: readonly string[]) =>
    renderToStaticMarkup(<AlertBar alert={alerts.find((a) => a.kind === kind)!} subject="Thanks" body={body} pack={warwickshirePack} hidden={hidden} />);

  it.each(["threat-to-staff", "risk-to-life"])("the %s alert quotes its words under “Found in text hidden in the message:”, saying a reader will not see them", (kind) => {
    expect(alerts.map((a) => a.kind)).toContain(kind);
    const said = text(render(kind, hiddenPassages(HTML)));
    expect(said).toContain("Found in text hidden in the message: these words were sent in the message but are hidden in it");
    expect(said).toContain("you will not see them when you read it");
    expect(said).not.toContain("Found in the message:");
  });

  it("words a reader sees are quoted as before, with no word of hiding", () => {
    const visible = "I will stab Casey Worker when she leaves the office tonight.";
    const plain = { ...message, body: visible };
    const alert = classify(plain, classifierOptions(warwickshirePack, { staffDomains: ["opcc.example.gov.uk"], staffNames: ["Casey Worker"], history: EMPTY_HISTORY, now })).alerts.find((a) => a.kind === "threat-to-staff")!;
    const said = text(renderToStaticMarkup(<AlertBar alert={alert} subject="Thanks" body={visible} pack={warwickshirePack} hidden={hiddenPassages(`<p>${visible}</p>`)} />));
    expect(said).toContain("Found in the message:");
    expect(said).not.toContain("hidden");
  });
});
