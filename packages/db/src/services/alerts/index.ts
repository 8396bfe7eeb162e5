export {
  consoleBaseUrl,
  ENDPOINT_FAILURE_LIMIT,
  type PlannedAlert,
  planTierAlerts,
  recordEndpointFailure,
  sendEndpointMessage,
} from "./deliver";
export {
  buildTierDigest,
  DIGEST_TOP_BATCHES,
  type DigestBatch,
  describeRemaining,
  digestLink,
  inQuietHours,
  localClock,
  type TierDigest,
  type TierDigestInput,
} from "./digest";
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
