import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { robotFor } from "./endpoints";

/** Sends a test message through an endpoint and records the platform's answer on it. */
export async function sendTestMessage(tx: Tx, id: string, tenantName: string) {
  const endpoint = await tx.alertEndpoint.findUnique({ where: { id } });
  if (!endpoint) return null;
  const result = await robotFor(endpoint).send({
    title: "临期通测试消息",
    markdown: `### 临期通测试消息\n${tenantName} 的临期预警将发送到这里（${endpoint.name}）。`,
  });
  await tx.alertEndpoint.update({
    where: { id },
    data: { lastResult: { ...result, at: new Date().toISOString() } as unknown as Prisma.InputJsonValue },
  });
  return result;
}
