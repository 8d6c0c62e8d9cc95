import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Refusal } from "../../policy/strategy";
import { StoreError } from "../../store/port";
import { describeStoreError } from "../errors";
import { useServices } from "../services";
import { PolicyRef } from "./PolicyRef";
import { usePaneAnnouncer } from "./announcer";
import { citeInWords } from "../../app/cite-words";

export type Outcome =
  | { state: "idle" }
  | { state: "busy" }
  | { state: "done"; message: string }
  | { state: "refused"; message: string; policyRef: string }
  | { state: "failed"; message: string; conflict: boolean; partly?: boolean };

/**
 * Runs one action on a strategy and keeps what came of it: done, refused by the policy (with
 * the paragraph), a conflict with someone else's change (reload, never overwrite), or a failure
 * (the action is safe to repeat). With `onConflict`, a conflict is handed to the page, which shows it
 * and reads the strategy again (T7 #8: the header said "proposed" after another manager approved it).
 */
export function useAction(onConflict?: (conflict: Outcome) => void): [Outcome, (run: () => Promise<{ ok: true } | Refusal>, done: string) => Promise<boolean>] {
  const [outcome, setOutcome] = useState<Outcome>({ state: "idle" });
  const act = async (run: () => Promise<{ ok: true } | Refusal>, done: string) => {
    setOutcome({ state: "busy" });
    try {
      const result = await run();
      if (!result.ok) {
        setOutcome({ state: "refused", message: result.message, policyRef: result.policyRef });
        return false;
      }
      setOutcome({ state: "done", message: done });
      return true;
    } catch (error) {
      const conflict = error instanceof StoreError && error.code === "conflict";
      const partly = error instanceof StoreError && "partly" in error;
      const failed: Outcome = { state: "failed", conflict, partly, message: conflict ? (error as Error).message : describeStoreError(error) };
      setOutcome(conflict && onConflict ? { state: "idle" } : failed);
      if (conflict) onConflict?.(failed);
      return false;
    }
  };
  return [outcome, act];
}

/** What came of an action, in words to say: saved, not done (with the section, by its title), or not saved. */
export function outcomeWords(outcome: Outcome, pack: Parameters<typeof citeInWords>[1]): string | undefined {
  switch (outcome.state) {
    case "done":
      return outcome.message;
    case "refused":
      return `Not done: ${citeInWords(outcome.policyRef ? `${outcome.message} (${outcome.policyRef})` : outcome.message, pack)}`;
    case "failed":
      return `${outcome.conflict ? "Someone else changed it first" : outcome.partly ? "Saved, but not finished" : "Not saved"}: ${outcome.message}`;
    default:
      return undefined;
  }
}

export function ActionOutcome({ outcome, onReload }: { outcome: Outcome; onReload?: () => void }) {
  const { pack } = useServices();
  // Said once by the pane's announcer (each outcome is a new object), not by a live region of its own.
  const announce = usePaneAnnouncer();
  useEffect(() => {
    const words = outcomeWords(outcome, pack);
    if (words) announce(words, { once: outcome });
  }, [outcome, pack, announce]);
  return (
    <div data-testid="action-outcome">
      {outcome.state === "busy" && "Saving…"}
      {outcome.state === "done" && (
        <MessageBar intent="success" data-testid="action-done">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.state === "refused" && (
        <MessageBar intent="warning" layout="multiline" data-testid="action-refused">
          <MessageBarBody>
            <MessageBarTitle>Not done</MessageBarTitle>
            {/* The refusal in staff's words: the policy by its title and section, a link to the section. */}
            <PolicyRef reference={outcome.policyRef ? `${outcome.message} (${outcome.policyRef})` : outcome.message} pack={pack} />
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.state === "failed" && (
        <MessageBar intent="error" layout="multiline" data-testid={outcome.conflict ? "action-conflict" : "action-failed"}>
          <MessageBarBody>
            <MessageBarTitle>{outcome.conflict ? "Someone else changed it first" : outcome.partly ? "Saved, but not finished" : "Not saved"}</MessageBarTitle>
            {outcome.message}
            {!outcome.conflict && " Nothing is lost: try again; nothing will be recorded twice."}
          </MessageBarBody>
          {outcome.conflict && onReload && (
            <MessageBarActions>
              <Button onClick={onReload}>Reload</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
