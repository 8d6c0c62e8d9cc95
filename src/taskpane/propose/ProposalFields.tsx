import { Button, Caption1, Checkbox, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { FieldGroup } from "../shared/FieldGroup";
import { useState } from "react";
import type { ProposalSeed } from "../../app/strategy/proposal";
import { addedOutsideNote, evidenceOf } from "../../app/strategy/proposal";
import { normaliseAddress, strategyAddressProblem } from "../../policy/address";
import { useServices } from "../services";
import { longDate } from "../../policy/calendar";
import type { CategoryId, SubTypeId } from "../../policy/categories";
import type { PolicyPack } from "../../policy/packs/schema";
import type { ContactStrategy, PriorWarning } from "../../policy/strategy";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  nested: { paddingInlineStart: tokens.spacingHorizontalXXL },
});

type Edit = (patch: Partial<ContactStrategy>) => void;

/** The person and their addresses: those the message and the index know, and any the caseworker adds. */
export function PersonFields({ draft, seed, edit }: { draft: ContactStrategy; seed: ProposalSeed; edit: Edit }) {
  const styles = useStyles();
  const [extra, setExtra] = useState("");
  const [problem, setProblem] = useState<string>();
  const { staffDomains } = useServices().config;
  const known = [...new Set([...seed.addresses, ...draft.addresses])];
  const add = () => {
    const refused = strategyAddressProblem(extra, staffDomains);
    if (refused) return setProblem(refused);
    const result = normaliseAddress(extra);
    if (!result.ok) return setProblem(result.reason);
    setProblem(undefined);
    setExtra("");
    if (!draft.addresses.includes(result.address)) edit({ addresses: [...draft.addresses, result.address] });
  };
  return (
    <>
      <Field label="Person" required>
        <Input value={draft.person.displayName} onChange={(_e, d) => edit({ person: { ...draft.person, displayName: d.value } })} />
      </Field>
      <Field label="Case reference">
        <Input value={draft.person.reference ?? ""} onChange={(_e, d) => edit({ person: d.value ? { ...draft.person, reference: d.value } : { displayName: draft.person.displayName } })} />
      </Field>
      <FieldGroup label="Addresses this strategy covers" required>
        {known.map((address) => (
          <Checkbox
            key={address}
            label={address}
            checked={draft.addresses.includes(address)}
            onChange={(_e, d) => edit({ addresses: d.checked === true ? [...draft.addresses, address] : draft.addresses.filter((a) => a !== address) })}
          />
        ))}
      </FieldGroup>
      <div className={styles.row}>
        <Field label="Another address (email or phone)" validationState={problem ? "error" : "none"} validationMessage={problem}>
          <Input value={extra} onChange={(_e, d) => setExtra(d.value)} />
        </Field>
        <Button onClick={add}>Add address</Button>
      </div>
    </>
  );
}

/** The recorded contacts that justify the proposal (Warwickshire 7: the reasons "clearly articulated"). */
export function EvidenceField({ draft, seed, edit }: { draft: ContactStrategy; seed: ProposalSeed; edit: Edit }) {
  const chosen = new Set((draft.evidence ?? []).map((e) => e.internetMessageId));
  // Records added outside the add-in in a colleague's name are listed apart, never offered as evidence (T19-3).
  const outside = addedOutsideNote(seed);
  const apart = outside && (
    <Caption1 block data-testid="evidence-added-outside">
      {outside}
    </Caption1>
  );
  if (seed.contacts.length === 0)
    return (
      <FieldGroup label="Recorded contacts">
        <Caption1>No contacts from these addresses are recorded in the last year. Record the messages first, so the evidence is on file.</Caption1>
        {apart}
      </FieldGroup>
    );
  return (
    <FieldGroup label="Recorded contacts that justify it">
      {seed.contacts.map((c) => (
        <Checkbox
          key={c.internetMessageId}
          label={`${longDate(c.receivedAt.slice(0, 10))} — ${c.subject || "(no subject)"}${c.categories.length ? ` (${c.categories.join(", ")})` : ""}`}
          checked={chosen.has(c.internetMessageId)}
          onChange={(_e, d) => {
            const rest = (draft.evidence ?? []).filter((e) => e.internetMessageId !== c.internetMessageId);
            edit({ evidence: d.checked === true ? [...rest, evidenceOf(c)] : rest });
          }}
        />
      ))}
      {apart}
    </FieldGroup>
  );
}

