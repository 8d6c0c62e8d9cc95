import { createEventServices, type EventHost, type EventServices } from "../app/compose/event-services";
import { checkRecipients, decideSend, recordOverride, STATUS_KEY } from "../app/compose/guard";
import { within } from "../app/compose/index-cache";
import { OVERRIDE_LABEL, uncheckedNotice } from "../policy/compose-guard";
import { officeComposeItem } from "../outlook/office/compose";
import { OVERRIDE_COMMAND_ID } from "./commands";

/**
 * The compose guard's event handlers (DESIGN.md flow 5). Each one completes its event exactly
 * once, whatever happens: a handler that never calls `completed` leaves Outlook waiting
 * (and, on send with SoftBlock, holding the message). Every failure fails open.
 *
 * Budgets, inside Outlook's limits (docs: an event-based add-in times out after about 300 s;
 * Smart Alerts shows "taking longer than expected" after 5 s and, with SoftBlock, holds the
 * send until the add-in finishes):
 * - recipients: up to 20 s for a first load of the index when none is kept; a kept index
 *   answers at once and is refreshed for up to 10 s more before the event completes;
 * - send: 3 s in all, and no network when the recipients check already ran.
 */
export const CHECK_WAIT_MS = 20_000;
export const REFRESH_WAIT_MS = 10_000;
export const SEND_BUDGET_MS = 3_000;
export const OVERRIDE_BUDGET_MS = 15_000;

type Completable = { completed(options?: Office.SmartAlertsEventCompletedOptions): void };

export interface RuntimeHost extends Omit<EventHost, "writer"> {
  office: typeof Office;
}

export function composeGuardHandlers(host: RuntimeHost) {
  const item = officeComposeItem(host.office);
  let services: ReturnType<typeof createEventServices> | undefined;
  // userProfile is read at the first event, not at load: Office is not ready before then.
  const ready = (waitMs: number): Promise<EventServices> =>
    (services ??= createEventServices({ ...host, writer: host.office.context.mailbox.userProfile.emailAddress })).ready(waitMs);
  let generation = 0;

  /** OnNewMessageCompose and OnMessageRecipientsChanged: the same check (a reply or forward starts with recipients). */
  async function check(event: Completable): Promise<void> {
    const mine = ++generation;
    const isCurrent = () => mine === generation;
    try {
      const s = await ready(CHECK_WAIT_MS);
      // Load the index even before there are recipients (a new message), so it is there when the first is added.
      await s.deps.index(CHECK_WAIT_MS);
      await checkRecipients(item, s.deps, CHECK_WAIT_MS, isCurrent);
      // Stay a little for a background refresh; if it brought a newer list, check again with it.
      if (await s.cache.settle(REFRESH_WAIT_MS)) await checkRecipients(item, s.deps, 0, isCurrent);
      await within(s.audits.flush(), REFRESH_WAIT_MS).catch(() => undefined);
    } catch (error) {
      if (isCurrent()) await warn(uncheckedNotice(messageOf(error)));
    } finally {
      event.completed();
    }
  }

  /** OnMessageSend (Smart Alerts, SoftBlock): stop only a known breach; never hold a message because something failed. */
  async function onSend(event: Completable): Promise<void> {
    let options: Office.SmartAlertsEventCompletedOptions = { allowEvent: true };
    try {
      const decision = await within(
        (async () => {
          const s = await ready(SEND_BUDGET_MS);
          // Mailbox 1.15: the Smart Alert's button may run a function command; earlier hosts only let the writer fix the message.
          return decideSend(item, { ...s.deps, canOfferOverride: host.office.context.requirements.isSetSupported("Mailbox", "1.15") });
        })(),
        SEND_BUDGET_MS,
        "the compose guard",
      );
      if (!decision.allow) {
        options = {
          allowEvent: false,
          errorMessage: decision.message,
          ...(decision.offerOverride ? { cancelLabel: OVERRIDE_LABEL, commandId: OVERRIDE_COMMAND_ID, contextData: JSON.stringify({ breaches: decision.breaches.map((b) => b.key) }) } : {}),
        };
      }
    } catch (error) {
      // Fail open: the earlier notice (if any) already told the writer what was known.
      console.warn(`[compose guard] send not checked: ${messageOf(error)}`);
    }
    event.completed(options);
  }

  /** The "Record override" function command (the Smart Alert's button, and the ribbon button Outlook adds for it). */
  async function onRecordOverride(event: Completable): Promise<void> {
    try {
      const s = await ready(OVERRIDE_BUDGET_MS);
      const result = await within(recordOverride(item, { ...s.deps, audit: (e) => s.audits.append(e), newId, recentSubjects: s.recentSubjects }), OVERRIDE_BUDGET_MS, "recording the override");
      if (result.kind === "unchecked") await warn(`Nothing was overridden: recipients could not be checked (${result.problem}).`);
    } catch (error) {
      await warn(`The override could not be recorded (${messageOf(error)}). Pass the message to the single point of contact, or try again.`);
    } finally {
      event.completed();
    }
  }

  async function warn(message: string): Promise<void> {
    await item.showNotification(STATUS_KEY, "error", message).catch(() => undefined);
  }

  return { check, onSend, onRecordOverride };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A draft's id for idempotent audit events: unique enough per draft, no crypto needed (not every runtime has it). */
function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
