import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config";
import { classify } from "../../src/policy/classifier/classify";
import { EMPTY_HISTORY } from "../../src/policy/contact";
import { getPack } from "../../src/policy/packs/index";
import { reviewOptions } from "../../src/taskpane/review/useMessageReview";

/** The pane's classifier options: the office's staff by name come from its config, the message's staff recipients and the reader. */
const CONFIG = { graphBaseUrl: "http://127.0.0.1:4000/v1.0", site: "opcc.sharepoint.com:/sites/contact-strategies", packId: "warwickshire", staffDomains: ["opcc.example.gov.uk"], auth: { mode: "dev", token: "t", user: "adaeze.okafor@opcc.example.gov.uk" } };
const services = (staffNames: string[] = [], reader = "Adaeze Okafor") => ({ pack: getPack("warwickshire"), config: parseConfig({ ...CONFIG, staffNames }), user: { displayName: reader, emailAddress: "adaeze.okafor@opcc.example.gov.uk" }, now: () => new Date("2026-11-25T10:00:00Z") });
const ENQUIRIES = { displayName: "OPCC Enquiries", emailAddress: "enquiries@opcc.example.gov.uk" };
const alertsOn = (body: string, s: ReturnType<typeof services>, to = [ENQUIRIES]) =>
  classify({ from: "pat@example.org", to: to.map((a) => a.emailAddress), cc: [], subject: "", body, receivedAt: "2026-11-25T10:00:00Z" }, reviewOptions(s, { to, cc: [] }, EMPTY_HISTORY, undefined)).alerts.map((a) => a.kind);

describe("the pane reads the office's staff by name", () => {
  it("lists the configured names, the message's staff recipients and the signed-in reader", () => {
    const options = reviewOptions(services(["Niamh Byrne"]), { to: [{ displayName: "Priya Shah", emailAddress: "priya.shah@opcc.example.gov.uk" }], cc: [ENQUIRIES] }, EMPTY_HISTORY, undefined);
    expect(options.staffNames).toEqual(["Niamh Byrne", "Priya Shah", "Adaeze Okafor"]);
  });

  it("a threat naming the member of staff the message was sent to, or the reader, is a threat to staff", () => {
    const threat = "Priya Shah is going to get hurt if she carries on like this.";
    expect(alertsOn(threat, services(), [{ displayName: "Priya Shah", emailAddress: "priya.shah@opcc.example.gov.uk" }])).toContain("threat-to-staff");
    expect(alertsOn("Adaeze Okafor is going to get hurt if she carries on like this.", services())).toContain("threat-to-staff");
    expect(alertsOn(threat, services(["Priya Shah"]))).toContain("threat-to-staff");
    // Nobody by that name configured, written to or reading: the name is not known to be staff.
    expect(alertsOn(threat, services())).not.toContain("threat-to-staff");
  });
});