/** The behaviour, in the pack's categories and sub-types (Warwickshire 3.1, 3.2; Gwent 4.0–6.0). */
export function BehaviourFields({ draft, pack, edit }: { draft: ContactStrategy; pack: PolicyPack; edit: Edit }) {
  const styles = useStyles();
  const subTypes = draft.subTypes ?? [];
  const toggleCategory = (id: CategoryId, on: boolean) => {
    const category = pack.categories.find((c) => c.canonical === id)!;
    edit({
      categories: on ? [...draft.categories, id] : draft.categories.filter((c) => c !== id),
      subTypes: on ? subTypes : subTypes.filter((s) => !category.subTypes.some((t) => t.id === s)),
    });
  };
  return (
    <FieldGroup label="Behaviour" required>
      {pack.categories.map((category) => (
        <div key={category.id}>
          <Checkbox label={category.label} checked={draft.categories.includes(category.canonical)} onChange={(_e, d) => toggleCategory(category.canonical, d.checked === true)} />
          {draft.categories.includes(category.canonical) && (
            <div className={styles.nested}>
              {category.subTypes.map((s) => (
                <Checkbox
                  key={s.id}
                  label={s.label}
                  checked={subTypes.includes(s.id as SubTypeId)}
                  onChange={(_e, d) => edit({ subTypes: d.checked === true ? [...subTypes, s.id as SubTypeId] : subTypes.filter((x) => x !== s.id) })}
                />
              ))}
            </div>
          )}
        </div>
      ))}
    </FieldGroup>
  );
}

/** The written warning given first (Gwent 7.0; Warwickshire 6), or the exception with its recorded threat and note. */
export function WarningField({ draft, pack, edit }: { draft: ContactStrategy; pack: PolicyPack; edit: Edit }) {
  const styles = useStyles();
  const warning = draft.priorWarning;
  const exception = pack.priorWarning.exception;
  const choose = (kind: PriorWarning["kind"]) =>
    edit({ priorWarning: kind === "given" ? { kind, on: "" } : kind === "exception" ? { kind, reason: "threatsOrViolence", note: "" } : { kind: "none" } });
  return (
    <Field label="Written warning">
      <RadioGroup value={warning.kind} onChange={(_e, d) => choose(d.value as PriorWarning["kind"])}>
        <Radio value="given" label="A written warning was given" />
        {exception && <Radio value="exception" label={`No warning: ${exception.when}`} />}
        <Radio value="none" label="No warning yet: save as a draft (it cannot be submitted until a warning is given)" />
      </RadioGroup>
      {warning.kind === "given" && (
        <div className={styles.nested}>
          <Field label="Date of the warning" required>
            <Input type="date" value={warning.on} onChange={(_e, d) => edit({ priorWarning: { ...warning, on: d.value } })} />
          </Field>
          <Field label="Its reference">
            <Input value={warning.reference ?? ""} onChange={(_e, d) => edit({ priorWarning: d.value ? { ...warning, reference: d.value } : { kind: "given", on: warning.on } })} />
          </Field>
        </div>
      )}
      {warning.kind === "exception" && (
        <div className={styles.nested}>
          <Field label="Why no warning was given (goes on the record)" required hint="The behaviour must be recorded above as one the exception names, e.g. a threat.">
            <Textarea value={warning.note} onChange={(_e, d) => edit({ priorWarning: { ...warning, note: d.value } })} />
          </Field>
        </div>
      )}
    </Field>
  );
}

/** The Equality Act 2010 duty (Warwickshire 5; Gwent 7.0 criterion 4): considered, and what was considered written down. */
export function AdjustmentsField({ draft, edit }: { draft: ContactStrategy; edit: Edit }) {
  const { considered, notes } = draft.reasonableAdjustments;
  return (
    <FieldGroup label="Reasonable adjustments (Equality Act 2010)" required>
      <Checkbox label="Reasonable adjustments were considered" checked={considered} onChange={(_e, d) => edit({ reasonableAdjustments: { considered: d.checked === true, notes } })} />
      <Textarea aria-label="Which adjustments were considered or put in place" placeholder="Which adjustments were considered or put in place" value={notes} onChange={(_e, d) => edit({ reasonableAdjustments: { considered, notes: d.value } })} />
    </FieldGroup>
  );
}
