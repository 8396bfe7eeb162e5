import { ReportsView } from "./reports-view";

export default function ReportsPage() {
  return <ReportsView />;
}
