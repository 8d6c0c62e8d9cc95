import { useEffect, useState } from "react";
import type { Repair } from "../../app/records/reconcile";
import { describeStoreError } from "../errors";
import { useServices } from "../services";

export type StartCheck = { state: "checking" } | { state: "clean" } | { state: "repaired"; repairs: Repair[] } | { state: "failed"; message: string } | { state: "siteOutOfDate"; message: string; repairs: Repair[] } | { state: "dismissed" };

/**
 * Runs the records check once when the pane starts (src/app/records/start-check.ts), after first
 * paint and loaded on demand, and says what it repaired — or that it could not check, so a
 * half-written record is never silently ignored.
 */
export function useStartCheck(): [StartCheck, () => void] {
  const { store, index, user, now } = useServices();
  const [check, setCheck] = useState<StartCheck>({ state: "checking" });
  useEffect(() => {
    let current = true;
    import("../../app/records/start-check")
      .then(async ({ checkOnStart, unfinishedRepairs, siteGapWords }) => {
        const report = await checkOnStart(store, user.emailAddress, now());
        // Rows written again: the sender index reads them now, so the person's banner shows on their next message.
        if (report.repaired.some((r) => r.what === "addressRows")) await index.refresh();
        return { report, unfinished: unfinishedRepairs(report), site: siteGapWords(report) };
      })
      .then(
        ({ report, unfinished, site }) =>
          current &&
          setCheck(
            unfinished
              ? { state: "failed", message: unfinished }
              : site
                ? { state: "siteOutOfDate", message: site, repairs: report.repaired }
                : report.repaired.length
                  ? { state: "repaired", repairs: report.repaired }
                  : { state: "clean" },
          ),
        (error: unknown) => current && setCheck({ state: "failed", message: describeStoreError(error) }),
      );
    return () => {
      current = false;
    };
  }, [store, index, user.emailAddress, now]);
  return [check, () => setCheck({ state: "dismissed" })];
}
