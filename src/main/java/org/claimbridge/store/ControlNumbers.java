package org.claimbridge.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persisted X12 control number counters (ISA13, GS06, ST02). Numbers run from 1 to 999,999,999 and then
 * start again at 1. The row update locks the counter until the caller's transaction ends, so two
 * interchanges never share a number.
 */
@Repository
public class ControlNumbers {

    static final long MAX = 999_999_999L;

    private final JdbcTemplate jdbc;

    public ControlNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the next number of the named counter, for example ISA13. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name) {
        int updated = jdbc.update(
                "UPDATE control_number SET last_value = CASE WHEN last_value >= ? THEN 1 ELSE last_value + 1 END"
                        + " WHERE name = ?", MAX, name);
        if (updated != 1) {
            throw new IllegalStateException("Control number counter " + name + " is missing from table control_number");
        }
        return jdbc.queryForObject("SELECT last_value FROM control_number WHERE name = ?", Long.class, name);
    }
}
