import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseFlaggerConfig, type FlaggerConfig } from "../../src/flagger/config";
import { normaliseEmail } from "../../src/policy/address";
import { getPack, packFor } from "../../src/policy/packs/index";
import type { PolicyPack } from "../../src/policy/packs/schema";
import type { StaffRoster } from "../../src/policy/roster";
import { DEMO_PEOPLE, DEMO_ROSTER, DEMO_SITE, STAFF_DOMAIN } from "../demo/people";
import { siteAddress } from "../provision-site";

export const USAGE =
  "Usage: npm run flagger -- (--once | --interval SECONDS) (--graph URL --token T --mailbox UPN [--mailbox UPN…] [--folder F…] [--rules] | --config F [--token T]) [--checkpoints FILE]   (GRAPH_TOKEN for --token)";

export interface FlaggerRun {
  mode: { once: true } | { once: false; intervalSeconds: number };
  graphBaseUrl: string;
  site: string;
  pack: PolicyPack;
  roster: StaffRoster;
  staffDomains: readonly string[];
  /** The office's staff by name (config `staffNames`; the demo office's people against the emulator). */
  staffNames: readonly string[];
  mailboxes: Array<{ upn: string; folders: string[]; rules: boolean }>;
  checkpointsFile: string;
  /** A bearer token given on the command line (the emulator's app-only token, or one a tenant admin fetched). */
  token?: string;
  /** The tenant's app sign-in (client credentials with a certificate), when no token is given. */
  app?: NonNullable<FlaggerConfig["flagger"]["app"]>;
}

/**
 * The command line, checked whole before any request is sent: a mistake costs no request and
 * sends no token anywhere. Returns the one line to print when something is wrong (exit 2).
 */
export function parseFlaggerArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): FlaggerRun | { refused: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        once: { type: "boolean" },
        interval: { type: "string" },
        graph: { type: "string" },
        token: { type: "string" },
        mailbox: { type: "string", multiple: true },
        folder: { type: "string", multiple: true },
        config: { type: "string" },
        checkpoints: { type: "string" },
        rules: { type: "boolean" },
      },
    }));
  } catch (error) {
    return { refused: `${(error as Error).message.split("\n")[0]} ${USAGE}` };
  }
  if (values.once && values.interval) return { refused: "Give --once (one sweep) or --interval SECONDS (keep sweeping), not both." };
  if (!values.once && !values.interval) return { refused: `Say how to run: --once or --interval SECONDS. ${USAGE}` };
  if (values.interval && !(/^\d+$/.test(values.interval) && Number(values.interval) >= 30)) return { refused: `--interval is a whole number of seconds, at least 30, not "${values.interval}".` };
  if (values.config && values.graph) return { refused: "Give either --config F (a tenant) or --graph URL (the emulator), not both." };
  const token = values.token ?? env.GRAPH_TOKEN;
  const mailboxes: Array<{ upn: string; folders: string[]; rules: boolean }> = [];
  for (const raw of values.mailbox ?? []) {
    const upn = normaliseEmail(raw);
    if (!upn.ok) return { refused: `--mailbox "${raw}": ${upn.reason}` };
    mailboxes.push({ upn: upn.address, folders: values.folder ?? ["inbox"], rules: values.rules ?? false });
  }
  if ((values.folder || values.rules) && mailboxes.length === 0) return { refused: `${values.folder ? "--folder" : "--rules"} goes with --mailbox (a config names its own).` };
  const mode = values.interval ? { once: false as const, intervalSeconds: Number(values.interval) } : { once: true as const };

  if (values.config) {
    let config: FlaggerConfig;
    try {
      config = parseFlaggerConfig(JSON.parse(readFileSync(values.config, "utf8")));
    } catch (error) {
      return { refused: `--config ${values.config}: ${(error as Error).message}` };
    }
    if (!token && !config.flagger.app) return { refused: `--config ${values.config}: give flagger.app (the app's certificate sign-in) or a token (--token T or GRAPH_TOKEN).` };
    return {
      mode,
      graphBaseUrl: config.graphBaseUrl,
      site: siteAddress(config.site),
      pack: packFor(config),
      roster: config.roles,
      staffDomains: config.staffDomains,
      staffNames: config.staffNames,
      mailboxes: mailboxes.length > 0 ? mailboxes : config.flagger.mailboxes,
      checkpointsFile: values.checkpoints ?? config.flagger.checkpoints,
      ...(token ? { token } : {}),
      ...(config.flagger.app ? { app: config.flagger.app } : {}),
    };
  }
  if (!values.graph) return { refused: `Say where to sweep: --graph URL (the emulator) or --config F (a tenant). ${USAGE}` };
  if (!/^https?:\/\/[^/]+/.test(values.graph)) return { refused: `--graph must be a URL such as http://127.0.0.1:4000/v1.0, not "${values.graph}".` };
  if (!token) return { refused: `Give the app-only token the emulator printed ("App-only token: …"): --token T or GRAPH_TOKEN. ${USAGE}` };
  if (mailboxes.length === 0) return { refused: `Name a mailbox to sweep: --mailbox UPN (repeat it for more). ${USAGE}` };
  return { mode, graphBaseUrl: values.graph, site: DEMO_SITE, pack: getPack("warwickshire"), roster: DEMO_ROSTER, staffDomains: [STAFF_DOMAIN], staffNames: DEMO_PEOPLE.map((p) => p.displayName), mailboxes, checkpointsFile: values.checkpoints ?? "flagger-checkpoints.json", token };
}
