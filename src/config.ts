import { z } from "zod";
import { authorityProblem, graphRootProblem } from "./graph/endpoints";
import { parseSiteAddress } from "./store/sharepoint/site";

/**
 * Runtime configuration, served as `config.json` beside the bundle so one build can point
 * at the local emulator or at a real tenant. Validated at start-up: a bad file is a clear
 * error, not a blank pane.
 */
export const AppConfig = z.object({
  /**
   * Graph root: https://graph.microsoft.com/v1.0 (or a national cloud's) with a real tenant;
   * http://localhost:4000/v1.0 (the emulator) with the development token. Checked against the
   * sign-in mode below: the token goes wherever this points.
   */
  graphBaseUrl: z.string(),
  /** The SharePoint site holding the lists: `{hostname}:/{server-relative path}`, its https URL, or a site id (normalised). */
  site: z.string().transform((value, ctx) => {
    const site = parseSiteAddress(value);
    if (site.ok) return site.address;
    ctx.addIssue({ code: "custom", message: site.reason });
    return z.NEVER;
  }),
  /** Which office's policy pack applies: one this build ships, or the id of `pack`. */
  packId: z.string().min(1),
  /** An office's own policy pack, as data (src/policy/packs/schema.ts), for an office this build does not ship. */
  pack: z.unknown().optional(),
  /**
   * The office's postal address for letters, one line each ("3 Example Street", "Warwick", "CV34 1AA"):
   * printed under the letterhead and given as the way to write to the single point of contact
   * (Warwickshire 7). Replaces the pack's own, if it has one.
   */
  postalAddress: z.array(z.string().trim().min(1)).min(1).optional(),
  /** Domains of the office's own staff (for "copying staff" and "several staff" signals). */
  staffDomains: z.array(z.string().min(1)).default([]),
  /**
   * The office's staff as people write their names ("Priya Shah"): a threat or insult naming one of them is read as
   * aimed at staff (README "Pointing it at a real tenant"). The pane adds the message's staff recipients and the reader; none is needed.
   */
  staffNames: z.array(z.string().trim().min(1)).default([]),
  auth: z.discriminatedUnion("mode", [
    /** Local emulator only: a fixed development bearer token. */
    z.object({ mode: z.literal("dev"), token: z.string().min(1), user: z.string().email() }),
    /** Real tenant: Microsoft Entra app registration, nested app authentication. */
    z.object({
      mode: z.literal("msal"),
      clientId: z.string().uuid(),
      authority: z
        .string()
        .default("https://login.microsoftonline.com/organizations")
        .superRefine((value, ctx) => {
          const problem = authorityProblem(value);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        }),
    }),
  ]),
  /**
   * Who holds which of the pack's roles: role → sign-in addresses (or Entra object ids) of the
   * people in it, e.g. `{ "headOfBusinessServices": ["morgan.reid@…"] }`. Kept beside the
   * SharePoint group that may write Decisions (README "Who may do what"): a decision counts
   * only if its SharePoint-recorded author is listed under the role it needs.
   */
  roles: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  /**
   * Retention, in months (data protection; each office sets its own — no published policy gives a
   * number): contacts not kept by a strategy (src/policy/retention.ts) after `retentionMonths`; an
   * ended or rejected strategy, with everything that describes it, `endedStrategyRetentionMonths`
   * after it last changed. At most a century: a longer period is a typing mistake.
   */
  retentionMonths: z.number().int().positive().max(1200).default(24),
  endedStrategyRetentionMonths: z.number().int().positive().max(1200).default(72),
}).superRefine((config, ctx) => {
  // A real tenant's token goes only to Microsoft Graph over https; the development token only to this machine.
  const problem = graphRootProblem(config.graphBaseUrl, config.auth.mode);
  if (problem) ctx.addIssue({ code: "custom", path: ["graphBaseUrl"], message: problem });
});
export type AppConfig = z.infer<typeof AppConfig>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export function parseConfig(raw: unknown): AppConfig {
  const result = AppConfig.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new ConfigError(`config.json is not valid — ${problems}`);
  }
  return result.data;
}
