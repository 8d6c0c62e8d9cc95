import type { AppConfig } from "../config";
import type { MailboxPort } from "../outlook/mailbox";
import { memoryPreferences, type Preferences } from "../outlook/preferences";
import { listPacks, packFor } from "../policy/packs/index";
import type { PolicyPack } from "../policy/packs/schema";
import { connectServices, readConfig, type ServiceOptions, type Services } from "./services";

/**
 * What the pane still does when it cannot start (Microsoft 365 not answering, config.json unreadable):
 * it checks each message's text for alerts, which needs only the text and the pack's wording, and says
 * what it could not check — the sender's strategy and history (Warwickshire 7.2: every contact is
 * reviewed "irrespective of any contact strategy"; an outage must not hide a risk to life).
 */
export interface SafetyOnly {
  /** Why the pane could not start (the UI says it in the caseworker's words). */
  problem: unknown;
  /** The pack whose alert wording is used: the office's, or one with no alert wording (the product's defaults) when it could not be read. */
  pack: PolicyPack;
  /** Set when the office's own alert wording could not be read (config.json or its pack): why. The product's default steps are used. */
  wordingProblem?: unknown;
  staffDomains: readonly string[];
  staffNames: readonly string[];
  mailbox: MailboxPort;
  user: { displayName: string; emailAddress: string };
  now: () => Date;
  /** The person's Outlook settings: what they do about an alert is kept there until it can be recorded (src/app/kept-alert-actions.ts). */
  preferences: Preferences;
}

export type PaneStart = { kind: "ready"; services: Services } | { kind: "safetyOnly"; safety: SafetyOnly };

/** The steps of starting, swappable in tests. */
export interface StartSteps {
  readConfig: (configUrl?: string) => Promise<AppConfig>;
  connectServices: (config: AppConfig, mailbox: MailboxPort, options: ServiceOptions) => Promise<Services>;
}

/**
 * Starts the pane: the configuration, then Microsoft 365 (sign-in, site, sender index). Either failing
 * leaves the safety check, never nothing: with the configuration read, in the office's wording; without
 * it, in the product's default wording, said so.
 */
export async function startPane(mailbox: MailboxPort, options: ServiceOptions = {}, steps: StartSteps = { readConfig, connectServices }): Promise<PaneStart> {
  let config: AppConfig;
  try {
    config = await steps.readConfig(options.configUrl);
  } catch (problem) {
    return { kind: "safetyOnly", safety: safetyOnly(mailbox, problem, undefined, options) };
  }
  try {
    return { kind: "ready", services: await steps.connectServices(config, mailbox, options) };
  } catch (problem) {
    return { kind: "safetyOnly", safety: safetyOnly(mailbox, problem, config, options) };
  }
}

function safetyOnly(mailbox: MailboxPort, problem: unknown, config: AppConfig | undefined, options: ServiceOptions): SafetyOnly {
  const base = {
    problem,
    mailbox,
    user: mailbox.userProfile(),
    now: () => new Date(),
    staffDomains: config?.staffDomains ?? [],
    staffNames: config?.staffNames ?? [],
    preferences: options.preferences ?? memoryPreferences(),
  };
  if (!config) return { ...base, pack: withDefaultAlertWording(), wordingProblem: problem };
  try {
    return { ...base, pack: packFor(config) };
  } catch (wordingProblem) {
    return { ...base, pack: withDefaultAlertWording(), wordingProblem };
  }
}

/**
 * A shipped pack with its alert wording taken out, so every alert gets the product's default steps
 * (src/policy/alerts/guidance.ts), which cite no office's policy. Only its alerts are shown.
 */
function withDefaultAlertWording(): PolicyPack {
  const shipped = listPacks()[0]!;
  return { ...shipped, alerts: undefined };
}
