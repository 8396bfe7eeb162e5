import { MiniappSettingsView } from "./miniapp-settings-view";

export default function MiniappSettingsPage() {
  return <MiniappSettingsView />;
}
