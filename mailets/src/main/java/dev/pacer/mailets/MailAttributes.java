package dev.pacer.mailets;

import java.util.Optional;

import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeUtils;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;

/** Typed access to mail attributes by name (Pacer's names are in {@link dev.pacer.core.PacerAttributes}). */
final class MailAttributes {
    private MailAttributes() {
    }

    static void set(Mail mail, String name, String value) {
        mail.setAttribute(new Attribute(AttributeName.of(name), AttributeValue.of(value)));
    }

    static void set(Mail mail, String name, int value) {
        mail.setAttribute(new Attribute(AttributeName.of(name), AttributeValue.of(value)));
    }

    static void set(Mail mail, String name, boolean value) {
        mail.setAttribute(new Attribute(AttributeName.of(name), AttributeValue.of(value)));
    }

    static void remove(Mail mail, String name) {
        mail.removeAttribute(AttributeName.of(name));
    }

    static Optional<String> string(Mail mail, String name) {
        return AttributeUtils.getValueAndCastFromMail(mail, AttributeName.of(name), String.class);
    }

    static Optional<Boolean> bool(Mail mail, String name) {
        return AttributeUtils.getValueAndCastFromMail(mail, AttributeName.of(name), Boolean.class);
    }

    static Optional<Integer> integer(Mail mail, String name) {
        return AttributeUtils.getValueAndCastFromMail(mail, AttributeName.of(name), Integer.class);
    }
}
