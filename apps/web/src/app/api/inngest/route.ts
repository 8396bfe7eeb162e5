import { functions, inngest } from "@shelfloop/jobs";
import { serve } from "inngest/next";

// Inngest calls this route to register (PUT) and run (POST) the functions; GET describes the app.
export const { GET, POST, PUT } = serve({ client: inngest, functions });
