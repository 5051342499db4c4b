package org.claimbridge.intake.hl7;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.Location;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

import org.claimbridge.claims.validation.ClaimValidator;
import org.claimbridge.claims.validation.DemographicPolicy;
import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the acknowledgement of one HL7 v2 message and, for a sound DFT^P03, its claim, or for a sound ADT or
 * SIU message, its registration or appointment. It stores and sends nothing. A message that cannot be read, or
 * is not one of the accepted types (see {@link MessageKind}) of version 2.3 to 2.8, gets AR. A message that breaks
 * a rejecting rule gets AE with one ERR per violation, and a sound one gets AA.
 */
public final class Hl7ClaimIntake {

    private static final Logger LOG = LoggerFactory.getLogger(Hl7ClaimIntake.class);

    private final Clock clock;
    private final PipeParser parser;
    private final AckFactory ackFactory;
    private final DftP03Mapper mapper;
    private final ClaimValidator validator;
    private final RegistrationIntake registrations;

    /**
     * Creates an intake whose demographic rules all reject and which has no member id patterns.
     *
     * @param placeOfServiceCode CMS place of service code for every claim, since HL7 v2 does not carry one
     * @param clock source of the intake date (future dates are rejected) and of acknowledgement control ids
     */
    public Hl7ClaimIntake(String placeOfServiceCode, Clock clock) {
        this(placeOfServiceCode, DemographicPolicy.REJECT_ALL, clock);
    }

    /**
     * @param policy severities of the demographic rules for ADT and SIU messages, and member id patterns for all
     */
    public Hl7ClaimIntake(String placeOfServiceCode, DemographicPolicy policy, Clock clock) {
        this(placeOfServiceCode, policy, clock, newParser(clock));
    }

    /** Creates an intake with the given parser; tests pass one that fails. */
    Hl7ClaimIntake(String placeOfServiceCode, Clock clock, PipeParser parser) {
        this(placeOfServiceCode, DemographicPolicy.REJECT_ALL, clock, parser);
    }

