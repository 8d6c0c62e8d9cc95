import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Loading, empty, offline and error states: what happened and what to do. */
export function Notice({
  intent,
  title,
  children,
  onRetry,
  onDismiss,
}: {
  intent: MessageBarIntent;
  title: string;
  children: ReactNode;
  onRetry?: () => void;
  onDismiss?: () => void;
}) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={`notice-${intent}`}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      {(onRetry || onDismiss) && (
        <MessageBarActions>
          {onRetry && <Button onClick={onRetry}>Try again</Button>}
          {onDismiss && <Button onClick={onDismiss}>Dismiss</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
