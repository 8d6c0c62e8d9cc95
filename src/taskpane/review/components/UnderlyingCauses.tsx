import { Caption1, Checkbox, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { PolicyPack } from "../../../policy/packs/schema";

/**
 * Warwickshire 4: questions to ask before deciding how to manage behaviour — poor
 * communication on our side can be the cause. A prompt for the caseworker, not stored.
 */
export function UnderlyingCauses({ pack }: { pack: PolicyPack }) {
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  if (pack.underlyingCauses.length === 0) return null;
  return (
    <section aria-labelledby="causes-heading" data-testid="underlying-causes">
      <Subtitle2 block as="h2" id="causes-heading">
        Before deciding: underlying causes
      </Subtitle2>
      <Caption1 block as="p" data-testid="causes-not-saved">
        Questions to ask yourself. Your ticks are not saved or recorded.
      </Caption1>
      {pack.underlyingCauses.map((cause) => (
        <div key={cause.id}>
          <Checkbox label={cause.label} checked={checked[cause.id] ?? false} onChange={(_e, data) => setChecked((c) => ({ ...c, [cause.id]: data.checked === true }))} />
        </div>
      ))}
    </section>
  );
}
