import { readFileSync } from "node:fs";
import { parseConfig, type AppConfig } from "../src/config";
import { getPack, packFor } from "../src/policy/packs/index";
import type { PolicyPack } from "../src/policy/packs/schema";
import type { StaffRoster } from "../src/policy/roster";
import { DEMO_ROSTER, DEMO_SITE } from "./demo/people";

/** Where a command-line tool reads and writes: a tenant from its config file, or the emulator's demo office. */
export interface Target {
  graphBaseUrl: string;
  site: string;
  pack: PolicyPack;
  roster: StaffRoster;
  token: string;
  /** The tenant's config, when given (`--config F`). */
  config?: AppConfig;
}

/**
 * `--config F` (a tenant: its site, pack and roles) or `--graph URL` (the emulator's demo office,
 * `--site` to name another site), with `--token T` or GRAPH_TOKEN — so no token need sit in `ps`.
 * Returns the one line to print when something is wrong; nothing has been sent.
 */
export function targetOf(
  values: { graph?: string; token?: string; config?: string; site?: string },
  env: Readonly<Record<string, string | undefined>>,
  usage: string,
): Target | { refused: string } {
  const token = values.token ?? env.GRAPH_TOKEN;
  if (!token) return { refused: `Give a Graph token: --token T or GRAPH_TOKEN. ${usage}` };
  if (values.config && values.graph) return { refused: "Give either --config F (a tenant) or --graph URL (the emulator), not both." };
  if (values.config) {
    if (values.site) return { refused: "--site goes with --graph; a tenant's site is in its --config file." };
    try {
      const config = parseConfig(JSON.parse(readFileSync(values.config, "utf8")));
      return { graphBaseUrl: config.graphBaseUrl, site: config.site, pack: packFor(config), roster: config.roles, token, config };
    } catch (error) {
      return { refused: `--config ${values.config}: ${(error as Error).message.split("\n")[0]}` };
    }
  }
  if (!values.graph) return { refused: `Say where to read and write: --graph URL (the emulator) or --config F (a tenant). ${usage}` };
  if (!/^https?:\/\/[^/]+/.test(values.graph)) return { refused: `--graph must be a URL such as http://127.0.0.1:4000/v1.0, not "${values.graph}".` };
  return { graphBaseUrl: values.graph, site: values.site ?? DEMO_SITE, pack: getPack("warwickshire"), roster: DEMO_ROSTER, token };
}
