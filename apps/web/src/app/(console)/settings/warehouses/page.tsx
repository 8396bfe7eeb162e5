import { WarehousesView } from "./warehouses-view";

export default function WarehousesPage() {
  return <WarehousesView />;
}
