import { ImportView } from "./import-view";

export default function ImportProductsPage() {
  return <ImportView />;
}
