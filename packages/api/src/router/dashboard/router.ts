import { createTRPCRouter } from "../../trpc";
import { getStockByBand } from "./get-stock-by-band";

export const dashboardRouter = createTRPCRouter({ getStockByBand });
