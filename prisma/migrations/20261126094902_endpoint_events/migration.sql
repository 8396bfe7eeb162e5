-- AlterTable
ALTER TABLE "alert_endpoints" ADD COLUMN     "events" TEXT[] DEFAULT ARRAY['TIER']::TEXT[];

ALTER TABLE alert_endpoints
  ADD CONSTRAINT alert_endpoints_events CHECK (events <@ ARRAY['TIER', 'PROMOTION_APPROVAL', 'PROMOTION_LIVE']::text[]);
