package dev.pacer.mailets.jmx;

import dev.pacer.core.report.DeferralEvent;

/** One deferral event as JMX shows it. */
public final class EventView {
    private final DeferralEvent event;

    EventView(DeferralEvent event) {
        this.event = event;
    }

    public String getTime() {
        return event.time().toString();
    }

    public String getDestination() {
        return event.destination();
    }

    public String getKind() {
        return event.kind().name();
    }

    public String getMailName() {
        return event.mailName();
    }

    public String getMessageId() {
        return event.messageId();
    }

    public String getSenderDomain() {
        return event.senderDomain();
    }

    public String getRecipientDomain() {
        return event.recipientDomain();
    }

    public String getRemoteHost() {
        return event.remoteHost();
    }

    public String getRemoteIp() {
        return event.remoteIp();
    }

    public String getSendingIp() {
        return event.sendingIp();
    }

    public String getHeloName() {
        return event.heloName();
    }

    /** The basic reply code; 0 when no reply was read. */
    public int getBasicCode() {
        return event.basicCode().orElse(0);
    }

    public String getEnhancedCode() {
        return event.enhancedCode().orElse("");
    }

    public String getReply() {
        return event.reply();
    }

    public String getStep() {
        return event.step();
    }

    public int getAttempt() {
        return event.attempt();
    }

    public String getLane() {
        return event.lane();
    }
}
