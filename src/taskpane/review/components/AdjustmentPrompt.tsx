import { Body1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { AdjustmentAsk, AdjustmentAskKind } from "../../../policy/adjustments-asked";
import { cite } from "../../../policy/packs/cite";
import type { PolicyPack } from "../../../policy/packs/schema";
import { PolicyRef } from "../../shared/PolicyRef";

const useStyles = makeStyles({ list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL } });

/** What to consider for each thing asked: plain steps, the reasonable ones for the office to make. */
const STEPS: Readonly<Record<AdjustmentAskKind, string>> = {
  need: "Take what they tell you about their needs at face value: do not ask for proof.",
  largePrint: "Send letters to them in large print: the letters below are set to large print.",
  otherFormat: "Ask for the format they need (easy read, Braille, audio) to be prepared for letters to them.",
  someoneToSpeak: "Before anyone else speaks for them, confirm with them who that is and what may be discussed with them, and note it.",
  interpreter: "Arrange an interpreter (or British Sign Language) for calls and meetings with them.",
};

/**
 * The message tells us of a need or asks for an adjustment (Taylor Hughes: "I am partially sighted … send your letters
 * in large print, and allow my sister to speak for me"): the office must consider reasonable adjustments (Equality Act
 * 2010; Warwickshire 5, Gwent 7.0), so the pane says what was asked, in their words, and what to do — and that any
 * contact strategy must record them.
 */
export function AdjustmentPrompt({ asks, pack, name }: { asks: readonly AdjustmentAsk[]; pack: PolicyPack; name: string }) {
  const styles = useStyles();
  if (asks.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="adjustment-prompt">
      <MessageBarBody>
        <MessageBarTitle>Reasonable adjustments asked for</MessageBarTitle>
        <Body1 block>
          {name} wrote: {asks.map((a) => `“${a.words}”`).join(", ")}. Consider the reasonable adjustments this needs (Equality Act 2010;{" "}
          <PolicyRef reference={cite(pack.reasonableAdjustments.source)} pack={pack} />
          ):
        </Body1>
        <ul className={styles.list}>
          {asks.map((a) => (
            <li key={a.kind}>{STEPS[a.kind]}</li>
          ))}
          <li>Say in your decision&rsquo;s note what was asked and done; a contact strategy for them must record it under reasonable adjustments.</li>
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
