import { Badge, Body1, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { bodyText, type GraphMessage, type HarnessApi, type NotificationDetails } from "./api";
import { graphFetch, loadInbox, type HarnessConfig } from "./graph";
import { MessageList } from "./MessageList";

const useStyles = makeStyles({
  shell: { display: "grid", gridTemplateColumns: "320px 1fr 380px", height: "100%" },
  pane: { overflowY: "auto", borderRight: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM },
  body: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", marginTop: tokens.spacingVerticalM },
  frame: { width: "100%", height: "100%", border: 0 },
});


export function Harness({ config }: { config: HarnessConfig }) {
  const styles = useStyles();
  const call = useMemo(() => graphFetch(config), [config]);
  const [messages, setMessages] = useState<GraphMessage[] | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const [notes, setNotes] = useState<Record<string, Record<string, NotificationDetails>>>({});
  const [error, setError] = useState<string>();
  const handlers = useRef<Array<() => void>>([]);
  const current = useRef<GraphMessage | null>(null);
  const notesRef = useRef(notes);
  notesRef.current = notes;

  useEffect(() => {
    loadInbox(call).then(setMessages, (e: Error) => setError(e.message));
  }, [call]);

  useEffect(() => {
    const api: HarnessApi = {
      current: () => current.current,
      onItemChanged: (handler) => void handlers.current.push(handler),
      user: { displayName: "Casey Worker", emailAddress: config.auth.user },
      masterCategories: async () => ((await (await call("/me/outlook/masterCategories")).json()) as { value: Array<{ displayName: string; color: string }> }).value,
      addMasterCategory: async (displayName, color) => {
        const r = await call("/me/outlook/masterCategories", { method: "POST", body: JSON.stringify({ displayName, color: color.toLowerCase() }) });
        return { ok: r.ok, status: r.status };
      },
      addCategories: async (id, names) => {
        const message = current.current;
        const categories = [...new Set([...(message?.categories ?? []), ...names])];
        const r = await call(`/me/messages/${id}`, { method: "PATCH", body: JSON.stringify({ categories }) });
        if (!r.ok) throw new Error(`PATCH categories failed (HTTP ${r.status})`);
        setMessages((all) => all?.map((m) => (m.id === id ? { ...m, categories } : m)));
        if (message && message.id === id) current.current = { ...message, categories };
      },
      setNotification: (id, key, details) => setNotes((n) => ({ ...n, [id]: { ...n[id], [key]: details } })),
      removeNotification: (id, key) =>
        setNotes((n) => {
          const { [key]: _gone, ...rest } = n[id] ?? {};
          return { ...n, [id]: rest };
        }),
      notifications: (id) => notesRef.current[id] ?? {},
      compose: (kind, detail) => console.info(`[harness] ${kind} form`, detail),
    };
    window.__harness = api;
  }, [call, config.auth.user]);

  /** Outlook clears mailbox.item between selections, then fires ItemChanged with the new one. */
  const select = (id: string) => {
    current.current = null;
    handlers.current.forEach((h) => h());
    setSelected(id);
    current.current = messages?.find((m) => m.id === id) ?? null;
    handlers.current.forEach((h) => h());
  };

  const message = messages?.find((m) => m.id === selected);
  const bar = message ? Object.values(notes[message.id] ?? {}) : [];
  return (
    <div className={styles.shell}>
      <nav className={styles.pane} aria-label="Inbox">
        <Subtitle1 as="h1">Inbox</Subtitle1>
        {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
        {!messages && !error && <Spinner label="Loading the mailbox…" />}
        {messages && <MessageList messages={messages} selected={selected} onSelect={select} />}
      </nav>
      <main className={styles.pane} aria-label="Reading pane" data-testid="reading-pane">
        {!message ? (
          <Body1>Select a message to read it.</Body1>
        ) : (
          <article>
            <div data-testid="notification-bar" aria-live="polite">
              {bar.map((n, i) => (
                <MessageBar key={i} intent={n.type === "errorMessage" ? "error" : "info"} data-testid="notification">
                  <MessageBarBody>{n.message}</MessageBarBody>
                </MessageBar>
              ))}
            </div>
            <Subtitle1 as="h2">{message.subject}</Subtitle1>
            <div>
              <Caption1>
                From {message.from.emailAddress.name} &lt;{message.from.emailAddress.address}&gt; · {new Date(message.receivedDateTime).toLocaleString("en-GB")}
              </Caption1>
            </div>
            <div>
              {message.categories.map((c) => (
                <Badge key={c} color="danger" appearance="tint" data-testid="category-chip">
                  {c}
                </Badge>
              ))}
            </div>
            <Body1 as="p" className={styles.body}>
              {bodyText(message)}
            </Body1>
          </article>
        )}
      </main>
      <aside aria-label="Add-in task pane">
        <iframe className={styles.frame} src="/harness/taskpane.html" title="Contact strategy task pane" data-testid="taskpane-frame" />
      </aside>
    </div>
  );
}
