import { listEndpoints as listEndpointsService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";

export const listEndpoints = roleProcedure("ADMIN").query(({ ctx }) => listEndpointsService(ctx.tx));
