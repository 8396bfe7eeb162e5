import { inngest } from "../client";
import type { TieringDeps } from "../deps";
import { fanOutRetier } from "./fan-out";

/** Daily, just after midnight China time, when batches cross their expiry date. */
export const EXPIRY_SWEEP_CRON = "TZ=Asia/Shanghai 5 0 * * *";

export function createExpirySweep(deps: Pick<TieringDeps, "listTenants" | "now">) {
  return inngest.createFunction(
    { id: "expiry-sweep", name: "Tiering: daily expiry sweep", triggers: [{ cron: EXPIRY_SWEEP_CRON }] },
    ({ step }) => fanOutRetier(step, deps, "expiry-sweep"),
  );
}
