import { AlertSettingsView } from "./alert-settings-view";

export default function AlertSettingsPage() {
  return <AlertSettingsView />;
}
