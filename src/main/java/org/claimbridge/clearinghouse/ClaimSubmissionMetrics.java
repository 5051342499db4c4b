package org.claimbridge.clearinghouse;

import java.util.function.ToDoubleFunction;

import org.claimbridge.store.ClaimStatus;
import org.claimbridge.store.ClaimStore;
import org.claimbridge.store.InterchangeStatus;
import org.claimbridge.store.InterchangeStore;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gauges of claims and interchanges per status (claimbridge.claims, claimbridge.interchanges), read from
 * the database at each scrape, so they are right after a restart and across instances.
 */
@Component
class ClaimSubmissionMetrics implements MeterBinder {

    private final ClaimStore claims;
    private final InterchangeStore interchanges;

    ClaimSubmissionMetrics(ClaimStore claims, InterchangeStore interchanges) {
        this.claims = claims;
        this.interchanges = interchanges;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ClaimStatus status : ClaimStatus.values()) {
            gauge(registry, "claimbridge.claims", "Claims by status", status.name(),
                    store -> claims.countByStatus(status));
        }
        for (InterchangeStatus status : InterchangeStatus.values()) {
            gauge(registry, "claimbridge.interchanges", "Interchanges (claim files) by status", status.name(),
                    store -> interchanges.countByStatus(status));
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, String status,
            ToDoubleFunction<ClaimSubmissionMetrics> count) {
        Gauge.builder(name, this, count).description(description).tag("status", status).register(registry);
    }
}
