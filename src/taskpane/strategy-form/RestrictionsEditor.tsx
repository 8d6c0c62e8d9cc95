import { Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { CHANNEL_WORDS, type Channel } from "../../policy/categories";
import type { PolicyPack } from "../../policy/packs/schema";
import { restrictionProblem, type Restriction, type RestrictionKind } from "../../policy/restrictions";
import { cite } from "../../policy/packs/cite";
import { citeInWords } from "../../app/cite-words";
import { FieldGroup } from "../shared/FieldGroup";

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalXXL },
});

/** What each option starts as when ticked: the caseworker fills in the rest. */
function blank(kind: RestrictionKind, pack: PolicyPack): Restriction {
  switch (kind) {
    case "phoneTimeLimit":
      return { kind, minutes: 15 };
    case "singleChannel":
      return { kind, channel: pack.channels.some((c) => c.channel === "email") ? "email" : pack.channels[0]!.channel };
    case "dedicatedAddress":
      return { kind, address: "", divertToFolder: "Contact strategy" };
    case "blockedAddress":
      return { kind, address: "" };
    case "advocateOnly":
      return { kind };
    case "singlePointOfContact":
      return { kind, spoc: { upn: "", displayName: "" } };
    case "readAndFile":
      return { kind };
    case "noReopeningClosedCase":
      return { kind };
    case "other":
      return { kind, description: "" };
  }
}

/**
 * Restrictions from the pack's typed catalogue (Gwent 8.0; Warwickshire 7): one checkbox per
 * option the office's policy offers, each with what it needs (minutes, channel, address, the
 * single point of contact), in the pack's order. What is missing is said beside the option.
 */
export function RestrictionsEditor({ pack, value, onChange, showProblems }: { pack: PolicyPack; value: Restriction[]; onChange: (next: Restriction[]) => void; showProblems: boolean }) {
  const styles = useStyles();
  const set = (kind: RestrictionKind, next: Restriction | undefined) => {
    const others = value.filter((r) => r.kind !== kind);
    const order = (r: Restriction) => pack.restrictionOptions.findIndex((o) => o.kind === r.kind);
    onChange((next ? [...others, next] : others).sort((a, b) => order(a) - order(b)));
  };
  return (
    <FieldGroup label="Restrictions (from the policy)" required>
      {pack.restrictionOptions.map((option) => {
        const current = value.find((r) => r.kind === option.kind);
        const problem = current && showProblems ? restrictionProblem(current) : undefined;
        return (
          <div key={option.kind}>
            <Checkbox label={`${option.label} (${citeInWords(cite(option.source), pack)})`} checked={Boolean(current)} onChange={(_e, d) => set(option.kind, d.checked === true ? blank(option.kind, pack) : undefined)} />
            {current && (
              <div className={styles.option}>
                <Parameters restriction={current} pack={pack} onChange={(r) => set(option.kind, r)} />
                {problem && (
                  <Field validationState="error" validationMessage={problem}>
                    <span />
                  </Field>
                )}
              </div>
            )}
          </div>
        );
      })}
    </FieldGroup>
  );
}

function Parameters({ restriction: r, pack, onChange }: { restriction: Restriction; pack: PolicyPack; onChange: (r: Restriction) => void }) {
  switch (r.kind) {
    case "phoneTimeLimit":
      return (
        <Field label="Longest call, in minutes">
          <Input type="number" min={1} max={240} value={String(r.minutes)} onChange={(_e, d) => onChange({ ...r, minutes: Number(d.value) })} />
        </Field>
      );
    case "singleChannel":
      return (
        <Field label="The one method of contact">
          <Select value={r.channel} onChange={(_e, d) => onChange({ ...r, channel: d.value as Channel })}>
            {pack.channels.map((c) => (
              <option key={c.channel} value={c.channel}>
                {CHANNEL_WORDS[c.channel]}
              </option>
            ))}
          </Select>
        </Field>
      );
    case "dedicatedAddress":
      return (
        <>
          <Field label="Dedicated address">
            <Input value={r.address} onChange={(_e, d) => onChange({ ...r, address: d.value })} />
          </Field>
          <Field label="Folder its mail is diverted to">
            <Input value={r.divertToFolder} onChange={(_e, d) => onChange({ ...r, divertToFolder: d.value })} />
          </Field>
        </>
      );
    case "blockedAddress":
      return (
        <Field label="Address blocked">
          <Input value={r.address} onChange={(_e, d) => onChange({ ...r, address: d.value })} />
        </Field>
      );
    case "advocateOnly":
      return (
        <Field label="Advocate's name (if known)">
          <Input value={r.advocateName ?? ""} onChange={(_e, d) => onChange(d.value ? { ...r, advocateName: d.value } : { kind: r.kind })} />
        </Field>
      );
    case "singlePointOfContact":
      return (
        <>
          <Field label="Single point of contact: name">
            <Input value={r.spoc.displayName} onChange={(_e, d) => onChange({ ...r, spoc: { ...r.spoc, displayName: d.value } })} />
          </Field>
          <Field label="Single point of contact: sign-in address">
            <Input type="email" value={r.spoc.upn} onChange={(_e, d) => onChange({ ...r, spoc: { ...r.spoc, upn: d.value } })} />
          </Field>
        </>
      );
    case "noReopeningClosedCase":
      return (
        <Field label="Case reference (if any)">
          <Input value={r.caseReference ?? ""} onChange={(_e, d) => onChange(d.value ? { ...r, caseReference: d.value } : { kind: r.kind })} />
        </Field>
      );
    case "other":
      return (
        <Field label="What the restriction is">
          <Input value={r.description} onChange={(_e, d) => onChange({ ...r, description: d.value })} />
        </Field>
      );
    case "readAndFile":
      return null;
  }
}
