import { Button, Divider, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { propose, saveDraft } from "../../app/strategy/actions";
import { draftFromSeed, proposalSeed, type ProposalSeed } from "../../app/strategy/proposal";
import { latestReviewDate } from "../../app/strategy/reviews";
import type { CategoryId } from "../../policy/categories";
import { proposalProblems } from "../../policy/lifecycle/guards";
import type { ContactStrategy } from "../../policy/strategy";
import type { Versioned } from "../../store/port";
import { describeStoreError } from "../errors";
import { hashOf } from "../route";
import { useActor, useServices } from "../services";
import { ActionOutcome, useAction } from "../shared/action";
import { Notice } from "../shared/Notice";
import { useLoad } from "../shared/useLoad";
import { RestrictionsEditor } from "../strategy-form/RestrictionsEditor";
import { ChannelsField, ReviewDateField } from "../strategy-form/TermsFields";
import { AdjustmentsField, BehaviourFields, EvidenceField, PersonFields, WarningField } from "./ProposalFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface ProposeStart {
  personName: string;
  addresses: string[];
  findings?: Array<{ category: CategoryId; subType: string }>;
}

/**
 * A caseworker proposes a contact strategy, from a message or from a draft sent back: pre-filled
 * with the person, their addresses, their recorded contacts and the behaviour recorded;
 * restrictions from the pack's catalogue; adjustments; a review date within the pack's maximum.
 * Save a draft to come back to, or submit it for the authoriser's decision.
 */
export default function ProposeForm({ start, existing }: { start?: ProposeStart; existing?: Versioned<ContactStrategy> }) {
  const services = useServices();
  const { store } = services;
  const [seedLoad] = useLoad<ProposalSeed>(
    () =>
      proposalSeed(store, {
        personName: existing?.value.person.displayName ?? start?.personName ?? "",
        addresses: existing?.value.addresses ?? start?.addresses ?? [],
        ...(start?.findings ? { findings: start.findings } : {}),
        now: services.now(),
      }),
    [store, existing, start],
  );
  if (seedLoad.state === "loading") return <Spinner size="tiny" label="Reading their recorded contacts…" />;
  if (seedLoad.state === "failed") return <Notice intent="error" title="The proposal could not be started">{describeStoreError(seedLoad.error)}</Notice>;
  return <ProposalEditor seed={seedLoad.value} existing={existing} />;
}

function ProposalEditor({ seed, existing }: { seed: ProposalSeed; existing: Versioned<ContactStrategy> | undefined }) {
  const styles = useStyles();
  const services = useServices();
  const { store, pack } = services;
  const actor = useActor();
  const today = services.now().toISOString().slice(0, 10);
  const [draft, setDraft] = useState<ContactStrategy>(() => existing?.value ?? draftFromSeed(seed, pack, today, crypto.randomUUID()));
  const [etag, setEtag] = useState<string | undefined>(existing?.etag);
  const [why, setWhy] = useState("");
  const [checked, setChecked] = useState(false);
  const [outcome, act] = useAction();
  const [submitted, setSubmitted] = useState<string>();
  // Every problem at once, on the first Submit, with focus moved to the list (T5: they came one at a time, focus on <body>).
  const [problems, setProblems] = useState<string[]>([]);
  const [shown, setShown] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown > 0) summary.current?.focus();
  }, [shown]);
  const edit = (patch: Partial<ContactStrategy>) => setDraft((d) => ({ ...d, ...patch }));
  // The single point of contact named in the restriction is the strategy's too (the banner and the compose guard read it).
  const spoc = draft.restrictions.find((r) => r.kind === "singlePointOfContact");
  const withSpoc = (d: ContactStrategy): ContactStrategy => {
    const { singlePointOfContact: _old, ...rest } = d;
    return spoc && spoc.kind === "singlePointOfContact" ? { ...rest, singlePointOfContact: spoc.spoc } : rest;
  };

  const save = () =>
    act(async () => {
      const saved = await saveDraft(store, withSpoc({ ...draft, status: "draft" }), etag, actor, services.now().toISOString());
      setDraft(saved.value);
      setEtag(saved.etag);
      return { ok: true as const };
    }, "Draft saved. It binds nobody until it is proposed and approved.");

  const submit = () => {
    setChecked(true);
    const found = [
      ...((why || draft.reasons).trim() === "" ? ["Give the reasons for the strategy: they go on the record and in the letter."] : []),
      ...proposalProblems(withSpoc(draft), pack).map((p) => p.message),
    ];
    setProblems(found);
    if (found.length > 0) {
      setShown((n) => n + 1);
      return Promise.resolve();
    }
    return act(async () => {
      const result = await propose(store, pack, { value: withSpoc(draft), etag: etag ?? "" }, actor, why || draft.reasons, services.now().toISOString(), services.config.staffDomains);
      if (result.ok) {
        setDraft(result.strategy.value);
        setEtag(result.strategy.etag);
        setSubmitted(result.strategy.value.id);
      }
      return result;
    }, `Proposed for the ${pack.authoriser.title}'s decision. Nothing applies until they approve it.`);
  };

  return (
    <section className={styles.form} aria-labelledby="propose-heading" data-testid="propose-form">
      <Subtitle2 block as="h2" id="propose-heading">
        {existing ? `Proposal for ${existing.value.person.displayName}` : "Propose a contact strategy"}
      </Subtitle2>
      {problems.length > 0 && (
        <div ref={summary} tabIndex={-1} data-testid="propose-problems">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{problems.length === 1 ? "One thing to put right before submitting" : `${problems.length} things to put right before submitting`}</MessageBarTitle>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      <PersonFields draft={draft} seed={seed} edit={edit} />
      <EvidenceField draft={draft} seed={seed} edit={edit} />
      <BehaviourFields draft={draft} pack={pack} edit={edit} />
      <Field label="Reasons (they go on the record and in the letter)" required>
        <Textarea value={draft.reasons} onChange={(_e, d) => edit({ reasons: d.value })} />
      </Field>
      <WarningField draft={draft} pack={pack} edit={edit} />
      <Divider />
      <RestrictionsEditor pack={pack} value={draft.restrictions} onChange={(restrictions) => edit({ restrictions })} showProblems={checked} />
      <ChannelsField pack={pack} value={draft.allowedChannels} onChange={(allowedChannels) => edit({ allowedChannels })} />
      <AdjustmentsField draft={draft} edit={edit} />
      <ReviewDateField pack={pack} value={draft.reviewDate ?? ""} onChange={(reviewDate) => edit({ reviewDate })} min={today} max={latestReviewDate(pack, today)} />
      <Field label="Note to the approver (optional)">
        <Textarea value={why} onChange={(_e, d) => setWhy(d.value)} />
      </Field>
      {!submitted && (
        <div className={styles.actions}>
          <Button onClick={() => void save()} disabled={outcome.state === "busy"}>
            Save draft
          </Button>
          <Button appearance="primary" onClick={() => void submit()} disabled={outcome.state === "busy"}>
            Submit for approval
          </Button>
        </div>
      )}
      <ActionOutcome outcome={outcome} />
      {submitted && <Link href={hashOf({ screen: "strategy", id: submitted })}>Open the proposal</Link>}
    </section>
  );
}
