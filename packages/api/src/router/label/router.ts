import { createTRPCRouter } from "../../trpc";
import { status } from "./status";

export const labelRouter = createTRPCRouter({ status });
