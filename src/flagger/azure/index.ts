import { app } from "@azure/functions";
import { flaggerTimer, targetFromSettings } from "./timer";

/**
 * The Functions app's entry (`npm run build:functions` bundles it into deploy/functions/dist):
 * one timer trigger, every five minutes by default (CSM_FLAGGER_SCHEDULE, NCRONTAB with seconds),
 * never two at once — the timer trigger's singleton lock, so one sweep owns the checkpoints.
 */
let target: ReturnType<typeof targetFromSettings> | undefined;
app.timer("flagger", {
  schedule: process.env.CSM_FLAGGER_SCHEDULE ?? "0 */5 * * * *",
  handler: flaggerTimer(() => (target ??= targetFromSettings(process.env))),
});
