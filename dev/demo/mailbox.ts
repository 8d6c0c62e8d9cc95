import type { Emulator } from "../emulator/server";
import { demoMessages } from "../emulator/seed-mail";
import { CASEY } from "./people";

/** Fills Casey's inbox with the demo messages, once (a persistent --data dir keeps them). */
export function seedDemoMailbox(emulator: Emulator, now: Date = new Date()): void {
  const casey = emulator.world.users.find((u) => u.userPrincipalName === CASEY.upn)!;
  const box = emulator.world.mailboxes.find((b) => b.userId === casey.id);
  if (box && box.messages.length > 0) return;
  emulator.seedMail(CASEY.upn, demoMessages(now));
}
