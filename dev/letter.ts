/**
 * A letter as a Word document, from the same code as the pane (src/app/letters):
 *   npm run letter -- --kind strategy|warning|breach|review|dispute|signpost
 *     (--strategy ID | --address A [--name N]) --out F.docx [--large-print]
 *     [--config F | --graph URL [--site S] [--pack ID]] [--token T | GRAPH_TOKEN]
 *     [--signpost ID] [--breach-date YYYY-MM-DD] [--by EMAIL] [--id LETTER_ID]
 * A warning or signposting letter takes --address (the person need have no strategy); the
 * others take --strategy. The letter is recorded as drafted (Letters list and audit trail),
 * with its text, before the file is written; a person checks it and sends it.
 * Without --config, --site defaults to the local emulator's demo site.
 */
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { wordLetter, type LetterAsk } from "../src/app/letters";
import { devTokenProvider } from "../src/graph/auth/dev";
import { createGraphClient } from "../src/graph/client";
import { normaliseEmail } from "../src/policy/address";
import { isIsoDate } from "../src/policy/lifecycle/dates";
import { getPack, packFor } from "../src/policy/packs/index";
import type { PolicyPack } from "../src/policy/packs/schema";
import { resolveSiteId } from "../src/store/sharepoint/site";
import { createSharePointStore } from "../src/store/sharepoint/store";
import { DEMO_SITE } from "./demo/people";
import { readConfig, refuse } from "./cli-config";
import { siteAddress } from "./provision-site";
import { citeInWords } from "../src/app/cite-words";

const KINDS = { strategy: "restriction", warning: "warning", breach: "breach", review: "reviewOutcome", dispute: "disputeOutcome", signpost: "signposting" } as const;
type KindWord = keyof typeof KINDS;
const USAGE = "Usage: npm run letter -- --kind strategy|warning|breach|review|dispute|signpost (--strategy ID | --address A) --out F.docx [--large-print] (--config F | --graph URL) [--token T]";


let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      kind: { type: "string" },
      strategy: { type: "string" },
      address: { type: "string" },
      name: { type: "string" },
      out: { type: "string" },
      "large-print": { type: "boolean", default: false },
      config: { type: "string" },
      graph: { type: "string" },
      site: { type: "string" },
      pack: { type: "string" },
      token: { type: "string" },
      signpost: { type: "string" },
      "breach-date": { type: "string" },
      by: { type: "string" },
      id: { type: "string" },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  refuse(`${error instanceof Error ? error.message : String(error)} ${USAGE}`);
}
const values = parsed.values;

// Every argument is checked before anything is sent: a mistake costs no request.
const kindWord = values.kind as KindWord | undefined;
if (!kindWord || !Object.hasOwn(KINDS, kindWord)) refuse(values.kind ? `--kind must be one of ${Object.keys(KINDS).join(", ")}, not "${values.kind}".` : USAGE);
const kind = KINDS[kindWord];
const byAddress = kind === "warning" || kind === "signposting";
if (byAddress && !values.address) refuse(`--kind ${kindWord} needs --address <email> (the person may have no strategy).`);
if (!byAddress && !values.strategy) refuse(`--kind ${kindWord} needs --strategy <id>.`);
if (byAddress && values.strategy) refuse(`--kind ${kindWord} takes --address, not --strategy.`);
if (!byAddress && values.address) refuse(`--kind ${kindWord} takes --strategy, not --address.`);
const address = values.address !== undefined ? normaliseEmail(values.address) : undefined;
if (address && !address.ok) refuse(`--address: ${address.reason}`);
if (!values.out || !/\.docx$/i.test(values.out)) refuse("--out must name the Word file to write, ending .docx.");
if (values["breach-date"] !== undefined && (kind !== "breach" || !isIsoDate(values["breach-date"]))) {
  refuse(kind === "breach" ? `--breach-date must be a date (YYYY-MM-DD), not "${values["breach-date"]}".` : "--breach-date goes with --kind breach.");
}
if (values.signpost !== undefined && kind !== "signposting") refuse("--signpost goes with --kind signpost.");
const by = values.by !== undefined ? normaliseEmail(values.by) : undefined;
if (by && !by.ok) refuse(`--by: ${by.reason}`);

