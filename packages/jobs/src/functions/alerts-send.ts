import { NonRetriableError } from "inngest";
import { inngest } from "../client";
import type { AlertDeps } from "../deps";
import { type RobotSendData, robotSend } from "../events";

/** Both platforms allow 20 messages a minute per robot. */
export const ROBOT_THROTTLE = { limit: 20, period: "1m", key: "event.data.endpointId" } as const;

/**
 * Records a delivery that failed for good (a permanent failure, or retries exhausted) on its endpoint.
 * `event` is the original alert/robot.send; `error` the run's final error.
 */
export async function recordSendFailure(
  deps: Pick<AlertDeps, "recordEndpointFailure">,
  event: { data: Pick<RobotSendData, "tenantId" | "endpointId"> },
  error: { message: string },
) {
  const { tenantId, endpointId } = event.data;
  return deps.recordEndpointFailure(tenantId, endpointId, { message: error.message });
}

/**
 * Sends one alert/robot.send through its robot, at most 20 a minute per endpoint. A retryable failure
 * (rate limit, platform busy, network) throws and Inngest retries with backoff; a permanent one throws
 * NonRetriableError. When the run fails for good, `onFailure` counts the failure on the endpoint.
 */
export function createAlertsSend(deps: Pick<AlertDeps, "sendEndpointMessage" | "recordEndpointFailure">) {
  return inngest.createFunction(
    {
      id: "alerts-send",
      name: "Alerts: send one robot message",
      triggers: [robotSend],
      throttle: { ...ROBOT_THROTTLE },
      retries: 3,
      onFailure: async ({ event, error, step }) => {
        const original = event.data.event as { data: Pick<RobotSendData, "tenantId" | "endpointId"> };
        return step.run("record-failure", () => recordSendFailure(deps, original, error));
      },
    },
    async ({ event, step }) => {
      const { tenantId, endpointId, message } = event.data;
      return step.run("send", async () => {
        const result = await deps.sendEndpointMessage(tenantId, endpointId, message);
        if ("skipped" in result || result.ok) return result;
        const detail = `${result.message}（${result.code}：${result.platformMessage}）`;
        if (result.retryable) throw new Error(result.message, { cause: detail });
        throw new NonRetriableError(result.message, { cause: detail });
      });
    },
  );
}
