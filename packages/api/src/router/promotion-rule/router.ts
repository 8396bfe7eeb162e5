import { createTRPCRouter } from "../../trpc";
import { deleteRuleProcedure } from "./delete";
import { list } from "./list";
import { preview } from "./preview";
import { reorder } from "./reorder";
import { save } from "./save";
import { setEnabled } from "./set-enabled";

export const promotionRuleRouter = createTRPCRouter({
  list,
  save,
  setEnabled,
  reorder,
  delete: deleteRuleProcedure,
  preview,
});
