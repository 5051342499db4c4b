package org.claimbridge.intake.hl7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.model.Message;

import org.claimbridge.claims.validation.DemographicPolicy;
import org.claimbridge.claims.validation.DemographicValidator;
import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.Validation;
import org.claimbridge.claims.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides a parsed ADT or SIU message: reads the registration or appointment, checks its demographics, and
 * returns AE when a rejecting rule fails, else AA with the warnings as ERR segments of severity W.
 */
final class RegistrationIntake {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationIntake.class);

    private final RegistrationMapper mapper = new RegistrationMapper();
    private final DemographicValidator validator;
    private final AckFactory ackFactory;

    RegistrationIntake(DemographicPolicy policy, AckFactory ackFactory) {
        this.validator = new DemographicValidator(policy);
        this.ackFactory = ackFactory;
    }

    /**
     * Decides one message whose type and trigger event {@link StructureCheck} accepted.
     *
     * @throws RuntimeException when mapping or validation fails; the caller acknowledges with AR
     */
    IntakeDecision decide(RawMessage raw, MessageHeader header, Message message, MessageKind kind, LocalDate today) {
        String messageType = raw.mshComponent(9, 1) + "^" + raw.mshComponent(9, 2);
        RegistrationMapper.Mapping mapping = mapper.map(SegmentIndex.of(message), kind, messageType, today);
        Validation validation = validator.validate(mapping.registration().demographics(), mapping.locator(), today);
        List<Violation> rejections = Hl7ClaimIntake.distinctByLocation(mapping.violations(),
                validation.rejections());
        List<Violation> warnings = withoutLocationsOf(validation.warnings(), rejections);

        if (rejections.isEmpty()) {
            if (!warnings.isEmpty()) {
                LOG.info("{} {} accepted with {} warnings", messageType, header.controlId(), warnings.size());
            }
            String ack = ackFactory.acknowledge(message, AckCode.AA, List.of(), ViolationErrors.of(warnings));
            return new IntakeDecision(header, AckCode.AA, ack, List.of(), List.of(), warnings,
                    mapping.registration());
        }
        LOG.info("{} {} has {} demographic violations", messageType, header.controlId(), rejections.size());
        String ack = ackFactory.acknowledge(message, AckCode.AE, ViolationErrors.of(rejections),
                ViolationErrors.of(warnings));
        return new IntakeDecision(header, AckCode.AE, ack, rejections, List.of(), warnings, null);
    }

    private static List<Violation> withoutLocationsOf(List<Violation> warnings, List<Violation> rejections) {
        List<FieldLocation> rejected = rejections.stream().map(Violation::location).toList();
        List<Violation> kept = new ArrayList<>();
        for (Violation warning : warnings) {
            if (!rejected.contains(warning.location())) {
                kept.add(warning);
            }
        }
        return List.copyOf(kept);
    }
}
