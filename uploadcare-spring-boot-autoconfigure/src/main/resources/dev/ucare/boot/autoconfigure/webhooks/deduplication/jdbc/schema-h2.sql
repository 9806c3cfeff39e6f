-- Webhook de-duplication store of uploadcare-spring-boot (JdbcWebhookDeliveryStore).
-- One row per delivery (key: SHA-256 of event name and body); a claim holds until expires_at (epoch millis),
-- a completed delivery is remembered until expires_at. Rename the table with
-- uploadcare.webhooks.deduplication.jdbc.table-name (the store then runs this script with that name).
CREATE TABLE IF NOT EXISTS uploadcare_webhook_deliveries (
    delivery_key VARCHAR(64) NOT NULL PRIMARY KEY,
    claim_token VARCHAR(64) NOT NULL,
    completed BOOLEAN NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS uploadcare_webhook_deliveries_expires_at ON uploadcare_webhook_deliveries (expires_at);
