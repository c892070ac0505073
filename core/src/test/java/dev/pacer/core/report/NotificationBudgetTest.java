package dev.pacer.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class NotificationBudgetTest {
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void atMostTheBudgetShouldGoInAnHourAndTheNextReportShouldNameWhatWasHeldBack() {
        NotificationBudget budget = new NotificationBudget(2);

        assertThat(budget.tryAcquire("mx:a", T0)).get().extracting(NotificationBudget.Grant::heldBack).asList().isEmpty();
        assertThat(budget.tryAcquire("mx:b", T0.plusSeconds(60))).isPresent();
        assertThat(budget.tryAcquire("mx:c", T0.plusSeconds(120))).isEmpty();
        assertThat(budget.tryAcquire("mx:d", T0.plusSeconds(180))).isEmpty();
        assertThat(budget.tryAcquire("mx:c", T0.plusSeconds(240))).as("still within the hour of the first two").isEmpty();

        NotificationBudget.Grant next = budget.tryAcquire("mx:e", T0.plus(Duration.ofHours(1))).orElseThrow();
        assertThat(next.heldBack()).containsExactly("mx:c", "mx:d");
        assertThat(budget.tryAcquire("mx:f", T0.plus(Duration.ofMinutes(61)))).as("mx:b's report is an hour old").get()
            .extracting(NotificationBudget.Grant::heldBack).asList().isEmpty();
    }

    @Test
    void theHeldBackListShouldBeBounded() {
        NotificationBudget budget = new NotificationBudget(1);
        budget.tryAcquire("mx:first", T0);
        for (int i = 0; i < NotificationBudget.MAX_REMEMBERED + 5; i++) {
            assertThat(budget.tryAcquire("mx:" + i, T0.plusSeconds(1))).isEmpty();
        }

        NotificationBudget.Grant grant = budget.tryAcquire("mx:later", T0.plus(Duration.ofHours(2))).orElseThrow();
        assertThat(grant.heldBack()).hasSize(NotificationBudget.MAX_REMEMBERED);
        assertThat(grant.heldBackUnnamed()).isEqualTo(5);
    }
}