    private Hl7ClaimIntake(String placeOfServiceCode, DemographicPolicy policy, Clock clock, PipeParser parser) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mapper = new DftP03Mapper(placeOfServiceCode);
        this.validator = new ClaimValidator(policy);
        this.parser = parser;
        this.ackFactory = new AckFactory(parser);
        this.registrations = new RegistrationIntake(policy, ackFactory);
    }

    /**
     * Returns a parser without HAPI's validation, which would reject messy real-world messages with unclear
     * errors. ClaimValidator gives the reasons instead.
     */
    static PipeParser newParser(Clock clock) {
        HapiContext context = new DefaultHapiContext();
        context.setValidationContext(ValidationContextFactory.noValidation());
        context.getParserConfiguration().setValidating(false);
        context.getParserConfiguration().setIdGenerator(new AckControlIds(clock));
        return context.getPipeParser();
    }

    /**
     * Decides one message.
     *
     * @param hl7Text the message text; segments may end with CR, LF or CRLF
     * @return the decision; never throws for any input text
     */
    public IntakeDecision decide(String hl7Text) {
        RawMessage raw = RawMessage.of(hl7Text);
        MessageHeader header = raw.header();
        Rejection rejection = StructureCheck.check(raw);
        if (rejection != null) {
            return reject(raw, header, rejection);
        }
        Message message;
        try {
            message = parser.parse(raw.text());
        } catch (HL7Exception | RuntimeException e) {
            return reject(raw, header, parseFailure(e, header));
        }
        MessageKind kind = MessageKind.ofType(raw.mshComponent(9, 1));
        if (kind == MessageKind.CLAIM) {
            return decideClaim(raw, header, message);
        }
        try {
            return registrations.decide(raw, header, message, kind, LocalDate.now(clock));
        } catch (RuntimeException e) {
            return reject(raw, header, internalError(e, header));
        }
    }

    private IntakeDecision decideClaim(RawMessage raw, MessageHeader header, Message message) {
        DftP03Mapper.Mapping mapping;
        List<Violation> violations;
        try {
            mapping = mapper.map(SegmentIndex.of(message));
            violations = distinctByLocation(mapping.violations(),
                    validator.validate(mapping.claim(), mapping.locator(), LocalDate.now(clock)));
        } catch (RuntimeException e) {
            return reject(raw, header, internalError(e, header));
        }
        if (violations.isEmpty()) {
            String ack = ackFactory.acknowledge(message, AckCode.AA, List.of());
            return new IntakeDecision(header, AckCode.AA, ack, List.of(), List.of(mapping.claim()));
        }
        LOG.info("DFT^P03 {} rejected with AE: {}", header.controlId(),
                violations.stream().map(v -> v.code() + "@" + v.location().display()).toList());
        String ack = ackFactory.acknowledge(message, AckCode.AE, ViolationErrors.of(violations));
        return new IntakeDecision(header, AckCode.AE, ack, violations, List.of());
    }

    /**
     * Rejects a message whose MSH-10 the same sender already used for a message with other content. The
     * message is stored under its own key and gets AR, so neither message is lost or overwritten.
     */
    public IntakeDecision rejectReusedControlId(String hl7Text) {
        RawMessage raw = RawMessage.of(hl7Text);
        return reject(raw, raw.header(), Rejection.at(ErrorCode.DUPLICATE_KEY_IDENTIFIER, "MSH", 10, 0,
                "MSH-10 (message control id) was already used by this sending application and facility for a"
                        + " message with other content; give every message a unique control id and resend"));
    }

    /** Rejects a message whose bytes do not match its MSH-18 character set, naming MSH-18. */
    public IntakeDecision rejectCharacterSet(String hl7Text, String problem) {
        RawMessage raw = RawMessage.of(hl7Text);
        return reject(raw, raw.header(), Rejection.at(ErrorCode.DATA_TYPE_ERROR, "MSH", 18, 0, problem));
    }

    /** Rejects a message that could not be stored, so the sender keeps it and sends it again later. */
    public IntakeDecision rejectUnstored(String hl7Text) {
        RawMessage raw = RawMessage.of(hl7Text);
        return reject(raw, raw.header(), new Rejection(ErrorCode.APPLICATION_INTERNAL_ERROR, null,
                "The gateway could not store the message, so it was not accepted; send it again later"));
    }

    private IntakeDecision reject(RawMessage raw, MessageHeader header, Rejection rejection) {
        LOG.info("Message {} rejected with HL7 error {} at {}",
                header.controlId() == null ? "without MSH-10" : header.controlId(), rejection.errorCode().getCode(),
                rejection.location() == null ? "message" : rejection.location());
        String ack = ackFactory.reject(raw, rejection);
        return new IntakeDecision(header, AckCode.AR, ack, List.of(violationOf(rejection)), List.of());
    }

    /** Returns the rejection as a stored reason, coded AR_ and the HL7 table 0357 name, for example AR_UNSUPPORTED_MESSAGE_TYPE. */
    private static Violation violationOf(Rejection rejection) {
        Location location = rejection.location();
        String segment = location == null ? null : location.getSegmentName();
        int field = location == null ? 0 : Math.max(location.getField(), 0);
        int component = location == null ? 0 : Math.max(location.getComponent(), 0);
        String display = segment == null ? "message" : segment + (field > 0 ? "-" + field : "")
                + (component > 0 ? "." + component : "");
        int occurrence = segment == null ? 0 : Math.max(location.getSegmentRepetition(), 1);
        return new Violation("AR_" + rejection.errorCode().name(),
                new FieldLocation(display, segment, occurrence, field, component), rejection.text());
    }

    /**
     * Describes a HAPI parse failure. HAPI 2.6.0 error messages quote message text after a colon, so only the
     * text before the first colon goes into the acknowledgement and the log names only the exception class.
     */
    private static Rejection parseFailure(Exception e, MessageHeader header) {
        LOG.warn("HAPI could not parse message {}: {}", header.controlId(), e.getClass().getName());
        String description = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int colon = description.indexOf(':');
        String reason = colon < 0 ? description : description.substring(0, colon);
        if (e instanceof HL7Exception hl7) {
            ErrorCode code = ErrorCode.errorCodeFor(hl7.getErrorCode());
            return new Rejection(code == null ? ErrorCode.APPLICATION_INTERNAL_ERROR : code, hl7.getLocation(),
                    "The HL7 v2 parser could not read the message (" + reason + "); correct the segment and resend");
        }
        return new Rejection(ErrorCode.APPLICATION_INTERNAL_ERROR, null,
                "The HL7 v2 parser failed on the message (" + reason + ")");
    }

    /**
     * Describes a failure of the mapping or validation code. The log names the exception class and where it
     * was thrown, but not its message, which could quote the message content.
     */
    private static Rejection internalError(RuntimeException e, MessageHeader header) {
        StackTraceElement[] stack = e.getStackTrace();
        LOG.error("Reading message {} failed: {} at {}", header.controlId(), e.getClass().getName(),
                stack.length == 0 ? "unknown place" : stack[0]);
        return new Rejection(ErrorCode.APPLICATION_INTERNAL_ERROR, null,
                "The message could not be processed because of an internal error; send it again, and report its"
                        + " control id if this persists");
    }

    /** Keeps the first violation per location: reading problems come first, then what the validator found. */
    static List<Violation> distinctByLocation(List<Violation> mapped, List<Violation> validated) {
        Map<FieldLocation, Violation> byLocation = new LinkedHashMap<>();
        for (Violation violation : mapped) {
            byLocation.putIfAbsent(violation.location(), violation);
        }
        for (Violation violation : validated) {
            byLocation.putIfAbsent(violation.location(), violation);
        }
        return List.copyOf(new ArrayList<>(byLocation.values()));
    }
}
