import { StaffView } from "./staff-view";

export default function StaffPage() {
  return <StaffView />;
}
