import { createTRPCRouter } from "../../trpc";
import { createKey } from "./create-key";
import { listKeys } from "./list-keys";
import { revokeKey } from "./revoke-key";

export const posRouter = createTRPCRouter({ listKeys, createKey, revokeKey });
