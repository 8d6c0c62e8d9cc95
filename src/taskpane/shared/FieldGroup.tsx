import { Caption1, Label, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * A labelled group of several controls (a checklist, a set of checkboxes). Fluent's Field is for
 * ONE control: it gives every control inside it the same generated id, so with several, each
 * checkbox's label pointed at the first one (clicking the second criterion ticked the first) and
 * the page held duplicate ids. Fluent v9 has no checkbox-group component, hence this: a
 * `role="group"` named by its label, with an optional hint and error tied to it.
 */
export function FieldGroup({ label, required, hint, error, children, testId }: { label: string; required?: boolean; hint?: string; error?: string; children: ReactNode; testId?: string }) {
  const styles = useStyles();
  const id = useId("group");
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div role="group" aria-labelledby={`${id}-label`} {...(described ? { "aria-describedby": described } : {})} className={styles.group} {...(testId ? { "data-testid": testId } : {})}>
      <Label id={`${id}-label`} required={required}>
        {label}
      </Label>
      {children}
      {hint && <Caption1 id={`${id}-hint`}>{hint}</Caption1>}
      {error && (
        <Caption1 id={`${id}-error`} role="alert" className={styles.error}>
          {error}
        </Caption1>
      )}
    </div>
  );
}
