import { LabelsView } from "./labels-view";

export default function LabelsPage() {
  return <LabelsView />;
}
