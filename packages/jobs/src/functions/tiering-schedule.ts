import { inngest } from "../client";
import type { TieringDeps } from "../deps";
import { fanOutRetier } from "./fan-out";

/** Every hour (on the hour, China time): ask for every tenant to be re-tiered. */
export const TIERING_SCHEDULE_CRON = "TZ=Asia/Shanghai 0 * * * *";

export function createTieringSchedule(deps: Pick<TieringDeps, "listTenants" | "now">) {
  return inngest.createFunction(
    { id: "tiering-schedule", name: "Tiering: hourly schedule", triggers: [{ cron: TIERING_SCHEDULE_CRON }] },
    ({ step }) => fanOutRetier(step, deps, "schedule"),
  );
}
