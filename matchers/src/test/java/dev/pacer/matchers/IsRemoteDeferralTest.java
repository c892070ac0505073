package dev.pacer.matchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.pacer.core.PacerAttributes;

class IsRemoteDeferralTest {
    private static IsRemoteDeferral matcher(String condition) throws MessagingException {
        IsRemoteDeferral matcher = new IsRemoteDeferral();
        matcher.init(FakeMatcherConfig.builder().matcherName("IsRemoteDeferral").condition(condition).build());
        return matcher;
    }

    private static Mail pacerMail(String kind, boolean permanent) throws MessagingException {
        return FakeMail.builder().name("m").recipients("a@example.org", "b@example.org")
            .attribute(new Attribute(AttributeName.of(PacerAttributes.KIND), AttributeValue.of(kind)))
            .attribute(new Attribute(AttributeName.of(PacerAttributes.PERMANENT), AttributeValue.of(permanent)))
            .build();
    }

    private static Mail stockMail(String deliveryError, boolean permanent) throws MessagingException {
        return FakeMail.builder().name("m").recipients("a@example.org")
            .attribute(new Attribute(IsRemoteDeferral.DELIVERY_ERROR, AttributeValue.of(deliveryError)))
            .attribute(new Attribute(IsRemoteDeferral.IS_DELIVERY_PERMANENT_ERROR, AttributeValue.of(permanent)))
            .build();
    }

    @Test
    void matchShouldReturnAllRecipientsWhenPacerKindIsInTheCondition() throws MessagingException {
        assertThat(matcher("CONNECTION_LIMIT,RATE_LIMIT").match(pacerMail("CONNECTION_LIMIT", false)))
            .extracting(MailAddress::asString).containsExactly("a@example.org", "b@example.org");
    }

    @Test
    void matchShouldReturnNothingWhenPacerKindIsAnother() throws MessagingException {
        assertThat(matcher("CONNECTION_LIMIT").match(pacerMail("GREYLIST", false))).isEmpty();
    }

    @Test
    void matchShouldReturnNothingForAPermanentFailure() throws MessagingException {
        assertThat(matcher("CONNECTION_LIMIT").match(pacerMail("CONNECTION_LIMIT", true))).isEmpty();
    }

    @Test
    void matchShouldReturnNothingForAMailThatNeverFailed() throws MessagingException {
        assertThat(matcher("CONNECTION_LIMIT").match(FakeMail.builder().name("m").recipients("a@example.org").build())).isEmpty();
    }

    @Test
    void matchShouldClassifyTheDeliveryErrorOfStockRemoteDelivery() throws MessagingException {
        Mail mail = stockMail("451 4.7.652 The mail server [192.0.2.10] has exceeded the maximum number of connections.", false);

        assertThat(matcher("CONNECTION_LIMIT").match(mail)).hasSize(1);
    }

    @Test
    void matchShouldSeeOnlyOtherTransientInStockTooManyRetriesText() throws MessagingException {
        Mail mail = stockMail("Too many retries failure. Bouncing after 0 retries.", false);

        assertThat(matcher("CONNECTION_LIMIT").match(mail)).isEmpty();
        assertThat(matcher("OTHER_TRANSIENT").match(mail)).hasSize(1);
    }

    @Test
    void matchShouldIgnoreAStockPermanentError() throws MessagingException {
        assertThat(matcher("OTHER_TRANSIENT,CONNECTION_LIMIT").match(stockMail("Too many connections", true))).isEmpty();
    }

    @Nested
    class Configuration {
        @Test
        void initShouldRejectAnEmptyCondition() {
            assertThatThrownBy(() -> matcher(""))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("condition")
                .hasMessageContaining("CONNECTION_LIMIT");
        }

        @Test
        void initShouldRejectAnUnknownKindAndListTheLegalOnes() {
            assertThatThrownBy(() -> matcher("CONNECTION_LIMIT,TOO_MANY"))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("'TOO_MANY'")
                .hasMessageContaining("RATE_LIMIT, REPUTATION, GREYLIST");
        }

        @Test
        void initShouldRejectPermanent() {
            assertThatThrownBy(() -> matcher("PERMANENT"))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("PERMANENT")
                .hasMessageContaining("not a deferral");
        }

        @Test
        void initShouldAcceptKindsInAnyCaseWithSpaces() throws MessagingException {
            assertThat(matcher(" greylist , Rate_Limit ").match(pacerMail("RATE_LIMIT", false))).hasSize(2);
        }
    }
}
