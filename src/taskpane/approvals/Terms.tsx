import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { describeRestriction } from "../../app/restriction-text";
import { strategyAddressProblem } from "../../policy/address";
import { longDate } from "../../policy/calendar";
import { CHANNEL_WORDS } from "../../policy/categories";
import type { PolicyPack } from "../../policy/packs/schema";
import { warningLettersFor, type WarningLetters } from "../../app/letter-trust";
import { holdsRole } from "../../policy/roster";
import type { ContactStrategy, PriorWarning } from "../../policy/strategy";
import { useServices } from "../services";
import { attachedContacts, contactsShowingBehaviour, noEvidenceWords, type EvidenceJudged } from "../../policy/evidence-contacts";
import { useLoad } from "../shared/useLoad";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/**
 * The strategy item's terms as proposed (or as they now stand), and the evidence offered for them: `evidence`, the
 * screen's one judgement of the attached contacts on the ContactLog (undefined while it is read).
 */
export function Terms({ strategy: s, pack, evidence }: { strategy: ContactStrategy; pack: PolicyPack; evidence?: EvidenceJudged | undefined }) {
  const styles = useStyles();
  const label = (canonical: string) => pack.categories.find((c) => c.canonical === canonical)?.label ?? canonical;
  const subLabel = (id: string) => pack.categories.flatMap((c) => c.subTypes).find((t) => t.id === id)?.label ?? id;
  const { store, config, roster, now } = useServices();
  // An address a strategy may not list (the office's own, a wildcard), as a record made before the refusal may hold (T7 #14).
  const refused = s.addresses.flatMap((a) => strategyAddressProblem(a, config.staffDomains) ?? []);
  // Warning letters sent to any of their addresses: a date typed in the form is the proposer's word until one that counts
  // is on record (judged as decide() judges it: not the proposer's own, audited, not backdated — T8 #1).
  const [letters] = useLoad(
    async () => warningLettersFor(store, s, { now: now(), isAuthoriser: (upn) => holdsRole(roster, { upn, displayName: "" }, pack.authoriser.role), proposers: s.history.filter((h) => h.type === "propose").map((h) => h.by) }),
    [store, s, roster, pack],
  );
  const sent = letters.state === "done" ? letters.value : letters.state === "failed" ? "unknown" : undefined;
  // The attached contacts as the ContactLog records them, judged as decide() judges them (T10 #1): the proposal's copy is the proposer's word.
  const judged = attachedContacts(s).length > 0 ? evidence : contactsShowingBehaviour(s, { records: [] });
  // The behaviour the contacts are judged against is what both the proposal on record and the item name; the item's may have
  // been edited since without proposing it (T12 #6, T13 #6).
  const judgedAgainst = judged?.behaviour;
  const unproposed = judgedAgainst === undefined ? [] : s.categories.filter((c) => !judgedAgainst.includes(c));
  return (
    <section className={styles.section} aria-labelledby="terms-heading" data-testid="terms">
      <Subtitle2 as="h3" id="terms-heading">
        What is {s.status === "active" || s.status === "underReview" ? "recorded" : "proposed"}
      </Subtitle2>
      <Body1>Addresses: {s.addresses.join(", ")}</Body1>
      {refused.length > 0 && (
        <MessageBar intent="error" data-testid="addresses-refused">
          <MessageBarBody>
            <MessageBarTitle>Addresses a strategy may not cover</MessageBarTitle>
            {refused.join(" ")} Do not approve it with them: send it back to have them removed.
          </MessageBarBody>
        </MessageBar>
      )}
      <Body1>
        Behaviour: {s.categories.map(label).join(", ")}
        {s.subTypes?.length ? ` — ${s.subTypes.map(subLabel).join("; ")}` : ""}
      </Body1>
      {judgedAgainst && unproposed.length > 0 && (
        <Caption1 data-testid="behaviour-not-proposed">
          The proposal on record does not name {unproposed.map(label).join(", ")}: the strategy was changed since without proposing it, and the recorded contacts are judged only against behaviour both name ({judgedAgainst.map(label).join(", ") || "none"}).
        </Caption1>
      )}
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
      <Body1 data-testid="terms-warning">Written warning: {warningWords(s.priorWarning, sent)}</Body1>
      {s.reviewDate && <Body1>Review date: {longDate(s.reviewDate)}</Body1>}
      <Evidence strategy={s} judged={judged} label={label} />
    </section>
  );
}

