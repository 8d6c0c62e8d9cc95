import { readFileSync } from "node:fs";
import { parseConfig, type AppConfig } from "../src/config";

/** A command-line mistake: one clear line on stderr, exit 2, before any request is sent. */
export function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The office's config file (`--config F`), validated as the pane validates it; a bad one is refused. */
export function readConfig(file: string): AppConfig {
  try {
    return parseConfig(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    return refuse(`--config ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
