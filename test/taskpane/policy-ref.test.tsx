import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PolicyRef } from "../../src/taskpane/shared/PolicyRef";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { gwentPack } from "../../src/policy/packs/gwent";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
const links = (html: string) => [...html.matchAll(/<button[^>]*data-testid="policy-link"[^>]*>(.*?)<\/button>/g)].map((m) => m[1]);

describe("a policy reference in the pane", () => {
  it("names the office's policy by its title and section, as a link that opens the section", () => {
    const html = renderToStaticMarkup(<PolicyRef reference="Read and file it (warwickshire-managing-public-contact-policy.txt §7.2)." pack={warwickshirePack} />);
    expect(text(html)).toBe("Read and file it (Managing Public Contact Policy (OPCC Warwickshire), section 7.2).");
    expect(links(html)).toEqual(["Managing Public Contact Policy (OPCC Warwickshire), section 7.2"]);
  });

  it("Gwent's policy links too; a document whose text the add-in does not carry stays words", () => {
    expect(links(renderToStaticMarkup(<PolicyRef reference="gwent-managing-customer-contact-policy.txt §8.0" pack={gwentPack} />))).toEqual(["Managing Customer Contact Policy (OPCC Gwent), section 8.0"]);
    const other = renderToStaticMarkup(<PolicyRef reference="warwickshire-decision-2025.txt §3" pack={warwickshirePack} />);
    expect(links(other)).toEqual([]);
    expect(text(other)).toBe("Warwickshire decision WPCC4-0060, section 3");
  });

  it("words without a citation are shown as they are", () => {
    expect(text(renderToStaticMarkup(<PolicyRef reference="not in the Warwickshire policy text" pack={warwickshirePack} />))).toBe("not in the Warwickshire policy text");
  });
});
