import { createTRPCRouter } from "../../trpc";
import { deletePolicy } from "./delete-policy";
import { getPolicies } from "./get-policies";
import { previewPolicy } from "./preview-policy";
import { retierNow } from "./retier-now";
import { savePolicy } from "./save-policy";

export const tieringRouter = createTRPCRouter({
  getPolicies,
  savePolicy,
  deletePolicy,
  previewPolicy,
  retierNow,
});
