import { createTRPCRouter } from "../../trpc";
import { approve } from "./approve";
import { cancel } from "./cancel";
import { get } from "./get";
import { list } from "./list";
import { pendingCount } from "./pending-count";
import { reject } from "./reject";

export const promotionRouter = createTRPCRouter({ list, get, approve, reject, cancel, pendingCount });
