import { spawn } from "node:child_process";

/**
 * A dev CLI (`npx tsx dev/…`) run in its own process WITHOUT blocking the test worker. spawnSync would: vitest 3's
 * worker answers its runner over an RPC with a fixed 60 s timeout, and a CLI that takes a minute to start and finish on
 * a loaded 2-core machine made a green run exit 1 ("Timeout calling onTaskUpdate", CI 4 December). Resolves with the
 * exit code, stdout and stderr, whatever the exit code.
 */
export function runTsx(script: string, args: readonly string[], input: string | Buffer = ""): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", script, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.end(input);
  });
}
