import { Button, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { counts, exportPersonAs, type SubjectAccessExport } from "../../app/records/subject-access";
import { subjectAccessDocument } from "../../app/records/subject-document";
import { describeStoreError } from "../errors";
import { useActor, useServices } from "../services";
import { download } from "../shared/download";
import { Notice } from "../shared/Notice";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type State = { state: "idle" } | { state: "working" } | { state: "refused"; message: string } | { state: "done"; exported: SubjectAccessExport };

/** A name for the files a person can keep: the day and the address, with nothing a file system refuses. */
function fileName(e: SubjectAccessExport, extension: string): string {
  return `${e.exportedAt.slice(0, 10)} records held ${e.requested.replace(/[^\w@.+'-]+/g, "-")}.${extension}`;
}

/**
 * A subject access request answered from the pane (Data Protection Act 2018; Warwickshire 9):
 * the address the request came from, then everything held about that person as a readable
 * document and as JSON, each downloaded as a file. Made by the authoriser only, and audited
 * (`person:<address>`) before anything is offered (src/app/records/subject-access.ts).
 */
export function SubjectAccessPanel() {
  const styles = useStyles();
  const { store, pack, roster, now } = useServices();
  const actor = useActor();
  const [asked, setAsked] = useState("");
  const [state, setState] = useState<State>({ state: "idle" });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ state: "working" });
    try {
      const outcome = await exportPersonAs(store, pack, roster, actor, asked, now().toISOString());
      setState(outcome.ok ? { state: "done", exported: outcome.exported } : { state: "refused", message: outcome.message });
    } catch (error) {
      setState({ state: "refused", message: `Nothing was exported: ${describeStoreError(error)}` });
    }
  };

  return (
    <section aria-labelledby="subject-access-heading" className={styles.section} data-testid="subject-access">
      <Subtitle2 as="h2" id="subject-access-heading">
        Subject access request
      </Subtitle2>
      <form className={styles.section} onSubmit={(e) => void submit(e)}>
        <Field label="Email address or phone number the request came from" hint="Every address on the person's strategies is searched too.">
          <Input value={asked} onChange={(_, d) => setAsked(d.value)} required />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={state.state === "working" || asked.trim() === ""}>
            Export their records
          </Button>
        </div>
      </form>
      {state.state === "working" && <span role="status">Reading everything held…</span>}
      {state.state === "refused" && (
        <Notice intent="error" title="No export was made">
          {state.message}
        </Notice>
      )}
      {state.state === "done" && (
        <div className={styles.section} data-testid="export-done" role="status">
          <p>
            Recorded in the audit trail. Addresses searched: {state.exported.addressesSearched.join(", ")}. Found: {counts(state.exported)}.
          </p>
          <div className={styles.actions}>
            <Button onClick={() => download(subjectAccessDocument(state.exported), fileName(state.exported, "html"), "text/html;charset=utf-8")}>Download the document</Button>
            <Button onClick={() => download(`${JSON.stringify(state.exported, null, 2)}\n`, fileName(state.exported, "json"), "application/json")}>Download the data (JSON)</Button>
          </div>
        </div>
      )}
    </section>
  );
}
