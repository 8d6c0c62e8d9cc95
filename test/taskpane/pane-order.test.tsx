import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReactNode } from "react";
import type { Services } from "../../src/app/services";
import { DEMO_ROSTER } from "../../dev/demo/people";
import { warwickshirePack } from "../../src/policy/packs/warwickshire";
import { FakeMailbox, readItem } from "../fakes/mailbox";
import type { Route } from "../../src/taskpane/route";

/** What the pane is given: the screen, the selection (and whether it can follow it) and the connection. */
const given = vi.hoisted(() => ({
  route: { screen: "message" } as { screen: string },
  selection: { state: "none" } as { state: string; item?: unknown },
  followProblem: undefined as string | undefined,
  online: true,
}));
vi.mock("../../src/taskpane/route", () => ({ useRoute: () => [given.route as Route, () => undefined] }));
vi.mock("../../src/taskpane/review/useSelection", () => ({ useSelection: () => ({ selection: given.selection, followProblem: given.followProblem }) }));
vi.mock("../../src/taskpane/shared/useOnline", () => ({ useOnline: () => given.online }));
// The review as the reader meets it: the message's own alert first, then what the pane places after it.
vi.mock("../../src/taskpane/review/MessageReview", () => ({
  MessageReview: ({ afterAlerts }: { afterAlerts?: ReactNode }) => (
    <section>
      <p>Possible risk to life: call 999 now.</p>
      {afterAlerts}
      <p>Sender banner</p>
    </section>
  ),
}));

const { App } = await import("../../src/taskpane/App");

const services = {
  pack: warwickshirePack,
  roster: DEMO_ROSTER,
  user: { displayName: "Casey Worker", emailAddress: "casey.worker@opcc.example.gov.uk" },
  mailbox: new FakeMailbox(),
  saves: { subscribe: () => () => undefined, failures: () => [] },
  now: () => new Date("2026-12-05T08:00:00Z"),
} as unknown as Services;

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const shown = () => text(renderToStaticMarkup(<App services={services} theme="light" />));

beforeEach(() => {
  given.route = { screen: "message" };
  given.selection = { state: "none" };
  given.followProblem = undefined;
  given.online = true;
});

describe("offline, and a pane that cannot follow the selection: said after a message's alerts, never before “call 999” (T7 #4)", () => {
  it("on a message: its alert comes first, then “You are offline” and “cannot follow the selection”, then the banner", () => {
    given.selection = { state: "item", item: readItem() };
    given.online = false;
    given.followProblem = "Outlook did not let the pane follow the selection.";
    const pane = shown();
    const at = (words: string) => pane.indexOf(words);
    expect(at("You are offline")).toBeGreaterThan(at("call 999 now"));
    expect(at("This pane cannot follow the selection")).toBeGreaterThan(at("call 999 now"));
    expect(at("Sender banner")).toBeGreaterThan(at("You are offline"));
    expect(pane.match(/You are offline/g)).toHaveLength(1);
  });

  it("on every other screen (no message, Approvals): at the top, before what the screen shows", () => {
    given.online = false;
    given.followProblem = "Outlook did not let the pane follow the selection.";
    const none = shown();
    expect(none.indexOf("You are offline")).toBeGreaterThan(-1);
    expect(none.indexOf("You are offline")).toBeLessThan(none.indexOf("No message selected"));
    expect(none.indexOf("This pane cannot follow the selection")).toBeLessThan(none.indexOf("No message selected"));
    given.route = { screen: "approvals" };
    given.selection = { state: "item", item: readItem() };
    const approvals = shown();
    expect(approvals).toContain("You are offline");
    expect(approvals).not.toContain("call 999 now");
  });
});
