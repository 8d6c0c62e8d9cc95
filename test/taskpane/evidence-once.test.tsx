import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import type { Alert } from "../../src/policy/alerts/types";
import type { Finding, TextSpan } from "../../src/policy/classifier/types";
import { ClassificationPanel } from "../../src/taskpane/review/components/ClassificationPanel";
import { evidenceOnce } from "../../src/taskpane/review/evidence-once";
import { run } from "../policy/classifier/fixtures";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
const evidenceLines = (html: string) => [...html.matchAll(/data-testid="finding-evidence"[^>]*>(.*?)<\/span>/g)].map((m) => text(m[1]!));

const span = (start: number, words: string): TextSpan => ({ field: "body", start, end: start + words.length, text: words });
const finding = (rule: string, ...spans: TextSpan[]): Finding => ({
  category: "abusive",
  subType: "threat",
  wording: { category: "Unacceptable behaviour", subType: "Threats", policyRef: "warwickshire-managing-public-contact-policy.txt §3.1" },
  confidence: 0.7,
  rules: [rule],
  evidence: spans.map((s) => ({ kind: "text" as const, span: s, rule })),
});
const alert = (kind: Alert["kind"], ...spans: TextSpan[]): Alert => ({
  kind,
  rules: [`${kind}/x`],
  evidence: spans.map((s) => ({ span: s, rule: `${kind}/x`, policyRef: "warwickshire-managing-public-contact-policy.txt §6" })),
  guidance: { title: kind, steps: [], strategyNote: "", isDefault: false },
});

describe("each piece of evidence once, alerts first", () => {
  it("quotes words in the alert, not again in the suggestion or the learned scorer's; new words are still quoted", () => {
    const threat = span(0, "I know where you live");
    const once = evidenceOnce([alert("threat-to-staff", threat)], [finding("abusive/threat", threat), finding("learned.abusive", span(2, "know where"), span(40, "regret"))]);
    expect(once.alerts[0]!.evidence.map((e) => e.span.text)).toEqual(["I know where you live"]);
    expect(once.findings[0]).toEqual({ evidence: [], shownAbove: "alert" });
    expect(once.findings[1]!.evidence.map((e) => e.kind === "text" && e.span.text)).toEqual(["regret"]);
    expect(once.findings[1]!.shownAbove).toBeUndefined();
  });

  it("a second alert raised by the same words does not quote them again", () => {
    const words = span(5, "broken into");
    const once = evidenceOnce([alert("crime", words), alert("new-matter", words, span(40, "last night"))], []);
    expect(once.alerts[1]!.evidence.map((e) => e.span.text)).toEqual(["last night"]);
    expect(evidenceOnce([alert("crime", words), alert("new-matter", words)], []).alerts[1]).toEqual({ evidence: [], shownAbove: "alert" });
  });

  it("the brief's threat to Casey: the suggestion points to the alert's words instead of quoting them a second time", () => {
    const classification = run({ subject: "You'll regret this", body: "I know where you live, Casey. You'll regret ignoring me." }, undefined, "warwickshire", undefined, ["Casey"]);
    const alertWords = classification.alerts.flatMap((a) => a.evidence.map((e) => e.span.text));
    expect(alertWords.join(" ")).toMatch(/I know where you live/);
    const lines = evidenceLines(renderToStaticMarkup(<ClassificationPanel classification={classification} pack={warwickshirePack} />));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/know where you live/);
    expect(lines.join("\n")).toMatch(/The words marked in the alert above/);
  });
});