/**
 * The recorded contacts a proposal attaches, each as the ContactLog records it (its subject, date and categories: what the
 * judgement used, T11 #7) or, for one not on record there, as the proposal gives it, with why one is not evidence; and,
 * where none is, the warning that approving needs the authoriser's check (`judged` undefined: still reading).
 */
export function Evidence({ strategy: s, judged, label }: { strategy: ContactStrategy; judged: EvidenceJudged | undefined; label: (canonical: string) => string }) {
  const styles = useStyles();
  // Beside one that counts, each that does not says why; with none that counts, the warning below says it for them all.
  const whyNot = (id: string) => (judged?.counted.length ? judged.notCounted.find((n) => n.id === id)?.why : undefined);
  return (
    <>
      <Subtitle2 as="h3">Evidence: recorded contacts</Subtitle2>
      {s.evidence?.length ? (
        <ul className={styles.list} aria-label="Recorded contacts">
          {s.evidence.map((copy) => ({ copy, e: judged?.logged?.find((r) => r.internetMessageId === copy.internetMessageId) ?? copy })).map(({ copy, e }) => (
            <li key={copy.internetMessageId}>
              <Caption1>
                {longDate(e.receivedAt.slice(0, 10))} — {e.subject || "(no subject)"} ({(Array.isArray(e.categories) ? e.categories : []).map(label).join(", ") || "nothing unacceptable"})
                {e !== copy && (copy.subject !== e.subject || copy.receivedAt.slice(0, 10) !== e.receivedAt.slice(0, 10) || copy.categories.join() !== (Array.isArray(e.categories) ? e.categories.join() : "")) && " — as the ContactLog records it, not as the proposal's copy gives it"}
                {whyNot(copy.internetMessageId) && ` — not evidence: ${whyNot(copy.internetMessageId)}`}
              </Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      {judged && judged.counted.length === 0 && (
        <MessageBar intent="warning" data-testid="no-evidence">
          <MessageBarBody>
            <MessageBarTitle>{judged.unreadable ? "The ContactLog could not be read" : s.evidence?.length ? "No recorded contact attached shows unacceptable behaviour" : "No recorded contact was attached"}</MessageBarTitle>
            {noEvidenceWords(s, judged)} Approving it needs your check of the person's contacts in the case file (calls and letters too).
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/**
 * The warning as the record supports it: a date typed in the proposal is the proposer's word, said so, unless a
 * warning letter sent on that date that counts is on record (Warwickshire 6: the warning is given in writing); one of that
 * day that does not count is named, with why (T8 #1).
 */
export function warningWords(warning: PriorWarning, sent: Pick<WarningLetters, "counted" | "doubted"> | "unknown" | undefined): string {
  if (warning.kind === "exception") return `not given — ${warning.note}`;
  if (warning.kind === "none") return "none yet";
  const given = `given on ${warning.on ? longDate(warning.on) : "(no date)"}${warning.reference ? ` (${warning.reference})` : ""}`;
  if (sent === undefined) return given;
  if (sent === "unknown") return `${given} — entered by the proposer; the letters on record could not be read`;
  if (warning.on && sent.counted.includes(warning.on)) return `${given} — the warning letter is on record`;
  const doubted = sent.doubted.filter((d) => d.on === warning.on);
  if (doubted.length) return `${given} — entered by the proposer; the warning letter of that day on record does not count. ${doubted.flatMap((d) => d.why).join(" ")}`;
  const others = [...new Set([...sent.counted, ...sent.doubted.map((d) => d.on)])].sort();
  return `${given} — entered by the proposer; no warning letter on record${others.length ? ` (letters on record, by their date in the UK: ${others.map(longDate).join(", ")})` : ""}`;
}
