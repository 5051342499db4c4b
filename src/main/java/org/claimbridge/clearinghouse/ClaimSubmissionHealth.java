package org.claimbridge.clearinghouse;

import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reports the claim submission at /actuator/health: DOWN while any claim file has failed to upload
 * {@value #FAILED_ATTEMPTS_FOR_DOWN} or more times in a row, so monitoring detects a clearinghouse outage
 * before payers' filing deadlines pass.
 */
@Component("claimSubmission")
class ClaimSubmissionHealth implements HealthIndicator {

    static final int FAILED_ATTEMPTS_FOR_DOWN = 3;

    private final JdbcTemplate jdbc;

    ClaimSubmissionHealth(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        Map<String, Object> counts = jdbc.queryForMap("""
                SELECT
                  SUM(CASE WHEN status <> 'UPLOADED' THEN 1 ELSE 0 END) AS waiting,
                  SUM(CASE WHEN status = 'ENCRYPTED' AND attempts >= ? THEN 1 ELSE 0 END) AS failing
                FROM interchange""", FAILED_ATTEMPTS_FOR_DOWN);
        long waiting = number(counts.get("waiting"));
        long failing = number(counts.get("failing"));
        Health.Builder health = failing > 0 ? Health.down() : Health.up();
        return health
                .withDetail("interchangesWaitingForUpload", waiting)
                .withDetail("interchangesFailingUpload", failing)
                .build();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
