import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useId, useState, type KeyboardEvent } from "react";
import type { ComposeView, RecipientField } from "./compose-session";
import { NotificationBar } from "./NotificationBar";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  recipients: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyle: "none", margin: 0, padding: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ComposeActions {
  addRecipient(field: RecipientField, text: string): void;
  removeRecipient(field: RecipientField, emailAddress: string): void;
  setSubject(subject: string): void;
  setBody(body: string): void;
  send(): void;
  discard(): void;
  dismissAlert(): void;
  takeAlertAction(): void;
  sendAnyway(): void;
}

const LABELS: Record<RecipientField, string> = { to: "To", cc: "Cc", bcc: "Bcc" };

/** One recipient line: chips for who is there (each removable), and a box to add one (Enter, ";" or ","). */
function Recipients({ field, view, actions }: { field: RecipientField; view: ComposeView; actions: ComposeActions }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const add = () => {
    if (text.trim()) actions.addRecipient(field, text);
    setText("");
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ";" || event.key === ",") {
      event.preventDefault();
      add();
    }
  };
  return (
    <Field label={LABELS[field]}>
      <div className={styles.recipients}>
        {view[field].length > 0 && (
          // A plain list of buttons: each removes its recipient (Fluent's TagGroup adds focusable hidden elements axe refuses).
          <ul className={styles.chips} aria-label={`${LABELS[field]} recipients`} data-testid={`compose-${field}`}>
            {view[field].map((r) => (
              <li key={r.emailAddress}>
                <Button size="small" shape="circular" icon={<DismissRegular />} iconPosition="after" aria-label={`Remove ${r.emailAddress}`} onClick={() => actions.removeRecipient(field, r.emailAddress)} data-testid="compose-recipient">
                  {r.displayName === r.emailAddress ? r.emailAddress : `${r.displayName} <${r.emailAddress}>`}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <Input type="email" value={text} onChange={(_e, data) => setText(data.value)} onKeyDown={onKey} onBlur={add} placeholder="name@example.org" data-testid={`compose-add-${field}`} />
      </div>
    </Field>
  );
}

/** A message being written, as Outlook's compose form: recipients, subject, body, the add-in's notifications, Send — and the Smart Alert. */
export function ComposeWindow({ view, actions }: { view: ComposeView; actions: ComposeActions }) {
  const styles = useStyles();
  const heading = useId();
  const busy = view.status === "sending" || view.status === "slow";
  return (
    <section aria-labelledby={heading} data-testid="compose" data-status={view.status} data-runtime={view.runtime}>
      <Subtitle1 as="h2" id={heading}>
        {view.kind === "reply" ? "Reply" : "New message"}
      </Subtitle1>
      <NotificationBar notes={view.notifications} />
      {view.runtime === "failed" && (
        <MessageBar intent="warning">
          <MessageBarBody>The add-in's event runtime did not load: {view.runtimeError}</MessageBarBody>
        </MessageBar>
      )}
      {view.status === "sent" ? (
        <MessageBar intent="success" data-testid="compose-sent">
          <MessageBarBody>Sent.</MessageBarBody>
        </MessageBar>
      ) : (
        <form className={styles.form} onSubmit={(e) => (e.preventDefault(), actions.send())}>
          <Recipients field="to" view={view} actions={actions} />
          <Recipients field="cc" view={view} actions={actions} />
          <Recipients field="bcc" view={view} actions={actions} />
          <Field label="Subject">
            <Input value={view.subject} onChange={(_e, data) => actions.setSubject(data.value)} data-testid="compose-subject" />
          </Field>
          <Field label="Message">
            <Textarea value={view.body} onChange={(_e, data) => actions.setBody(data.value)} resize="vertical" rows={6} data-testid="compose-body" />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={busy} data-testid="compose-send">
              Send
            </Button>
            <Button onClick={actions.discard}>Discard</Button>
            {view.status === "sending" && <Spinner size="tiny" label="Checking before sending…" />}
          </div>
          {view.status === "slow" && (
            <MessageBar intent="info" data-testid="compose-slow">
              <MessageBarBody>Contact Strategy Manager is taking longer than expected to check this message. It will be sent when the check completes.</MessageBarBody>
            </MessageBar>
          )}
        </form>
      )}
      <Dialog open={Boolean(view.alert)} modalType="alert" onOpenChange={(_e, data) => !data.open && actions.dismissAlert()}>
        <DialogSurface data-testid="smart-alert">
          <DialogBody>
            <DialogTitle>{view.alert?.unavailable ? "Contact Strategy Manager is unavailable" : "Contact Strategy Manager"}</DialogTitle>
            <DialogContent data-testid="smart-alert-message">{view.alert?.message}</DialogContent>
            <DialogActions>
              {view.alert?.actionLabel && (
                <Button appearance="primary" onClick={actions.takeAlertAction} data-testid="smart-alert-action">
                  {view.alert.actionLabel}
                </Button>
              )}
              {view.alert?.unavailable && <Button onClick={actions.sendAnyway}>Send Anyway</Button>}
              <Button onClick={actions.dismissAlert} data-testid="smart-alert-dont-send">
                Don't Send
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
