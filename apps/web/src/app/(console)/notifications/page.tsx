import { NotificationsView } from "./notifications-view";

export default function NotificationsPage() {
  return <NotificationsView />;
}
