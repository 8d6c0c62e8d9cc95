import { createGraphClient } from "../../src/graph/client";
import { devTokenProvider } from "../../src/graph/auth/dev";
import { termsOf } from "../../src/policy/in-force";
import { proposedTermsOf } from "../../src/policy/proposed-terms";
import { transition } from "../../src/policy/lifecycle/transition";
import { getPack } from "../../src/policy/packs/index";
import type { Actor, ContactStrategy, StrategyCommand } from "../../src/policy/strategy";
import { PROPOSAL_ACTION, type CaseStore } from "../../src/store/port";
import { requiredListPermissions } from "../../src/store/sharepoint/permissions";
import { provision } from "../../src/store/sharepoint/provision";
import { resolveSiteId } from "../../src/store/sharepoint/site";
import { createSharePointStore } from "../../src/store/sharepoint/store";
import { CASEY, DEMO_SITE, DEV_APP_TOKEN, ENQUIRIES, MORGAN, SAM, tokenOf } from "./people";
import { CATEGORY_COLOUR, CATEGORY_NAME, graphColour } from "../../src/app/flag-message";
import { ensureMasterCategory } from "../../src/mail/master-category";

/**
 * Seeds the demo office through the product's own code: provisioning, the lifecycle and
 * the SharePoint store, over HTTP against the emulator — so `npm start` shows what a real
 * office would see, and the seed itself exercises the production path. Each step is taken
 * with its actor's own token (Casey proposes, Morgan approves), after the list permissions
 * an administrator would set by hand (src/store/sharepoint/permissions.ts) are applied, so
 * the demo's decisions are trusted for the same reasons a tenant's would be.
 */
