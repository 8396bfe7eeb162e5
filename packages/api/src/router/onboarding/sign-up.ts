import { signUp as signUpService } from "@shelfloop/db";
import { publicProcedure } from "../../trpc";
import { signUpInput } from "./onboarding.types";

/** Creates a tenant and its owner; the console then signs the owner in. */
export const signUp = publicProcedure
  .input(signUpInput)
  .mutation(({ ctx, input }) => signUpService(ctx.db, input).then(() => ({ ok: true as const })));
