import { Checkbox, Field, Input } from "@fluentui/react-components";
import { CHANNEL_WORDS, type Channel } from "../../policy/categories";
import { longDate } from "../../policy/calendar";
import { FieldGroup } from "../shared/FieldGroup";
import type { PolicyPack } from "../../policy/packs/schema";

/** The channels the person may still use (Warwickshire 7.2: never left unsure how to make contact). */
export function ChannelsField({ pack, value, onChange }: { pack: PolicyPack; value: Channel[]; onChange: (next: Channel[]) => void }) {
  return (
    <FieldGroup label="How the person may still contact the office" required {...(value.length === 0 ? { error: "Choose at least one channel." } : {})}>
      {pack.channels.map(({ channel }) => (
        <Checkbox
          key={channel}
          label={CHANNEL_WORDS[channel]}
          checked={value.includes(channel)}
          onChange={(_e, d) => onChange(d.checked === true ? [...value, channel] : value.filter((c) => c !== channel))}
        />
      ))}
    </FieldGroup>
  );
}

/** The review date, within the pack's maximum from today (Warwickshire 7: "A review date should also be agreed"). */
export function ReviewDateField({ pack, value, onChange, min, max }: { pack: PolicyPack; value: string; onChange: (next: string) => void; min: string; max: string }) {
  const outside = value !== "" && (value < min || value > max);
  return (
    <Field
      label="Review date"
      required
      hint={`No later than ${longDate(max)} (${pack.review.maximumMonths} months).`}
      validationState={outside ? "error" : "none"}
      validationMessage={outside ? `Choose a date from ${longDate(min)} to ${longDate(max)}.` : undefined}
    >
      <Input type="date" min={min} max={max} value={value} onChange={(_e, d) => onChange(d.value)} />
    </Field>
  );
}