export async function seedDemoOffice(target: { baseUrl: string; token: string; now?: Date }): Promise<CaseStore> {
  const clientFor = (token: string) => createGraphClient({ graphBaseUrl: target.baseUrl, tokens: devTokenProvider(token) });
  const graph = clientFor(target.token);
  // The administrator's step the add-in cannot do (read/write item only): the category in each mailbox's master list.
  const admin = clientFor(DEV_APP_TOKEN);
  for (const who of [CASEY, MORGAN, SAM, ENQUIRIES]) await ensureMasterCategory(admin, who.upn, { displayName: CATEGORY_NAME, color: graphColour(CATEGORY_COLOUR) });
  const siteId = await resolveSiteId(graph, DEMO_SITE);
  await provision(graph, siteId);
  const pack = getPack("warwickshire");
  await applyListPermissions(new URL(target.baseUrl).origin, pack);
  const store = createSharePointStore(graph, siteId);
  const storeOf = (actor: Actor) => createSharePointStore(clientFor(tokenOf(actor)), siteId);
  if ((await store.listStrategies()).length > 0) return store; // seeded before (persistent --data)
  const now = target.now ?? new Date();
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString();
  const walk = async (draft: ContactStrategy, commands: StrategyCommand[]) => {
    let current = draft;
    const last = commands.at(-1)!;
    // As the add-in does it: the strategy item is saved first, then its decision recorded, then the step's audit event
    // (src/app/strategy/steps.ts) — so no item reads as changed after its last audit event.
    const decisions: Array<() => Promise<void>> = [];
    let lastEvent: (() => Promise<void>) | undefined;
    for (const command of commands) {
      const result = transition(current, command, pack);
      if (!result.ok) throw new Error(`Demo seed refused: ${result.message}`);
      current = result.strategy;
      const actor = storeOf(command.by);
      const action = command.type === "propose" ? PROPOSAL_ACTION : command.type;
      const terms = command.type === "propose" ? { terms: proposedTermsOf(current) } : {};
      const event = { id: `${current.id}:${current.history.length}`, target: `strategy:${current.id}`, action, by: command.by.upn, at: command.at, detail: command.why, ...terms };
      if (command === last) lastEvent = () => actor.appendAudit(event);
      else await actor.appendAudit(event);
      if (command.type === "approve") {
        const at = current;
        decisions.push(() => actor.addDecision({
          id: `${at.id}:approve`,
          strategyId: at.id,
          kind: "approve",
          decidedBy: command.by.upn,
          decidedAt: command.at,
          rationale: command.why,
          checklist: command.criteriaConfirmed,
          // One note per criterion, as decide() requires (T7 #3): the same words under every criterion say nothing.
          criteriaNotes: command.criteriaConfirmed.map((id) => ({ id, note: `Confirmed from the case file for “${pack.criteria.find((c) => c.id === id)?.label ?? id}”.` })),
          // The written warning each demo strategy gives a date for was checked against the case file (decide()'s tick, T8 #3).
          ...(at.priorWarning.kind === "given" ? { warningChecked: true as const } : {}),
          // Their behaviour was checked in the case file: the demo records none of its contacts in the ContactLog for an approval to rest on (decide()'s tick, T7 #3, T10 #1).
          evidenceChecked: true as const,
          terms: termsOf(at, command.reviewDate),
        }));
      }
    }
    await storeOf(last.by).saveStrategy(current);
    for (const record of decisions) await record();
    await lastEvent?.();
  };
  const base = {
    packId: pack.id,
    packVersion: pack.version,
    criteriaConfirmed: [],
    disputes: [],
    history: [],
    status: "draft" as const,
  };
  const criteria = pack.criteria.map((c) => c.id);
  const reviewDate = day(120).slice(0, 10);

  await walk(
    {
      ...base,
      id: "demo-pat-obrien",
      person: { displayName: "Pat O'Brien", reference: "OPCC/2026/0417" },
      addresses: ["pat.o'brien@example.org", "tel:+447700900417"],
      categories: ["abusive"],
      subTypes: ["offensiveLanguage", "threat"],
      reasons: "Abusive and threatening emails to caseworkers continued after a written warning.",
      restrictions: [{ kind: "singlePointOfContact", spoc: { upn: SAM.upn, displayName: SAM.displayName } }, { kind: "singleChannel", channel: "email" }, { kind: "readAndFile" }],
      allowedChannels: ["email"],
      singlePointOfContact: { upn: SAM.upn, displayName: SAM.displayName },
      reasonableAdjustments: { considered: true, notes: "Asked about support needs; none given. Letters offered in large print." },
      priorWarning: { kind: "given", on: day(-40).slice(0, 10), reference: "W-0417" },
    },
    [
      { type: "propose", by: CASEY, at: day(-12), why: "Abuse continued after the warning of " + day(-40).slice(0, 10) + "." },
      { type: "approve", by: MORGAN, at: day(-10), why: "All five criteria met; email only through the SPOC.", criteriaConfirmed: criteria, reviewDate },
    ],
  );
  await walk(
    {
      ...base,
      id: "demo-jordan-blake",
      person: { displayName: "Jordan Blake", reference: "OPCC/2025/0933" },
      addresses: ["jordan.blake@example.net"],
      categories: ["persistent"],
      subTypes: ["excessiveVolume", "reframed"],
      reasons: "Dozens of emails re-framing a complaint concluded in August; no new information.",
      restrictions: [{ kind: "readAndFile" }, { kind: "noReopeningClosedCase", caseReference: "OPCC/2025/0933" }],
      closedMatter: "Complaint OPCC/2025/0933, concluded in August: how the investigation into the officer who attended his house in May was done, and his demand that it be reopened with an apology from the Chief Constable.",
      allowedChannels: ["email", "letter"],
      reasonableAdjustments: { considered: true, notes: "Offered a meeting with an advocate; declined." },
      priorWarning: { kind: "given", on: day(-60).slice(0, 10) },
    },
    [
      { type: "propose", by: SAM, at: day(-30), why: "Persistent re-framed complaints after the decision." },
      { type: "approve", by: MORGAN, at: day(-28), why: "Criteria met; read and file.", criteriaConfirmed: criteria, reviewDate },
    ],
  );
  await walk(
    {
      ...base,
      id: "demo-alex-morgan",
      person: { displayName: "Alex Morgan" },
      addresses: ["alex.morgan@example.com"],
      categories: ["demands"],
      subTypes: ["timescale", "particularPerson"],
      reasons: "Repeated demands for replies within a day and to deal only with the Commissioner.",
      restrictions: [{ kind: "phoneTimeLimit", minutes: 15 }, { kind: "singleChannel", channel: "email" }],
      allowedChannels: ["email"],
      reasonableAdjustments: { considered: true, notes: "None requested." },
      priorWarning: { kind: "given", on: day(-20).slice(0, 10) },
    },
    [{ type: "propose", by: CASEY, at: day(-2), why: "Timescale demands continued after the warning." }],
  );
  return store;
}

/** What an administrator does by hand in SharePoint (README "Who may do what"), done through the emulator's control. */
async function applyListPermissions(origin: string, pack: ReturnType<typeof getPack>): Promise<void> {
  for (const rule of requiredListPermissions(pack)) {
    const response = await fetch(`${origin}/_emulator/permissions`, { method: "POST", body: JSON.stringify(rule) });
    if (!response.ok) throw new Error(`Setting ${rule.list}'s permissions in the emulator failed (HTTP ${response.status}).`);
  }
}
