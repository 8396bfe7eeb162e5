import { Inngest } from "inngest";

/** The Shelfloop Inngest app. Events are typed per trigger through `eventType` (see ./events). */
export const inngest = new Inngest({ id: "shelfloop" });
