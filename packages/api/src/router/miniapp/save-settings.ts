import { saveMiniappSettings } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { miniappSettingsInput } from "./miniapp.types";

export const saveSettings = roleProcedure("ADMIN")
  .input(miniappSettingsInput)
  .mutation(({ ctx, input }) => saveMiniappSettings(ctx.tx, ctx.tenant, input));
