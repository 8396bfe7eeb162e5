import { createTRPCRouter } from "../../trpc";
import { getFilterOptions } from "./get-filter-options";
import { listBatches } from "./list-batches";

export const batchRouter = createTRPCRouter({ list: listBatches, filterOptions: getFilterOptions });
