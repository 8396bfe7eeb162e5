export {
  deleteEndpoint,
  type EndpointInput,
  listEndpoints,
  publicEndpoint,
  robotFor,
  saveEndpoint,
} from "./endpoints";
export {
  listNotifications,
  markNotificationsRead,
  type NotificationInput,
  notifyMembers,
  unreadCount,
} from "./notifications";
export { sendTestMessage } from "./test-message";
