import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");

export interface RunningCli {
  baseUrl: string;
  token: string;
  /** The app-only token it prints (`App-only token: …`), which may read every mailbox. */
  appToken: string;
  /** The TLS certificate's path, printed with --https. */
  certPath?: string;
  child: ChildProcess;
}

/**
 * `npm run emulator` as a child process, for tests of what the CLI prints and keeps. Resolves
 * once it has printed its base URL and token (and, with --https, its certificate); rejects
 * with its stderr if it exits first. Call `stopAll` after each test.
 */
export function emulatorCli(): { run(args: string[]): Promise<RunningCli>; stop(child: ChildProcess): Promise<void>; stopAll(): void } {
  const children: ChildProcess[] = [];
  const run = (args: string[]) => {
    const child = spawn(process.execPath, ["--import", "tsx", "dev/emulator/cli.ts", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    const wantsCert = args.includes("--https");
    return new Promise<RunningCli>((resolve, reject) => {
      let out = "";
      let err = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const baseUrl = /Graph emulator: (\S+)/.exec(out)?.[1];
        const token = /Dev bearer token: (\S+)/.exec(out)?.[1];
        const appToken = /^App-only token: (\S+)/m.exec(out)?.[1];
        const certPath = /TLS certificate .*: (\S+)/.exec(out)?.[1];
        if (baseUrl && token && appToken && (!wantsCert || certPath)) resolve({ baseUrl, token, appToken, child, ...(certPath ? { certPath } : {}) });
      });
      child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
      child.on("exit", (code) => reject(new Error(`emulator CLI exited (${code}): ${err}`)));
    });
  };
  const stop = (child: ChildProcess) => new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGTERM")));
  const stopAll = () => {
    for (const child of children.splice(0)) child.kill("SIGTERM");
  };
  return { run, stop, stopAll };
}
