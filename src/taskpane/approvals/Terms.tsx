import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { describeRestriction } from "../../app/restriction-text";
import { longDate } from "../../policy/calendar";
import { CHANNEL_WORDS } from "../../policy/categories";
import type { PolicyPack } from "../../policy/packs/schema";
import type { ContactStrategy } from "../../policy/strategy";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The strategy item's terms as proposed (or as they now stand), and the evidence offered for them. */
export function Terms({ strategy: s, pack }: { strategy: ContactStrategy; pack: PolicyPack }) {
  const styles = useStyles();
  const label = (canonical: string) => pack.categories.find((c) => c.canonical === canonical)?.label ?? canonical;
  const subLabel = (id: string) => pack.categories.flatMap((c) => c.subTypes).find((t) => t.id === id)?.label ?? id;
  const warning = s.priorWarning;
  return (
    <section className={styles.section} aria-labelledby="terms-heading" data-testid="terms">
      <Subtitle2 as="h3" id="terms-heading">
        What is {s.status === "active" || s.status === "underReview" ? "recorded" : "proposed"}
      </Subtitle2>
      <Body1>Addresses: {s.addresses.join(", ")}</Body1>
      <Body1>
        Behaviour: {s.categories.map(label).join(", ")}
        {s.subTypes?.length ? ` — ${s.subTypes.map(subLabel).join("; ")}` : ""}
      </Body1>
      <Body1>Reasons: {s.reasons || "(none given)"}</Body1>
      <Body1>Restrictions:</Body1>
      <ul className={styles.list} aria-label="Restrictions proposed">
        {s.restrictions.map((r, i) => (
          <li key={i}>{describeRestriction(r)}</li>
        ))}
      </ul>
      <Body1>Allowed: {s.allowedChannels.map((c) => CHANNEL_WORDS[c]).join(", ")}</Body1>
      {s.singlePointOfContact && <Body1>Single point of contact: {s.singlePointOfContact.displayName}</Body1>}
      <Body1>
        Reasonable adjustments: {s.reasonableAdjustments.considered ? "considered" : "NOT considered"}
        {s.reasonableAdjustments.notes ? ` — ${s.reasonableAdjustments.notes}` : ""}
      </Body1>
      <Body1>
        Written warning:{" "}
        {warning.kind === "given" ? `given on ${warning.on ? longDate(warning.on) : "(no date)"}${warning.reference ? ` (${warning.reference})` : ""}` : warning.kind === "exception" ? `not given — ${warning.note}` : "none yet"}
      </Body1>
      {s.reviewDate && <Body1>Review date: {longDate(s.reviewDate)}</Body1>}
      <Subtitle2 as="h3">Evidence: recorded contacts</Subtitle2>
      {s.evidence?.length ? (
        <ul className={styles.list} aria-label="Recorded contacts">
          {s.evidence.map((e) => (
            <li key={e.internetMessageId}>
              <Caption1>
                {longDate(e.receivedAt.slice(0, 10))} — {e.subject || "(no subject)"} ({e.categories.map(label).join(", ") || "nothing unacceptable"})
              </Caption1>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1>No recorded contact was attached.</Caption1>
      )}
    </section>
  );
}