const config = values.config ? readConfig(values.config) : undefined;
const graphBaseUrl = values.graph ?? config?.graphBaseUrl;
if (!graphBaseUrl) refuse("Say where Graph is: --graph URL (the emulator's, e.g. http://127.0.0.1:4000/v1.0) or --config F.");
const token = values.token ?? process.env.GRAPH_TOKEN ?? (config?.auth.mode === "dev" ? config.auth.token : undefined);
if (!token) refuse("No token: pass --token T or set GRAPH_TOKEN.");
let chosenPack: PolicyPack | undefined;
try {
  chosenPack = values.pack ? getPack(values.pack) : config ? packFor(config) : undefined;
} catch (error) {
  refuse(error instanceof Error ? error.message : String(error));
}
if (byAddress && !chosenPack) refuse("A letter to an address needs the office's pack: --pack ID or --config F.");

// From here on every request's failure ends as one line and exit code 2, never a stack trace.
async function produce(graphBaseUrl: string, token: string): Promise<void> {
  const graph = createGraphClient({ graphBaseUrl, tokens: devTokenProvider(token) });
  const store = createSharePointStore(graph, await resolveSiteId(graph, siteAddress(values.site ?? config?.site ?? DEMO_SITE)));
  let ask: LetterAsk;
  let pack: PolicyPack;
  if (byAddress) {
    pack = chosenPack!;
    const person = { address: address!.ok ? address!.address : "", ...(values.name ? { name: values.name } : {}) };
    ask = kind === "warning" ? { kind, person } : { kind: "signposting", person, ...(values.signpost ? { signpost: values.signpost } : {}) };
  } else {
    const found = await store.getStrategy(values.strategy!);
    if (!found) {
      refuse(`No strategy "${values.strategy}" on this site.`);
    }
    // Read through the store as it is; the approved snapshot (issue 11) replaces this read when it lands.
    const strategy = found.value;
    pack = chosenPack ?? getPack(strategy.packId);
    ask = kind === "breach" ? { kind, strategy, ...(values["breach-date"] ? { breachOn: values["breach-date"] } : {}) } : ({ kind, strategy } as LetterAsk);
  }

  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  /** The enclosed policy: a shipped copy (a path in the checkout) or the office's own, by https. */
  async function policyCopy(href: string): Promise<string> {
    if (/^https?:\/\//.test(href)) {
      const response = await fetch(href);
      if (!response.ok) throw new Error(`Could not read the policy to enclose from ${href} (HTTP ${response.status}).`);
      return response.text();
    }
    return readFileSync(join(root, href), "utf8");
  }

  const preparer = by?.ok ? by.address : config?.auth.mode === "dev" ? config.auth.user : `${userInfo().username}@cli`;
  const result = await wordLetter(
    { pack, store, user: { displayName: preparer, emailAddress: preparer }, now: () => new Date(), policyCopy },
    ask,
    { id: values.id ?? randomUUID(), largePrint: values["large-print"]! },
  );
  if (!result.ok) {
    console.error(`The letter was not produced: ${result.problems.map((p) => `${p.message}${p.policyRef ? ` (${p.policyRef})` : ""}`).map((line) => citeInWords(line, pack)).join(" ")}`);
    process.exit(1);
  }
  writeFileSync(values.out!, result.bytes);
  console.log(JSON.stringify({ out: values.out, letter: result.record.id, kind: result.record.kind, status: result.record.status, elements: result.record.elements }));
}

produce(graphBaseUrl!, token!).catch((error: unknown) => refuse(`letter: ${error instanceof Error ? error.message : String(error)}`));
