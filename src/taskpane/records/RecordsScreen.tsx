import { makeStyles, tokens } from "@fluentui/react-components";
import { useDecider, useServices } from "../services";
import { Notice } from "../shared/Notice";
import { BoardReportPanel } from "./BoardReportPanel";
import { SubjectAccessPanel } from "./SubjectAccessPanel";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/**
 * The manager's records (`#records`): a subject access export and the board's report. Loaded on
 * demand with its chart library, never on first paint; offered to the pack's authoriser only.
 */
export default function RecordsScreen() {
  const styles = useStyles();
  const { pack } = useServices();
  const decider = useDecider();
  if (!decider.authoriser) {
    return (
      <Notice intent="info" title="For the manager">
        Subject access exports and the board report are the {pack.authoriser.title}'s.
      </Notice>
    );
  }
  return (
    <div className={styles.screen} data-testid="records">
      <SubjectAccessPanel />
      <BoardReportPanel />
    </div>
  );
}
