package org.claimbridge.intake.hl7;

import java.nio.charset.Charset;

import org.apache.camel.Header;
import org.claimbridge.store.MessageKey;
import org.claimbridge.store.StoredAcknowledgement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Component;

/**
 * Receives one HL7 v2 frame from the MLLP listener and returns the acknowledgement to send: decides
 * the outcome, stores the message durably, then hands back the acknowledgement bytes in the message's
 * charset. A resend (same MSH-3, MSH-4 and MSH-10) gets the stored acknowledgement and no second claim.
 */
@Component("hl7ClaimReceiver")
public class Hl7ClaimReceiver {

    private static final Logger log = LoggerFactory.getLogger(Hl7ClaimReceiver.class);

    private final Hl7ClaimIntake intake;
    private final Hl7IntakeRecorder recorder;
    private final Charset defaultCharset;

    Hl7ClaimReceiver(Hl7ClaimIntake intake, Hl7IntakeRecorder recorder, Hl7IntakeSettings settings) {
        this.intake = intake;
        this.recorder = recorder;
        this.defaultCharset = settings.defaultCharset();
    }

    public byte[] receive(byte[] frameBytes, @Header("CamelNettyRemoteAddress") Object remoteAddress) {
        Charset charset = Hl7Charset.of(frameBytes, defaultCharset);
        ReceivedFrame frame = ReceivedFrame.of(peer(remoteAddress), frameBytes, charset);
        String text = new String(frameBytes, charset);
        String charsetProblem = Hl7Charset.problem(frameBytes);
        IntakeDecision decision = charsetProblem == null ? intake.decide(text)
                : intake.rejectCharacterSet(text, charsetProblem);
        MessageKey key = keyOf(decision.header(), frame);

        MDC.put("controlId", key.controlId());
        try {
            StoredAcknowledgement acknowledgement = store(frame, key, decision, text);
            log.info("Message id={} MSH-10={} type={} acknowledged {}", acknowledgement.messageId(), key.controlId(),
                    decision.header().messageType(), acknowledgement.ackCode());
            return acknowledgement.acknowledgement().getBytes(Charset.forName(acknowledgement.charset()));
        } catch (DataAccessException | TransactionException storeFailure) {
            log.error("Message MSH-10={} from {} was not stored and gets AR: {}", key.controlId(), frame.peer(),
                    storeFailure.getClass().getSimpleName());
            return intake.rejectUnstored(text).acknowledgement().getBytes(charset);
        } finally {
            MDC.remove("controlId");
        }
    }

    private StoredAcknowledgement store(ReceivedFrame frame, MessageKey key, IntakeDecision decision, String text) {
        try {
            return recorder.record(frame, key, decision, () -> intake.rejectReusedControlId(text));
        } catch (DuplicateKeyException concurrentResend) {
            return recorder.replayCommitted(frame, key);
        }
    }

    /** Builds the idempotency key; a message without a readable MSH-10 is keyed by its hash. */
    private static MessageKey keyOf(MessageHeader header, ReceivedFrame frame) {
        String controlId = blankToNull(header.controlId());
        return new MessageKey(
                orEmpty(header.sendingApplication()),
                orEmpty(header.sendingFacility()),
                controlId != null ? controlId : "sha256:" + frame.sha256());
    }

    private static String peer(Object remoteAddress) {
        if (remoteAddress == null) {
            return "unknown";
        }
        String text = remoteAddress.toString();
        return text.startsWith("/") ? text.substring(1) : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
