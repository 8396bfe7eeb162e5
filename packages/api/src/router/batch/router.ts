import { createTRPCRouter } from "../../trpc";
import { getAdvice } from "./get-advice";
import { getBatch } from "./get-batch";
import { getFilterOptions } from "./get-filter-options";
import { listBatches } from "./list-batches";

export const batchRouter = createTRPCRouter({
  list: listBatches,
  get: getBatch,
  advice: getAdvice,
  filterOptions: getFilterOptions,
});
