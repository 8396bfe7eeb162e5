import { z } from "zod";

export const createKeyInput = z.object({
  warehouseId: z.uuid("请选择门店"),
  name: z.string().trim().min(1, "请填写名称，例如“1 号收银台”").max(50, "名称最多 50 个字符"),
});

export const keyIdInput = z.object({ id: z.uuid() });
