import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseConfig } from "../../src/config";
import { normaliseAddress } from "../../src/policy/address";
import { getPack, packFor } from "../../src/policy/packs/index";
import type { PolicyPack } from "../../src/policy/packs/schema";
import type { StaffRoster } from "../../src/policy/roster";
import { DEMO_ROSTER, DEMO_SITE } from "../demo/people";

export const USAGE =
  "Usage: npm run strategies -- check --address <email or phone> | due [--within DAYS]   (--graph URL --token T for the emulator, or --config F --token T; GRAPH_TOKEN for --token)";

export interface Target {
  graphBaseUrl: string;
  site: string;
  pack: PolicyPack;
  roster: StaffRoster;
  token: string;
}

export type Command = ({ command: "check"; address: string } | { command: "due"; withinDays: number }) & { target: Target };

/**
 * The command line, checked whole before any request is sent: a mistake costs no request and
 * sends no token anywhere. Returns the one line to print when something is wrong.
 */
export function parseCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Command | { refused: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { address: { type: "string" }, within: { type: "string" }, graph: { type: "string" }, token: { type: "string" }, config: { type: "string" } },
    });
  } catch (error) {
    return { refused: `${(error as Error).message.split("\n")[0]} ${USAGE}` };
  }
  const { positionals, values } = parsed;
  const [command, ...extra] = positionals;
  if ((command !== "check" && command !== "due") || extra.length > 0) return { refused: USAGE };
  if (command === "check" && values.within) return { refused: "--within goes with due, not check." };
  if (command === "due" && values.address) return { refused: "--address goes with check, not due." };
  const address = command === "check" ? normaliseAddress(values.address ?? "") : undefined;
  if (address && !address.ok) return { refused: values.address ? `check --address: ${address.reason}` : "check needs --address <email or phone>." };
  const within = values.within ?? "30";
  if (command === "due" && !/^\d+$/.test(within)) return { refused: `--within is a whole number of days, not "${within}".` };
  const target = targetOf(values, env);
  if ("refused" in target) return target;
  return address?.ok ? { command: "check", address: address.address, target } : { command: "due", withinDays: Number(within), target };
}

/** Where to read: the tenant in a config file, or the emulator's demo office. */
function targetOf(values: { graph?: string; token?: string; config?: string }, env: Readonly<Record<string, string | undefined>>): Target | { refused: string } {
  const token = values.token ?? env.GRAPH_TOKEN;
  if (!token) return { refused: `Give a Graph token: --token T or GRAPH_TOKEN. ${USAGE}` };
  if (values.config && values.graph) return { refused: "Give either --config F (a tenant) or --graph URL (the emulator), not both." };
  if (values.config) {
    try {
      const config = parseConfig(JSON.parse(readFileSync(values.config, "utf8")));
      return { graphBaseUrl: config.graphBaseUrl, site: config.site, pack: packFor(config), roster: config.roles, token };
    } catch (error) {
      return { refused: `--config ${values.config}: ${(error as Error).message}` };
    }
  }
  if (!values.graph) return { refused: `Say where to read: --graph URL (the emulator) or --config F (a tenant). ${USAGE}` };
  if (!/^https?:\/\/[^/]+/.test(values.graph)) return { refused: `--graph must be a URL such as http://127.0.0.1:4000/v1.0, not "${values.graph}".` };
  return { graphBaseUrl: values.graph, site: DEMO_SITE, pack: getPack("warwickshire"), roster: DEMO_ROSTER, token };
}
