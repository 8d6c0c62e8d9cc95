import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Announcer, PaneAnnouncer, alertsRaisedWords, newAlertsWords, usePaneAnnouncer } from "../../src/taskpane/shared/announcer";
import { outcomeWords } from "../../src/taskpane/shared/action";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";

const region = (html: string, testid: string) => new RegExp(`<div[^>]*data-testid="${testid}"[^>]*>(.*?)</div>`).exec(html);

/** A component that says what it is given while it renders (a static render runs no effects). */
function Says({ lines }: { lines: Array<[string, { assertive?: boolean; once?: unknown }?]> }) {
  const announce = usePaneAnnouncer();
  for (const [text, options] of lines) announce(text, options);
  return null;
}

describe("the pane's one announcer", () => {
  it("says a save politely and a new alert assertively, each in its own live region, always in the page", () => {
    const announcer = new Announcer();
    const empty = renderToStaticMarkup(<PaneAnnouncer announcer={announcer}>pane</PaneAnnouncer>);
    // Both regions are there before anything is said: a region added with its words is often not read.
    expect(region(empty, "announce-polite")![0]).toMatch(/role="status"[^>]*aria-live="polite"/);
    expect(region(empty, "announce-assertive")![0]).toMatch(/aria-live="assertive"/);
    expect(region(empty, "announce-polite")![1]).toBe("");

    announcer.announce("Recorded in the contact log.");
    announcer.announce(alertsRaisedWords([{ guidance: { title: "Possible risk to life", steps: [], strategyNote: "", isDefault: false } }]), true);
    const html = renderToStaticMarkup(<PaneAnnouncer announcer={announcer}>pane</PaneAnnouncer>);
    expect(region(html, "announce-polite")![1]).toMatch(/>Recorded in the contact log\.</);
    expect(region(html, "announce-assertive")![1]).toMatch(/>Alert: Possible risk to life\. What to do now is at the top of the pane\.</);
    // Fluent 9.74's own announcer would have put "Recorded" in an assertive region too.
    expect(region(html, "announce-assertive")![1]).not.toMatch(/Recorded/);
  });

  it("says each change once: the same change met again says nothing; the same words for a new change are said again", () => {
    const announcer = new Announcer();
    renderToStaticMarkup(
      <PaneAnnouncer announcer={announcer}>
        <Says lines={[["Checking further…", { once: "checking-further" }]]} />
      </PaneAnnouncer>,
    );
    const first = announcer.current().polite!;
    expect(first.text).toBe("Checking further…");

    renderToStaticMarkup(
      <PaneAnnouncer announcer={announcer}>
        <Says lines={[["Saved", { once: "a" }], ["Saved", { once: "a" }], ["  ", {}]]} />
      </PaneAnnouncer>,
    );
    const saved = announcer.current().polite!;
    expect(saved.text).toBe("Saved");
    expect(saved.n).toBe(first.n + 1);
    // A second save, the same words: a new node, so it is read again.
    announcer.announce("Saved");
    expect(announcer.current().polite!.n).toBe(saved.n + 1);
    expect(announcer.current().assertive).toBeUndefined();
  });

  it("when the message it was said about leaves, its alert is taken back: the next message's regions are empty (T5 finding 12)", () => {
    const announcer = new Announcer();
    announcer.announce(alertsRaisedWords([{ guidance: { title: "Threat to a member of staff", steps: [], strategyNote: "", isDefault: false } }]), true);
    announcer.announce("Checking further…");
    expect(region(renderToStaticMarkup(<PaneAnnouncer announcer={announcer}>pane</PaneAnnouncer>), "announce-assertive")![1]).toMatch(/Threat to a member of staff/);
    // What MessageReview's clean-up does when Riley Evans's alert-free message takes Pat's place.
    announcer.clear();
    const next = renderToStaticMarkup(<PaneAnnouncer announcer={announcer}>pane</PaneAnnouncer>);
    expect(region(next, "announce-assertive")![1]).toBe("");
    expect(region(next, "announce-polite")![1]).toBe("");
  });

  it("outside a pane (a static render of one component) nothing is said and nothing breaks", () => {
    expect(renderToStaticMarkup(<Says lines={[["Saved", {}]]} />)).toBe("");
  });

  it("an action's outcome in words: saved, not done with the section by its title, not saved", () => {
    expect(outcomeWords({ state: "done", message: "Draft saved." }, warwickshirePack)).toBe("Draft saved.");
    expect(outcomeWords({ state: "refused", message: "Only the authoriser can approve", policyRef: "warwickshire-managing-public-contact-policy.txt §7" }, warwickshirePack)).toBe(
      "Not done: Only the authoriser can approve (Managing Public Contact Policy (OPCC Warwickshire), section 7)",
    );
    expect(outcomeWords({ state: "failed", message: "Microsoft 365 did not answer.", conflict: false }, warwickshirePack)).toBe("Not saved: Microsoft 365 did not answer.");
    expect(outcomeWords({ state: "busy" }, warwickshirePack)).toBeUndefined();
  });

  it("alerts raised together are one announcement", () => {
    const alert = (title: string) => ({ guidance: { title, steps: [], strategyNote: "", isDefault: false } });
    expect(alertsRaisedWords([alert("A crime or police misconduct reported"), alert("A new matter")])).toBe("Alerts: A crime or police misconduct reported; A new matter. What to do now is at the top of the pane.");
  });

  it("a message's alerts are said when raised, and an alert the learned scorer raises later is said alone, not the first again", () => {
    const alert = (kind: "risk-to-life" | "threat-to-staff", title: string) => ({ kind, guidance: { title, steps: [], strategyNote: "", isDefault: false } });
    const told = new Set<string>();
    expect(newAlertsWords([alert("threat-to-staff", "Threat to a member of staff")], told)).toBe("Alert: Threat to a member of staff. What to do now is at the top of the pane.");
    // Classified again (the scorer loaded, or a re-render): nothing new, nothing said.
    expect(newAlertsWords([alert("threat-to-staff", "Threat to a member of staff")], told)).toBeUndefined();
    expect(newAlertsWords([alert("risk-to-life", "Possible risk to life"), alert("threat-to-staff", "Threat to a member of staff")], told)).toBe("Alert: Possible risk to life. What to do now is at the top of the pane.");
  });
});
