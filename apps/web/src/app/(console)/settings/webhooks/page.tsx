import { WebhooksView } from "./webhooks-view";

export default function WebhookSettingsPage() {
  return <WebhooksView />;
}
