import { contactKey } from "../../policy/address";
import type { IsoInstant } from "../../policy/strategy";
import type { CaseStore } from "../../store/port";

/**
 * Letters recorded before their Address key was normalised (commit 52f9d2b) keep the address as
 * it was written ("Pat <Pat+opcc@Example.org>"), so subject access, which asks by the normalised
 * address as every list's key is, does not find them. `records reconcile` re-keys each: audited
 * first (`letter:<id>`, what the key was and is now; once, however often it runs), then the key
 * set. A run cut between the two is finished by the next; `--dry-run` lists them and writes nothing.
 */
export async function rekeyLetters(
  store: Pick<CaseStore, "lettersMiskeyed" | "rekeyLetter" | "auditFor" | "appendAudit">,
  options: { by: string; now: IsoInstant; dryRun?: boolean },
): Promise<Array<{ target: string; message: string }>> {
  const found = await store.lettersMiskeyed();
  const done: Array<{ target: string; message: string }> = [];
  for (const { letter, key } of found) {
    const target = `letter:${letter.id}`;
    const normalised = contactKey(letter.address);
    const what = `The letter “${letter.subject}” (${letter.id}) is keyed under “${key}”, not the normalised “${normalised}”`;
    if (options.dryRun) {
      done.push({ target, message: `${what}: it would be re-keyed, so subject access and retention find it.` });
      continue;
    }
    const id = `${target}:rekeyed`;
    if (!(await store.auditFor(target)).some((e) => e.id === id)) {
      await store.appendAudit({ id, target, action: "address key normalised", by: options.by, at: options.now, detail: `${what}: re-keyed, so subject access and retention find it.` });
    }
    await store.rekeyLetter(letter.id);
    done.push({ target, message: `${what}: it was re-keyed, so subject access and retention find it.` });
  }
  return done;
}
