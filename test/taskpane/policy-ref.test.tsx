import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PolicyRef } from "../../src/taskpane/shared/PolicyRef";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { gwentPack } from "../../src/policy/packs/gwent";
import { citeInWords } from "../../src/app/cite-words";
import { ActionOutcome } from "../../src/taskpane/shared/action";
import { ServicesProvider } from "../../src/taskpane/services";
import type { Services } from "../../src/app/services";
import { AlertBar } from "../../src/taskpane/alerts/AlertBar";
import { classify } from "../../src/policy/classifier/classify";
import { classifierOptions } from "../../src/policy/classifier/options";
import { EMPTY_HISTORY } from "../../src/policy/contact";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
const links = (html: string) => [...html.matchAll(/<span[^>]*data-testid="policy-link"[^>]*>(.*?)<\/span>/g)].map((m) => m[1]);

describe("a policy reference in the pane", () => {
  it("names the office's policy by its title and section, as a link that opens the section", () => {
    const html = renderToStaticMarkup(<PolicyRef reference="Read and file it (warwickshire-managing-public-contact-policy.txt §7.2)." pack={warwickshirePack} />);
    expect(text(html)).toBe("Read and file it (Managing Public Contact Policy (OPCC Warwickshire), section 7.2).");
    expect(links(html)).toEqual(["Managing Public Contact Policy (OPCC Warwickshire), section 7.2"]);
  });

  it("a citation in brackets is one phrase: the link is inline text (not a button's unbreakable box), '(' and ')' touching it", () => {
    const html = renderToStaticMarkup(<PolicyRef reference="Tell your manager now (warwickshire-managing-public-contact-policy.txt §6)." pack={warwickshirePack} />);
    // A <button> cannot break across lines: a long title jumped to a line of its own, "(" and ")" left alone either side.
    expect(html).not.toMatch(/<button/);
    const link = /\((<span[^>]*data-testid="policy-link"[^>]*>)Managing Public Contact Policy \(OPCC Warwickshire\), section 6<\/span>\)\./.exec(html);
    expect(link).not.toBeNull();
    // Still a control a keyboard reaches and opens, saying it opens a dialog.
    expect(link![1]).toMatch(/role="button"/);
    expect(link![1]).toMatch(/tabindex="0"/);
    expect(link![1]).toMatch(/aria-haspopup="dialog"/);
  });

  it("Gwent's policy links too; a document whose text the add-in does not carry stays words", () => {
    expect(links(renderToStaticMarkup(<PolicyRef reference="gwent-managing-customer-contact-policy.txt §8.0" pack={gwentPack} />))).toEqual(["Managing Customer Contact Policy (OPCC Gwent), section 8.0"]);
    const other = renderToStaticMarkup(<PolicyRef reference="warwickshire-decision-2025.txt §3" pack={warwickshirePack} />);
    expect(links(other)).toEqual([]);
    expect(text(other)).toBe("Warwickshire decision WPCC4-0060, section 3");
  });

  it("a refusal in the pane names the policy by title and section, each citation a link, no file name", () => {
    const services = { pack: warwickshirePack } as unknown as Services;
    const refused = { state: "refused" as const, message: "Casey Worker is not listed as the Head of Business Services and Assurance, so their “approve” does not count (warwickshire-managing-public-contact-policy.txt §7).", policyRef: "warwickshire-managing-public-contact-policy.txt §7" };
    const html = renderToStaticMarkup(
      <ServicesProvider services={services}>
        <ActionOutcome outcome={refused} />
      </ServicesProvider>,
    );
    expect(text(html)).toBe("Not doneCasey Worker is not listed as the Head of Business Services and Assurance, so their “approve” does not count (Managing Public Contact Policy (OPCC Warwickshire), section 7). (Managing Public Contact Policy (OPCC Warwickshire), section 7)");
    expect(links(html)).toHaveLength(2);
  });

  it("without a shipped copy, the office's policy links to where the office publishes it", () => {
    const { copy: _none, ...document } = warwickshirePack.policyDocument;
    const html = renderToStaticMarkup(<PolicyRef reference="warwickshire-managing-public-contact-policy.txt §7.2" pack={{ ...warwickshirePack, policyDocument: document }} />);
    expect(html).toMatch(/<a[^>]*href="https:\/\/www\.warwickshire-pcc\.gov\.uk\/"[^>]*>Managing Public Contact Policy \(OPCC Warwickshire\), section 7\.2<\/a>/);
  });

  it("the plain-text form, for what leaves the pane (a Smart Alert, a CLI message), names documents by title too", () => {
    expect(citeInWords("See gwent-decision-2019.txt §2 and lancashire-recommendation-2024.txt §4.", gwentPack)).toBe("See Gwent decision PCCG-2019-061, section 2 and Lancashire recommendation report (2024), section 4.");
  });

  it("words without a citation are shown as they are", () => {
    expect(text(renderToStaticMarkup(<PolicyRef reference="not in the Warwickshire policy text" pack={warwickshirePack} />))).toBe("not in the Warwickshire policy text");
  });
});

describe("an alert's note that the strategy does not change it", () => {
  it("names Warwickshire 7.2 by its title, as a link, not by the file name", () => {
    const now = "2026-11-25T10:00:00.000Z";
    const body = "I know where you live, Casey. You'll regret ignoring me.";
    const message = { from: "pat@example.org", to: ["enquiries@opcc.example.gov.uk"], cc: [], subject: "", body, receivedAt: now };
    const [alert] = classify(message, classifierOptions(warwickshirePack, { staffDomains: ["opcc.example.gov.uk"], staffNames: ["Casey Worker"], history: EMPTY_HISTORY, now })).alerts;
    const html = renderToStaticMarkup(<AlertBar alert={alert!} subject="" body={body} pack={warwickshirePack} />);
    const note = text(html.slice(html.indexOf('data-testid="alert-strategy-note"')));
    expect(note).toContain("Managing Public Contact Policy (OPCC Warwickshire), section 7.2");
    expect(note).not.toMatch(/\.txt/);
  });
});
