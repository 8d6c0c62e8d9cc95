import { parseArgs } from "node:util";
import { normaliseAddress } from "../../src/policy/address";
import { isIsoDate } from "../../src/policy/lifecycle/dates";
import { checkPeriod } from "../../src/policy/retention";
import { targetOf, type Target } from "../cli-target";

export const USAGE =
  "Usage: npm run records -- export --person <email or phone> [--format json|html] [--out F] | purge [--months N] [--ended-months N] [--dry-run] [--yes] | verify | reconcile [--since YYYY-MM-DD] [--dry-run] | report --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv] [--out F]   (--graph URL --token T for the emulator, or --config F --token T; GRAPH_TOKEN for --token)";

export type RecordsCommand = (
  | { command: "export"; person: string; format: "json" | "html"; out?: string }
  | { command: "purge"; contactMonths: number; endedMonths: number; dryRun: boolean }
  | { command: "verify" }
  | { command: "reconcile"; since?: string; dryRun: boolean }
  | { command: "report"; from: string; to: string; format: "json" | "csv"; out?: string }
) & { target: Target; by?: string };

const OPTIONS = {
  person: { type: "string" },
  address: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  months: { type: "string" },
  "ended-months": { type: "string" },
  "dry-run": { type: "boolean" },
  yes: { type: "boolean" },
  since: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  graph: { type: "string" },
  site: { type: "string" },
  token: { type: "string" },
  config: { type: "string" },
  by: { type: "string" },
} as const;

/** Which options each command takes (the target's options go with all of them). */
const TAKES: Record<RecordsCommand["command"], ReadonlyArray<keyof typeof OPTIONS>> = {
  export: ["person", "address", "format", "out"],
  purge: ["months", "ended-months", "dry-run", "yes"],
  verify: [],
  reconcile: ["since", "dry-run"],
  report: ["from", "to", "format", "out"],
};
const EVERYWHERE = ["graph", "site", "token", "config", "by"];

/**
 * The command line, checked whole before any request is sent: a mistake costs no request, deletes
 * nothing and sends no token anywhere. Returns the one line to print when something is wrong.
 */
export function parseRecords(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): RecordsCommand | { refused: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS, strict: true });
  } catch (error) {
    return { refused: `${(error as Error).message.split("\n")[0]} ${USAGE}` };
  }
  const { positionals, values } = parsed;
  const [command, ...extra] = positionals;
  if (!command || !(command in TAKES) || extra.length > 0) return { refused: USAGE };
  const name = command as RecordsCommand["command"];
  const stray = Object.keys(values).find((option) => !TAKES[name].includes(option as keyof typeof OPTIONS) && !EVERYWHERE.includes(option));
  if (stray) return { refused: `--${stray} does not go with ${name}. ${USAGE}` };
  const target = targetOf(values, env, USAGE);
  if ("refused" in target) return target;
  const common = { target, ...(values.by ? { by: values.by } : {}) };

  switch (name) {
    case "export": {
      const asked = values.person ?? values.address;
      if (!asked) return { refused: "export needs --person <email or phone>." };
      const address = normaliseAddress(asked);
      if (!address.ok) return { refused: `export --person: ${address.reason}` };
      const format = values.format ?? "json";
      if (format !== "json" && format !== "html") return { refused: `--format for export is json or html, not "${format}".` };
      return { command: "export", person: address.address, format, ...(values.out ? { out: values.out } : {}), ...common };
    }
    case "purge": {
      const contact = checkPeriod(values.months ?? target.config?.retentionMonths ?? 24, values.months ? "--months" : "retentionMonths");
      if (!contact.ok) return { refused: contact.reason };
      const ended = checkPeriod(values["ended-months"] ?? target.config?.endedStrategyRetentionMonths ?? 72, values["ended-months"] ? "--ended-months" : "endedStrategyRetentionMonths");
      if (!ended.ok) return { refused: ended.reason };
      const dryRun = values["dry-run"] === true;
      const short = [contact.confirm && `${contact.months} months for contacts`, ended.confirm && `${ended.months} months for ended strategies`].filter(Boolean);
      if (short.length && !dryRun && !values.yes) {
        return { refused: `A retention period under a year (${short.join(", ")}) deletes what a review or dispute may still need: run it with --dry-run to see what would go, then add --yes.` };
      }
      return { command: "purge", contactMonths: contact.months, endedMonths: ended.months, dryRun, ...common };
    }
    case "verify":
      return { command: "verify", ...common };
    case "reconcile": {
      if (values.since !== undefined && !isIsoDate(values.since)) return { refused: `--since must be a date (YYYY-MM-DD), not "${values.since}".` };
      return { command: "reconcile", ...(values.since ? { since: `${values.since}T00:00:00.000Z` } : {}), dryRun: values["dry-run"] === true, ...common };
    }
    case "report": {
      if (!values.from || !values.to) return { refused: "report needs --from YYYY-MM-DD and --to YYYY-MM-DD (a quarter, say)." };
      for (const [option, value] of [["--from", values.from], ["--to", values.to]] as const) {
        if (!isIsoDate(value)) return { refused: `${option} must be a date (YYYY-MM-DD), not "${value}".` };
      }
      if (values.from > values.to) return { refused: `--from (${values.from}) is after --to (${values.to}).` };
      const format = values.format ?? "json";
      if (format !== "json" && format !== "csv") return { refused: `--format for report is json or csv, not "${format}".` };
      return { command: "report", from: values.from, to: values.to, format, ...(values.out ? { out: values.out } : {}), ...common };
    }
  }
}
