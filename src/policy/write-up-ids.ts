/**
 * The ids under which the add-in writes an act's audit event later, when its own was lost or its own id is held by
 * someone else's item (src/app/records/audit-repair.ts writes them). Their format lives here, once: the writer, `records
 * verify` and the pane (a corrector's own write-up of her correction, src/policy/evidence-as-judged.ts) all read it.
 */

const instant = (at: string) => new Date(Date.parse(at)).toISOString();

/** The act's repair id: its target, its time and its kind ("decision", "propose"): fixed by the act, so writers meet on it. */
export function repairId(target: string, at: string, kind: string): string {
  return `${target}@${instant(at)}:${kind}:repaired`;
}

/** Whether an id is one a write-up of this act takes: its repair id, or that with its writer's sign-in address after it. */
export function isWriteUpIdOf(id: string, target: string, at: string, kind: string): boolean {
  const repair = repairId(target, at, kind);
  return id === repair || id.startsWith(`${repair}:`);
}

/** What follows the target in an id `repairId` makes (its act's time and kind), with or without its writer's address after it. */
const REPAIR_ID_REST = /^@[^@]+:[a-z]+:repaired(:.*)?$/;

/** Whether an id on a target is one a write-up of some act on it takes, whichever act. */
export function isRepairIdOn(target: string, id: string): boolean {
  return id.startsWith(target) && REPAIR_ID_REST.test(id.slice(target.length));
}
