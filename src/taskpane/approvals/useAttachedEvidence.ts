import { judgeAttached } from "../../app/strategy/actions";
import { attachedContacts, contactsShowingBehaviour, type EvidenceJudged } from "../../policy/evidence-contacts";
import type { ContactStrategy } from "../../policy/strategy";
import { useServices } from "../services";
import { useLoad } from "../shared/useLoad";

/**
 * The proposal's attached contacts judged on the ContactLog once for the approval screen: its terms show them and its
 * decision offers the evidence tick on the same judgement (each reading it for itself read the ContactLog twice, T11
 * f10). Judged at once when nothing is attached; undefined while the ContactLog is read. decide() judges again when the
 * authoriser decides, on the ContactLog as it then is.
 */
export function useAttachedEvidence(strategy: ContactStrategy): EvidenceJudged | undefined {
  const { store } = useServices();
  const attached = attachedContacts(strategy).length > 0;
  const [judging] = useLoad(async () => (attached ? judgeAttached(store, strategy) : undefined), [store, strategy]);
  if (!attached) return contactsShowingBehaviour(strategy, { records: [] });
  return judging.state === "done" ? judging.value : undefined;
}
