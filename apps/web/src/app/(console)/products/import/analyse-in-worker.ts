import type { ProductValues } from "@shelfloop/core";
import type { ImportPreview } from "./analyse";

export type AnalyseRequest = { file: File; existing: readonly ProductValues[] };
export type AnalyseReply = { preview: ImportPreview } | { error: string };

/** On the page itself, loading the reader only when needed, for when no worker can be started. */
async function analyseHere({ file, existing }: AnalyseRequest): Promise<ImportPreview> {
  const { analyseCatalogueFile } = await import("./analyse");
  return analyseCatalogueFile(file, file.name, existing);
}

/** Reads, validates and plans an uploaded catalogue off the main thread when the browser allows. */
export function analyseInWorker(request: AnalyseRequest): Promise<ImportPreview> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./analyse.worker.ts", import.meta.url));
  } catch {
    return analyseHere(request);
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<AnalyseReply>) => {
      worker.terminate();
      if ("error" in data) reject(new Error(data.error));
      else resolve(data.preview);
    };
    // The worker script itself failed to load or run: do the same work here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      analyseHere(request).then(resolve, reject);
    };
    // A File is passed by reference to its data, not copied.
    worker.postMessage(request);
  });
}
