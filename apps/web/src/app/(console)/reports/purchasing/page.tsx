import { PurchasingView } from "./purchasing-view";

export default function PurchasingPage() {
  return <PurchasingView />;
}
