import { z } from "zod";
import { AppConfig, ConfigError } from "../config";

/**
 * The worker's configuration: the office's own (`config.json`: Graph, the site, the pack, the
 * roles, staff domains) plus what only the worker needs — which mailboxes to sweep, where it
 * keeps its place, and how it signs in as the app. Validated whole at start-up (zod), so a bad
 * file is one clear line before any request.
 */
export const FlaggerSection = z.object({
  /** The office's shared inbox and named staff mailboxes; each swept folder by folder (Graph delta is per folder). */
  mailboxes: z
    .array(
      z.object({
        upn: z.string().email(),
        folders: z.array(z.string().min(1)).min(1).default(["inbox"]),
        /** Keep this product's Inbox rules in step in this mailbox, so Exchange categorises on arrival (a staff mailbox that opted in). */
        rules: z.boolean().default(false),
      }),
    )
    .min(1),
  /** Where the delta checkpoints are kept (a JSON file; on Azure Functions, under the persistent /home share). */
  checkpoints: z.string().min(1).default("flagger-checkpoints.json"),
  /** App-only sign-in (client credentials with a certificate), for a tenant. */
  app: z
    .object({
      tenantId: z.string().min(1),
      clientId: z.string().uuid(),
      /** PEM file holding the certificate uploaded to the app registration and its private key (its thumbprint is computed). */
      certificatePath: z.string().min(1),
    })
    .optional(),
});

export const FlaggerConfig = AppConfig.extend({ flagger: FlaggerSection });
export type FlaggerConfig = z.infer<typeof FlaggerConfig>;

export function parseFlaggerConfig(raw: unknown): FlaggerConfig {
  const result = FlaggerConfig.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new ConfigError(`the flagger's config is not valid — ${problems}`);
  }
  return result.data;
}
