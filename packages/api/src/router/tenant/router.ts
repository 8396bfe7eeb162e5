import { createTRPCRouter } from "../../trpc";
import { getCurrent } from "./get-current";

export const tenantRouter = createTRPCRouter({ current: getCurrent });
