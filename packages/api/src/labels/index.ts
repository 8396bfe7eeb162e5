export { handleLabelPdf, type LabelPdfDeps } from "./handler";
