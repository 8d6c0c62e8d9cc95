import { Button, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { StrategyDetail } from "../../app/strategy/read";
import { wouldRefuse } from "../../app/strategy/review";
import { termsOf } from "../../policy/in-force";
import { refuse } from "../../policy/lifecycle/refusal";
import { transition } from "../../policy/lifecycle/transition";
import { proposedTermsOf } from "../../policy/proposed-terms";
import { termChanges, type TermChange } from "../../policy/term-changes";
import { ChangeList } from "./ChangeList";
import { decide } from "../../app/strategy/actions";
import type { DecisionCommand } from "../../app/strategy/steps";
import { latestReviewDate } from "../../app/strategy/reviews";
import { cite } from "../../policy/packs/cite";
import { citeInWords } from "../../app/cite-words";
import { useActor, useServices } from "../services";
import { ActionOutcome, useAction, type Outcome } from "../shared/action";
import { FieldGroup } from "../shared/FieldGroup";
import { ReviewDateField } from "../strategy-form/TermsFields";
import { longDate } from "../../policy/calendar";
import { behaviourProposed, type EvidenceJudged } from "../../policy/evidence-contacts";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  criterion: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBlockEnd: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * The authoriser's decision on a proposal: the pack's criteria checklist (Gwent 7.0's four,
 * Warwickshire 7's five), each confirmed with a note; the review date within the pack's
 * maximum; a rationale; then approve, send back or reject. The lifecycle's guards apply
 * (authoriser, four-eyes, review date, warning first); a refusal says which and cites it.
 */
export function ProposalDecision({ detail, evidence, onDecided, onConflict }: { detail: StrategyDetail; evidence: EvidenceJudged | undefined; onDecided: () => void; onConflict?: (conflict: Outcome) => void }) {
  const styles = useStyles();
  const services = useServices();
  const { pack, roster } = services;
  const actor = useActor();
  const current = detail.strategy;
  // Four-eyes on what is approved: terms changed since they were proposed, by nobody else's proposal, would not count.
  const unproposed = useMemo(() => {
    const refusal = wouldRefuse(detail, pack, roster, actor, services.now().toISOString(), "approve", termsOf(detail.strategy.value, detail.strategy.value.reviewDate ?? ""));
    return refusal && (refusal.reason === "termsNotProposed" || refusal.reason === "ownProposal") ? refusal : undefined;
  }, [detail, pack, roster, actor, services]);
  // The proposal opened, and the latest proposal recording terms: what differs is shown either way (never adopted unseen).
  const opened = detail.proposals.filter((p) => p.kind === "propose" && p.terms).at(-1);
  const proposed = detail.proposals.filter((p) => p.terms).at(-1);
  const all = opened?.terms ? termChanges(opened.terms, proposedTermsOf(detail.strategy.value)) : [];
  // The behaviour is shown changed too (T12 #6): as proposed on the record where the latest proposal naming it names it as
  // the item does; otherwise changed without proposing it, against what that proposal names, apart.
  const label = (canonical: string) => pack.categories.find((c) => c.canonical === canonical)?.label ?? canonical;
  const unproposedBehaviour = behaviourNotProposed(detail);
  const changes = unproposedBehaviour ? all.filter((c) => c.term !== "categories") : all;
  const today = services.now().toISOString().slice(0, 10);
  const [confirmed, setConfirmed] = useState<Record<string, boolean>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [reviewDate, setReviewDate] = useState(current.value.reviewDate ?? "");
  const [rationale, setRationale] = useState("");
  const [warningChecked, setWarningChecked] = useState(false);
  const warning = current.value.priorWarning;
  const [evidenceChecked, setEvidenceChecked] = useState(false);
  // The attached contacts judged on the ContactLog (the screen's one judgement, as decide() judges them): the tick is offered until one is borne out there.
  const noEvidence = !evidence || evidence.counted.length === 0;
  const [outcome, act] = useAction(onConflict);
  const run = (command: DecisionCommand, done: string) =>
    act(async () => {
      // Refused here, before anything is written, when the lifecycle would let it through but it would not count.
      if (command.type === "approve" && unproposed && transition(current.value, command, pack).ok) {
        return refuse(unproposed.reason === "ownProposal" ? "ownProposal" : "termsNotProposed", unproposed.message, pack.authoriser.source);
      }
      const criteriaNotes = pack.criteria.filter((c) => confirmed[c.id]).map((c) => ({ id: c.id, note: notes[c.id] ?? "" }));
      const result = await decide(services.store, pack, current, command, { criteriaNotes, warningChecked, evidenceChecked: noEvidence && evidenceChecked, roster: services.roster });
      if (result.ok) onDecided();
      return result;
    }, done);
  const base = { by: actor, at: services.now().toISOString(), why: rationale };
  return (
    <section className={styles.form} aria-labelledby="decide-proposal-heading" data-testid="proposal-decision">
      <Subtitle2 as="h3" id="decide-proposal-heading">
        Your decision as {pack.authoriser.title}
      </Subtitle2>
      {unproposed && (
        <MessageBar intent="error" layout="multiline" data-testid="proposal-changed">
          <MessageBarBody>
            <MessageBarTitle>Your approval would not count</MessageBarTitle>
            {unproposed.reason === "ownProposal"
              ? `You proposed these terms yourself, so you cannot approve them: someone else must (${citeInWords(cite(pack.authoriser.source), pack)}).`
              : unproposed.message}{" "}
            Send it back, so that what is approved is what someone else proposed.
            {all.length > 0 && opened && <ChangeList title={`Changed since ${opened.author.displayName} proposed it`} changes={all} modified={detail.modified} label={label} />}
          </MessageBarBody>
        </MessageBar>
      )}
      {!unproposed && ((changes.length > 0 && opened && proposed) || unproposedBehaviour) && (
        <MessageBar intent="info" layout="multiline" data-testid="proposal-changed">
          <MessageBarBody>
            <MessageBarTitle>Changed since it was proposed</MessageBarTitle>
            {changes.length > 0 && opened && proposed && (
              <ChangeList title={`Changed since ${opened.author.displayName} proposed it, and proposed on the record by ${proposed.author.displayName}`} changes={changes} modified={detail.modified} label={label} />
            )}
            {unproposedBehaviour && (
              <ChangeList
                title="The behaviour, changed since the proposal on record without proposing it: the recorded contacts are judged only against behaviour both name"
                changes={[unproposedBehaviour]}
                modified={detail.modified}
                label={label}
              />
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <FieldGroup label={`The criteria (${citeInWords(cite(pack.authoriser.source), pack)}): confirm each, with a note`} required>
        {pack.criteria.map((c) => (
          <div key={c.id} className={styles.criterion} data-testid="criterion">
            <Checkbox label={c.label} checked={confirmed[c.id] === true} onChange={(_e, d) => setConfirmed((x) => ({ ...x, [c.id]: d.checked === true }))} />
            <Textarea aria-label={`Note on “${c.label}”`} placeholder="What shows this criterion is met" value={notes[c.id] ?? ""} onChange={(_e, d) => setNotes((x) => ({ ...x, [c.id]: d.value }))} />
          </div>
        ))}
      </FieldGroup>
      <ReviewDateField pack={pack} value={reviewDate} onChange={setReviewDate} min={today} max={latestReviewDate(pack, today)} />
      {/* Needed where no warning letter of that day is on record (decide() refuses without it; the terms above say which). */}
      {warning.kind === "given" && (
        <Checkbox
          checked={warningChecked}
          onChange={(_e, d) => setWarningChecked(d.checked === true)}
          label={`I have checked the case file: the written warning${warning.on ? ` of ${longDate(warning.on)}` : ""} was given`}
        />
      )}
      {/* Needed where no recorded contact attached shows the behaviour (decide() refuses without it; the terms above say so). */}
      {noEvidence && (
        <Checkbox
          checked={evidenceChecked}
          onChange={(_e, d) => setEvidenceChecked(d.checked === true)}
          label="I have checked the person's contacts in the case file (calls and letters too): the behaviour this restricts is recorded there"
          data-testid="evidence-checked"
        />
      )}
      <Field label="Rationale (goes on the record)" required>
        <Textarea value={rationale} onChange={(_e, d) => setRationale(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={outcome.state === "busy" || unproposed !== undefined}
          onClick={() => void run({ ...base, type: "approve", criteriaConfirmed: pack.criteria.filter((c) => confirmed[c.id]).map((c) => c.id), reviewDate }, "Approved: the strategy is in force.")}
        >
          Approve
        </Button>
        <Button disabled={outcome.state === "busy"} onClick={() => void run({ ...base, type: "sendBack" }, "Sent back to the proposer as a draft, with your rationale.")}>
          Send back
        </Button>
        <Button disabled={outcome.state === "busy"} onClick={() => void run({ ...base, type: "reject" }, "Rejected. Nothing applies.")}>
          Reject
        </Button>
      </div>
      <ActionOutcome outcome={outcome} onReload={onDecided} />
    </section>
  );
}

/**
 * The strategy's behaviour as it differs from what the latest proposal naming any names (src/policy/evidence-contacts.ts
 * behaviourProposed): changed in the item without proposing it (T12 #6). None where they agree or no proposal names it.
 */
function behaviourNotProposed(detail: StrategyDetail): Extract<TermChange, { term: "categories" }> | undefined {
  const named = behaviourProposed(detail.proposals);
  const now = detail.strategy.value.categories;
  if (!named) return undefined;
  const added = now.filter((c) => !named.includes(c));
  const removed = named.filter((c) => !now.includes(c));
  return added.length || removed.length ? { term: "categories", added, removed } : undefined;
}
