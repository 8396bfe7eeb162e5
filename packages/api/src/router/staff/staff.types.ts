import { z } from "zod";
import { contactFields } from "../fields.types";

const warehouseIds = z.array(z.uuid("仓库参数无效")).max(100);

export const inviteInput = z
  .object({ role: z.enum(["ADMIN", "MANAGER", "STAFF", "VIEWER"], "请选择角色"), warehouseIds })
  .and(contactFields);

export const updateMemberInput = z.object({
  id: z.uuid(),
  role: z.enum(["OWNER", "ADMIN", "MANAGER", "STAFF", "VIEWER"]),
  warehouseIds,
});

export const idInput = z.object({ id: z.uuid() });
