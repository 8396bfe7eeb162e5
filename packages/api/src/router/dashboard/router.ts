import { createTRPCRouter } from "../../trpc";
import { getSetupProgress } from "./get-setup-progress";
import { getStockByBand } from "./get-stock-by-band";

export const dashboardRouter = createTRPCRouter({ getStockByBand, getSetupProgress });
