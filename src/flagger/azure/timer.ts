import type { InvocationContext, Timer } from "@azure/functions";
import { parseFlaggerConfig, type FlaggerConfig } from "../config";
import { sweepTarget, type FlaggerTarget, type HostSummary } from "../host";
import { fileCheckpoints } from "../node/file-checkpoints";
import { appTokenProvider } from "../node/app-auth";
import { packFor } from "../../policy/packs/index";
import type { TokenProvider } from "../../graph/middleware/auth";

/**
 * The Azure Functions host (v4 programming model), as thin as the CLI: the timer fires, one
 * sweep runs from the saved checkpoints, and its summary goes to the function's log (Application
 * Insights). Its configuration is the office's config file with a `flagger` section, given as
 * the app setting CSM_FLAGGER_CONFIG (JSON); it signs in as the app with its certificate. A
 * failed sweep throws, so the Functions runtime records a failure; the checkpoint keeps its
 * place and the next timer starts there.
 */
export function targetFromSettings(settings: Readonly<Record<string, string | undefined>>, tokens?: TokenProvider): FlaggerTarget {
  const raw = settings.CSM_FLAGGER_CONFIG;
  if (!raw) throw new Error("Set the app setting CSM_FLAGGER_CONFIG to the office's config (JSON) with its flagger section.");
  let config: FlaggerConfig;
  try {
    config = parseFlaggerConfig(JSON.parse(raw));
  } catch (error) {
    throw new Error(`CSM_FLAGGER_CONFIG: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!tokens && !config.flagger.app) throw new Error("CSM_FLAGGER_CONFIG: the Functions app signs in as the app; give flagger.app (tenantId, clientId, certificatePath).");
  return {
    graphBaseUrl: config.graphBaseUrl,
    tokens: tokens ?? appTokenProvider(config.flagger.app!),
    site: config.site.replace(/^https?:\/\/([^/]+)(\/.*?)\/*$/, "$1:$2"),
    pack: packFor(config),
    roster: config.roles,
    staffDomains: config.staffDomains,
    staffNames: config.staffNames,
    mailboxes: config.flagger.mailboxes,
    checkpoints: fileCheckpoints(config.flagger.checkpoints),
  };
}

/** The timer's handler: one sweep, its summary logged as one JSON line. */
export function flaggerTimer(target: () => FlaggerTarget) {
  return async (timer: Timer, context: InvocationContext): Promise<HostSummary> => {
    if (timer.isPastDue) context.warn("The flagger's timer is late: the last sweep ran long or the app was stopped. Sweeping now; nothing is lost.");
    const summary = await sweepTarget(target());
    context.log(JSON.stringify(summary));
    return summary;
  };
}
