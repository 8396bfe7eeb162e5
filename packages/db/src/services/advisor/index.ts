export { type BatchAdvice, batchMarkdownAdvice } from "./batch-advice";
