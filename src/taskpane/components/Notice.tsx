import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Loading, empty, offline and error states: what happened and what to do. */
export function Notice({ intent, title, children, onRetry }: { intent: MessageBarIntent; title: string; children: ReactNode; onRetry?: () => void }) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={`notice-${intent}`}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
