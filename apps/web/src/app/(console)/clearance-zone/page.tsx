import { ClearanceZoneView } from "./clearance-zone-view";

export default function ClearanceZonePage() {
  return <ClearanceZoneView />;
}
