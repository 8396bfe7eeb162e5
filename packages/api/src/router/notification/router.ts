import { createTRPCRouter } from "../../trpc";
import { list } from "./list";
import { markRead } from "./mark-read";
import { unreadCount } from "./unread-count";

export const notificationRouter = createTRPCRouter({ list, unreadCount, markRead });
