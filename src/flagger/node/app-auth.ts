import { createPrivateKey, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { ConfidentialClientApplication } from "@azure/msal-node";
import type { TokenProvider } from "../../graph/middleware/auth";

/** App-only Graph: the `.default` scope asks for the application permissions an admin granted (Mail.ReadWrite, MailboxSettings.ReadWrite, Sites.Selected). */
export const APP_ONLY_SCOPES = ["https://graph.microsoft.com/.default"];

export interface AppSignIn {
  tenantId: string;
  clientId: string;
  /** PEM holding the certificate (as uploaded to the app registration) and its private key. */
  certificatePath: string;
}

/**
 * The certificate's parts as MSAL wants them: its SHA-256 thumbprint (hex) and the private key. No
 * x5c: that is for subject-name-and-issuer sign-in, which an app registration must opt into; the
 * uploaded certificate's thumbprint is what Entra matches.
 */
export function certificateCredential(pem: string): { thumbprintSha256: string; privateKey: string } {
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  if (!certificate) throw new Error("The certificate file holds no certificate (-----BEGIN CERTIFICATE-----).");
  let privateKey: string;
  try {
    privateKey = createPrivateKey(pem).export({ type: "pkcs8", format: "pem" }).toString();
  } catch {
    throw new Error("The certificate file holds no private key the worker can read (PEM, unencrypted).");
  }
  const thumbprintSha256 = new X509Certificate(certificate).fingerprint256.replace(/:/g, "").toLowerCase();
  return { thumbprintSha256, privateKey };
}

/**
 * Client credentials with a certificate (@azure/msal-node): no secret to leak, no user. MSAL
 * keeps the token until it nears expiry, so a sweep asks Entra at most once an hour. Which
 * mailboxes the token reaches is narrowed in Exchange (README "Auto-flagging": an application
 * access policy or RBAC for Applications), never left at every mailbox in the tenant.
 */
export function appTokenProvider(signIn: AppSignIn): TokenProvider {
  const credential = certificateCredential(readFileSync(signIn.certificatePath, "utf8"));
  const app = new ConfidentialClientApplication({ auth: { clientId: signIn.clientId, authority: `https://login.microsoftonline.com/${signIn.tenantId}`, clientCertificate: credential } });
  return {
    async getToken() {
      const result = await app.acquireTokenByClientCredential({ scopes: APP_ONLY_SCOPES });
      if (!result?.accessToken) throw new Error("Microsoft Entra gave the app no token; check its certificate and admin consent.");
      return result.accessToken;
    },
  };
}
