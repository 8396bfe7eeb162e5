import { type DealAlertOutcome, database, dealAlertSenderFromEnv, sendDealAlerts } from "@shelfloop/db";

/** What the deal-alert function needs; tests pass stubs. */
export interface DealAlertDeps {
  /** Sends the alerts a published version fulfils; null when no mini-program is configured to send them. */
  sendDealAlerts(tenantId: string, version: number): Promise<DealAlertOutcome | null>;
}

export const defaultDealAlertDeps: DealAlertDeps = {
  async sendDealAlerts(tenantId, version) {
    const send = dealAlertSenderFromEnv();
    return send ? sendDealAlerts(database(), tenantId, version, send) : null;
  },
};
