import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Checkpoint, Checkpoints } from "../core/ports";

/**
 * The flagger's place in every folder, in one JSON file. Each save writes a new file beside it
 * and renames it over the old one (atomic on one file system), so a crash mid-save leaves the
 * previous checkpoint whole — never half a file that would lose the place.
 */
export function fileCheckpoints(path: string): Checkpoints {
  const read = (): Record<string, Checkpoint> => {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
      throw error;
    }
    try {
      return JSON.parse(text) as Record<string, Checkpoint>;
    } catch {
      throw new Error(`The checkpoint file ${path} is not JSON; move it aside to sweep every folder from the start (nothing is flagged twice).`);
    }
  };
  return {
    load: async (key) => read()[key],
    async save(key, checkpoint) {
      const all = read();
      all[key] = checkpoint;
      mkdirSync(dirname(path), { recursive: true });
      const next = `${path}.${process.pid}.tmp`;
      writeFileSync(next, JSON.stringify(all, null, 2));
      renameSync(next, path);
    },
  };
}
