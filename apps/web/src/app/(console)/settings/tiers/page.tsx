import { TierSettingsView } from "./tier-settings-view";

export default function TierSettingsPage() {
  return <TierSettingsView />;
}
