import { DashboardView } from "./dashboard-view";

export default function DashboardPage() {
  return <DashboardView />;
}
