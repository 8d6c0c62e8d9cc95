import { createPrivateKey, X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "selfsigned";

export interface EmulatorCertificate {
  /** The self-signed certificate (PEM): the one thing a client has to trust. */
  cert: string;
  key: string;
  /** Where the certificate is written, for the user to trust (browser, OS, NODE_EXTRA_CA_CERTS). */
  certPath: string;
  /** Removes the files if they live in a throwaway directory (no --data); a no-op otherwise. */
  dispose(): void;
}

const CERT_FILE = "emulator-cert.pem";
const KEY_FILE = "emulator-key.pem";
const DAY = 86_400_000;
// Short enough for Apple's 825-day ceiling on trusted server certificates; regenerated when near expiry.
const VALID_DAYS = 365;

/**
 * The emulator's TLS certificate: reused from `dataDir` when one is stored there and still fits
 * (so a certificate the user has trusted once stays trusted across restarts), otherwise
 * generated and stored. Without `dataDir` it goes to a fresh temp directory, removed on dispose.
 */
export async function emulatorCertificate(dataDir?: string): Promise<EmulatorCertificate> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), "graph-emulator-tls-"));
  const dispose = dataDir ? () => undefined : () => rmSync(dir, { recursive: true, force: true });
  const certPath = join(dir, CERT_FILE);
  const keyPath = join(dir, KEY_FILE);
  const stored = existsSync(certPath) && existsSync(keyPath) ? { cert: readFileSync(certPath, "utf8"), key: readFileSync(keyPath, "utf8") } : undefined;
  if (stored && usable(stored.cert, stored.key)) return { ...stored, certPath, dispose };

  const now = Date.now();
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec", // P-256: generated in milliseconds, where RSA-2048 takes noticeably longer
    algorithm: "sha256",
    // Backdated an hour so a client whose clock runs slightly behind still accepts it.
    notBeforeDate: new Date(now - 3_600_000),
    notAfterDate: new Date(now + VALID_DAYS * DAY),
    extensions: [
      { name: "basicConstraints", cA: false, critical: true },
      { name: "keyUsage", digitalSignature: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }, { type: 7, ip: "::1" }] },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyPath, pems.private, { mode: 0o600 }); // the private key: readable by its owner only
  writeFileSync(certPath, pems.cert);
  return { cert: pems.cert, key: pems.private, certPath, dispose };
}

/** A stored pair is reused only if it parses, matches, names localhost and 127.0.0.1, and has a day left. */
function usable(cert: string, key: string): boolean {
  try {
    const x509 = new X509Certificate(cert);
    return (
      x509.checkPrivateKey(createPrivateKey(key)) &&
      x509.checkHost("localhost") !== undefined &&
      x509.checkIP("127.0.0.1") !== undefined &&
      new Date(x509.validTo).getTime() - Date.now() > DAY
    );
  } catch {
    return false; // unreadable or mismatched files: replace them rather than fail to start
  }
}
