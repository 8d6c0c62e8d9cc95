import { X509Certificate } from "node:crypto";
import { generate } from "selfsigned";
import { describe, expect, it } from "vitest";
import { certificateCredential } from "../../src/flagger/node/app-auth";

/** The worker's certificate sign-in reads one PEM (certificate and key) as an administrator exports it. */
describe("the app's certificate credential", () => {
  it("takes the key and the certificate from one PEM, with the SHA-256 thumbprint Entra shows", async () => {
    const pems = await generate([{ name: "commonName", value: "csm-flagger" }], { keySize: 2048, algorithm: "sha256" });
    const credential = certificateCredential(`${pems.private}\n${pems.cert}`);
    expect(credential.thumbprintSha256).toBe(new X509Certificate(pems.cert).fingerprint256.replace(/:/g, "").toLowerCase());
    expect(credential.thumbprintSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(credential.privateKey).toContain("-----BEGIN PRIVATE KEY-----");
  });

  it("says what is missing from a PEM that lacks the certificate or the key", async () => {
    const pems = await generate([{ name: "commonName", value: "csm-flagger" }], { keySize: 2048, algorithm: "sha256" });
    expect(() => certificateCredential(pems.private)).toThrow(/no certificate/);
    expect(() => certificateCredential(pems.cert)).toThrow(/no private key/);
  });
});
