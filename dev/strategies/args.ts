import { parseArgs } from "node:util";
import { normaliseAddress } from "../../src/policy/address";
import { targetOf, type Target } from "../cli-target";

export const USAGE =
  "Usage: npm run strategies -- check --address <email or phone> | due [--within DAYS]   (--graph URL --token T for the emulator, or --config F --token T; GRAPH_TOKEN for --token)";

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
  const target = targetOf(values, env, USAGE);
  if ("refused" in target) return target;
  return address?.ok ? { command: "check", address: address.address, target } : { command: "due", withinDays: Number(within), target };
}
