import { createTRPCRouter } from "../../trpc";
import { getSettings } from "./get-settings";
import { saveSettings } from "./save-settings";

export const miniappRouter = createTRPCRouter({ getSettings, saveSettings });
