import { PosKeysView } from "./pos-keys-view";

export default function PosSettingsPage() {
  return <PosKeysView />;
}
