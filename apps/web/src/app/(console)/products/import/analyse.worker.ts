// Reading a large .xlsx (unzip + XML) and validating 20,000 rows takes seconds; here they do not
// freeze the page. Started by analyse-in-worker.ts.
import { analyseCatalogueFile } from "./analyse";
import type { AnalyseReply, AnalyseRequest } from "./analyse-in-worker";

self.onmessage = async ({ data }: MessageEvent<AnalyseRequest>) => {
  let reply: AnalyseReply;
  try {
    reply = { preview: await analyseCatalogueFile(data.file, data.file.name, data.existing) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
