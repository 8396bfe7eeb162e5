export {
  deliverAlertsNow,
  ENDPOINT_FAILURE_LIMIT,
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
  earliestChange,
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
  notifyTierAlert,
  unreadCount,
} from "./notifications";
export { DEFAULT_DIGEST_TIME, digestDue, planPendingDigests } from "./pending";
export { consoleBaseUrl, type PlannedAlert } from "./plan";
export { sendTestMessage } from "./test-message";
