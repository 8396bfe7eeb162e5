import { createTRPCRouter } from "../../trpc";
import { dashboard } from "./dashboard";
import { purchasingAdvice } from "./purchasing-advice";

export const reportRouter = createTRPCRouter({ dashboard, purchasingAdvice });
