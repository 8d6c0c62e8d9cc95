import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { CASEY, DEMO_ROSTER, DEMO_SITE, MORGAN, tokenOf } from "../../dev/demo/people";
import { contactAct } from "../../src/app/record-contact";
import { EXPORT_ACTION, exportPersonAs, type SubjectAccessExport } from "../../src/app/records/subject-access";
import { decide, propose, saveDraft } from "../../src/app/strategy/actions";
import { addMonths } from "../../src/policy/lifecycle/dates";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { createGraphClient } from "../../src/graph/client";
import { warwickshirePack as pack } from "../../src/policy/packs/warwickshire";
import type { Actor } from "../../src/policy/strategy";
import type { CaseStore } from "../../src/store/port";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { strategy } from "../builders/strategy";
import { contactRecord } from "../store/contract";
import { useChromium } from "./session";

/**
 * The manager's records in the pane: a subject access export (a document and JSON, each a file
 * the browser downloads, audited) and the board report with its chart and table. Morgan holds the
 * Head of Business Services role; Casey is a caseworker.
 */
const chromium = useChromium();

const signIn = (user: string, hash = "") => chromium.open({ user, hash, viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
/**
 * Serious and critical axe violations. Tabster's focus guards (`<i data-tabster-dummy>`, which the
 * chart's and table's keyboard navigation add) are aria-hidden and focusable on purpose — they only
 * pass focus on, and a screen reader must not announce them (microsoft/tabster#288, a known false
 * positive of aria-hidden-focus) — so those nodes alone are left out; anything else still counts.
 */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
function storeAs(actor: Actor): Promise<CaseStore> {
  const graph = createGraphClient({ graphBaseUrl: `${inject("emulatorOrigin")}/v1.0`, tokens: devTokenProvider(tokenOf(actor)) });
  return resolveSiteId(graph, DEMO_SITE).then((site) => createSharePointStore(graph, site));
}
const downloaded = async (page: Page, click: () => Promise<void>) => {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = join(mkdtempSync(join(tmpdir(), "csm-records-")), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
};

/** Graph as a demo person, straight to the emulator (what a script with their token could do). */
async function graph(actor: Actor, path: string, method = "GET"): Promise<{ value: Array<{ id: string; fields: Record<string, unknown> }> }> {
  const response = await fetch(`${inject("emulatorOrigin")}/v1.0${path}`, { method, headers: { Authorization: `Bearer ${tokenOf(actor)}` } });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return response.status === 204 ? { value: [] } : ((await response.json()) as { value: Array<{ id: string; fields: Record<string, unknown> }> });
}
const faults = () => `${inject("emulatorOrigin")}/_emulator/faults`;

/** A strategy in force for `name` at `address`: proposed by Casey, approved by Morgan, through the product's use cases. */
async function inForce(id: string, name: string, address: string): Promise<void> {
  const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  const saved = await saveDraft(await storeAs(CASEY), strategy({ id, person: { displayName: name }, addresses: [address], reviewDate: addMonths(at(0).slice(0, 10), 3) }), undefined, CASEY, at(60));
  const proposed = await propose(await storeAs(CASEY), pack, saved, CASEY, "Proposed for the test.", at(59));
  if (!proposed.ok) throw new Error(proposed.message);
  const criteria = pack.criteria.map((c) => c.id);
  const approved = await decide(await storeAs(MORGAN), pack, proposed.strategy, { type: "approve", by: MORGAN, at: at(58), why: "Criteria met: the abuse went on after the warning.", criteriaConfirmed: criteria, reviewDate: addMonths(at(0).slice(0, 10), 3) }, { warningChecked: true, evidenceChecked: true, criteriaNotes: criteria.map((c) => ({ id: c, note: `Seen on the contact log for ${c}: the abuse after the warning.` })) });
  if (!approved.ok) throw new Error(approved.message);
}

describe("the pane's records check at start", () => {
  it("finishes what an interrupted write left — a strategy in force without its address rows, a contact without its audit event — and says so, once", { timeout: 180_000 }, async () => {
    await inForce("start-check", "Sky Break", "sky.break@example.org");
    const site = ((await graph(CASEY, `/sites/${DEMO_SITE}`)) as unknown as { id: string }).id;
    const rows = await graph(CASEY, `/sites/${site}/lists/StrategyAddresses/items?$expand=fields&$filter=fields/StrategyKey eq 'start-check'`);
    expect(rows.value.length).toBeGreaterThan(0);
    for (const row of rows.value) await graph(CASEY, `/sites/${site}/lists/StrategyAddresses/items/${row.id}`, "DELETE");
    // A contact whose audit event never came (a 503 on the AuditTrail an hour ago).
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await (await storeAs(CASEY)).recordContact(contactRecord({ internetMessageId: "<sky-1@example.org>", senderAddress: "sky.break@example.org", subject: "Again", receivedAt: hourAgo, recordedAt: hourAgo, strategyId: "start-check" }));

    const { page, pane } = await signIn("sam.carter");
    const notice = pane.getByTestId("notice-warning").filter({ hasText: "Records finished when the pane opened" });
    await notice.waitFor({ timeout: 60_000 });
    const repairs = await notice.getByTestId("start-repairs").locator("li").allTextContents();
    expect(repairs).toContain("Sky Break's addresses were indexed again (1 rows written).");
    expect(repairs).toContainEqual(expect.stringMatching(/^“recorded \(confirmed\)” by casey\.worker@opcc\.example\.gov\.uk at .* had no audit event; one was written\.$/));
    expect(await violations(page)).toEqual([]);
    const store = await storeAs(CASEY);
    expect((await store.addressRows()).filter((r) => r.strategyId === "start-check").map((r) => r.address)).toEqual(["sky.break@example.org"]);
    expect((await store.auditFor("contact:<sky-1@example.org>")).map((e) => [e.action, e.author?.upn])).toEqual([["recorded (confirmed) (written later)", "sam.carter@opcc.example.gov.uk"]]);
    await notice.getByRole("button", { name: "Dismiss" }).click();
    expect(await notice.count()).toBe(0);
    // The next pane to open finds nothing left to finish.
    await page.reload();
    await pane.locator('main[data-records-check="clean"]').waitFor({ timeout: 60_000 });
    expect(await pane.getByText("Records finished when the pane opened").count()).toBe(0);
  });

  it("says when it cannot check the records, rather than nothing", { timeout: 120_000 }, async () => {
    await fetch(faults(), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ method: "GET", path: "/lists/ContactLog/items", status: 503, retryAfterSeconds: 0 }) });
    try {
      const { page, pane } = await signIn("casey.worker");
      const notice = pane.getByTestId("notice-warning").filter({ hasText: "The records could not be checked" });
      await notice.waitFor({ timeout: 60_000 });
      expect(await notice.textContent()).toMatch(/Microsoft 365.*a sender's banner may be missing/);
      expect(await violations(page)).toEqual([]);
    } finally {
      await fetch(faults(), { method: "DELETE" });
    }
  });
});

describe("the manager's records in the pane", () => {
  it("a manager exports everything held about Pat O'Brien, asked by phone number: a readable document and JSON, downloaded, audited", { timeout: 180_000 }, async () => {
    // A message recognised as Pat's by its Reply-To, recorded under the From address and against the strategy.
    const casey = await storeAs(CASEY);
    const pat = (await casey.listStrategies()).find((s) => s.value.person.displayName === "Pat O'Brien")!.value;
    const record = contactRecord({ internetMessageId: "<justice-now-1@example.org>", senderAddress: "office@justice-now.example.org", subject: "Writing for <b>Pat</b>", strategyId: pat.id, receivedAt: new Date().toISOString(), recordedAt: new Date().toISOString() });
    await casey.recordContact(record);
    await casey.appendAudit(contactAct({ value: record }).event);

    const { page, pane } = await signIn("morgan.reid", "#records");
    const panel = pane.getByTestId("subject-access");
    await panel.waitFor();
    expect(await violations(page)).toEqual([]);
    // Keyboard only: the address typed, Enter submits.
    await panel.getByRole("textbox", { name: /Email address or phone number/ }).focus();
    await page.keyboard.type("07700 900417");
    await page.keyboard.press("Enter");
    const done = pane.getByTestId("export-done");
    await done.waitFor();
    expect(await done.textContent()).toContain("Addresses searched: tel:+447700900417, pat.o'brien@example.org");

    const doc = await downloaded(page, () => done.getByRole("button", { name: "Download the document" }).click());
    expect(doc.name).toMatch(/^\d{4}-\d{2}-\d{2} records held tel-\+447700900417\.html$/);
    expect(doc.text).toContain("<h1>Records held about you</h1>");
    expect(doc.text).toContain("<li>pat.o&#39;brien@example.org</li>");
    expect(doc.text).toContain("Writing for &lt;b&gt;Pat&lt;/b&gt;");
    const data = await downloaded(page, () => done.getByRole("button", { name: "Download the data (JSON)" }).click());
    const json = JSON.parse(data.text) as SubjectAccessExport;
    expect(json.addressesSearched).toEqual(["tel:+447700900417", "pat.o'brien@example.org"]);
    expect(json.contacts.map((c) => c.internetMessageId)).toContain("<justice-now-1@example.org>");
    expect(json.strategies.map((s) => s.id)).toEqual([pat.id]);

    // Audited in Morgan's name, before the files were offered.
    const audit = await casey.auditFor("person:tel:+447700900417");
    expect(audit.filter((e) => e.action === EXPORT_ACTION).map((e) => e.author?.upn ?? e.by)).toEqual([MORGAN.upn]);
    expect(await violations(page)).toEqual([]);
  });

  it("a caseworker is offered no export, and the use case refuses one", { timeout: 120_000 }, async () => {
    const { page, pane } = await signIn("casey.worker", "#records");
    await pane.getByText("For the manager").waitFor();
    expect(await pane.getByRole("button", { name: "Records" }).count()).toBe(0);
    expect(await pane.getByTestId("subject-access").count()).toBe(0);
    const refused = await exportPersonAs(await storeAs(CASEY), pack, DEMO_ROSTER, CASEY, "pat.o'brien@example.org", new Date().toISOString());
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("Only the Head of Business Services") });
    expect((await (await storeAs(CASEY)).auditFor("person:pat.o'brien@example.org")).filter((e) => e.by === CASEY.upn)).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });

  it("the board report: the quarter's figures as a chart and as a table, and the CSV for the board paper", { timeout: 180_000 }, async () => {
    const { page, pane } = await signIn("morgan.reid", "#records");
    const board = pane.getByTestId("board-report");
    const table = board.getByTestId("board-table");
    await table.waitFor();
    const figure = async (name: string) => (await table.getByRole("row").filter({ hasText: name }).first().getByRole("cell").last().textContent())?.trim();
    // The demo office: Pat's and Jordan's strategies are in force.
    expect(Number(await figure("In force at the end"))).toBeGreaterThanOrEqual(2);
    expect(await board.getByTestId("board-bar").count()).toBe(6);
    // The last year, asked by keyboard (Enter in the field): the demo's strategies were approved in it.
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    await board.getByRole("textbox", { name: "From", exact: true }).fill(yearAgo);
    await board.getByRole("textbox", { name: "From", exact: true }).press("Enter");
    await board.getByText(`Figures for ${yearAgo} to`).waitFor();
    // The chart by keyboard (T7 #16): Tab from "Show the report" reaches each bar in turn, a zero too, each naming its figure and value.
    await board.getByRole("button", { name: "Show the report" }).focus();
    const read: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      read.push((await board.getByTestId("board-chart").locator(":focus").getAttribute("aria-label")) ?? "");
    }
    expect(read.map((r) => r.replace(/\d+$/, "N"))).toEqual(["Started, N", "Ended, N", "Reviews on time, N", "Reviews late, N", "Breaches, N", "Disputes, N"]);
    expect(read[0]).toMatch(/^Started, [1-9]\d*$/);
    expect(await violations(page)).toEqual([]);

    // A period before the office had any strategy: every count is 0, in the table and in the CSV.
    await board.getByRole("textbox", { name: "From", exact: true }).fill("2020-01-01");
    await board.getByRole("textbox", { name: "To", exact: true }).fill("2020-03-31");
    await board.getByRole("button", { name: "Show the report" }).click();
    await board.getByText("Figures for 2020-01-01 to 2020-03-31").waitFor();
    expect(await figure("In force at the end")).toBe("0");
    expect(await board.getByTestId("board-bar").evaluateAll((bars) => bars.map((b) => b.getAttribute("aria-label")))).toEqual(["Started, 0", "Ended, 0", "Reviews on time, 0", "Reviews late, 0", "Breaches, 0", "Disputes, 0"]);
    const csv = await downloaded(page, () => board.getByRole("button", { name: "Download CSV for the board paper" }).click());
    expect(csv.name).toBe("board report 2020-01-01 to 2020-03-31.csv");
    expect(csv.text.split("\r\n")[0]).toBe("period from,period to,section,figure,value");
    expect(csv.text).toContain("2020-01-01,2020-03-31,Strategies,Started (approved),0");
    // A period that ends before it starts is refused with a reason, nothing read.
    await board.getByRole("textbox", { name: "To", exact: true }).fill("2019-12-31");
    await board.getByText("The end comes before the start.").waitFor();
    expect(await board.getByRole("button", { name: "Show the report" }).isDisabled()).toBe(true);
    expect(await violations(page)).toEqual([]);
  });
});
