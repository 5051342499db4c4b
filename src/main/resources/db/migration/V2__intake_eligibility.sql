-- Registrations, appointments and real-time eligibility. The SQL is portable between H2 2.x and PostgreSQL 13+.

-- Problems of rules configured to warn are stored next to the rejecting ones: REJECT or WARN.
ALTER TABLE message_violation ADD COLUMN severity VARCHAR(8) DEFAULT 'REJECT' NOT NULL;
