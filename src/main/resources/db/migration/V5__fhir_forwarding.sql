-- Forwarding of accepted FHIR resources to the EHR's FHIR base URL: forward_status goes from PENDING to SENT
-- (the EHR returned 2xx) or DEAD (claimbridge.ehr.max-attempts attempts failed). A resource is due when
-- next_attempt_at is empty or past.
ALTER TABLE fhir_resource ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE fhir_resource ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE fhir_resource ADD COLUMN last_error VARCHAR(1000);
CREATE INDEX ix_fhir_resource_due ON fhir_resource (forward_status, next_attempt_at);
