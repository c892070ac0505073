package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.memory.MemoryMailRepository;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.junit.jupiter.api.Test;

import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.core.throttle.LaneScheduler;
import dev.pacer.core.throttle.WindowPolicy;

/**
 * The waiting room with James's memory mail repository and a real lane scheduler: a mail parked again by its own
 * attempt and taken at once by another attempt is not removed by the end of the first one (a race the integration
 * suite met once: the second attempt found its stored copy gone, and the mail was lost).
 */
class WaitingRoomTest {
    private static final DestinationKey REMOTE = DestinationKey.domain("remote.test");

    private final Clock clock = Clock.systemUTC();
    private final Destinations destinations = new Destinations(DestinationStore.NONE, clock);
    private final LaneScheduler scheduler = new LaneScheduler(destinations,
        new WindowPolicy(2, 10, Duration.ofMinutes(10), Duration.ZERO, Duration.ZERO), 4);
    private final MemoryMailRepository repository = new MemoryMailRepository();
    private final WaitingRoom room = new WaitingRoom(repository, "memory://var/mail/waiting-room-test/", scheduler, clock);

    private Mail mail(String name) throws Exception {
        return FakeMail.builder().name(name).sender("sender@example.com").recipient("user@remote.test")
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("waiting").setText("body")).build();
    }

    private List<LaneScheduler.Start> drain() {
        return scheduler.drain();
    }

    @Test
    void anAttemptThatEndsAfterItsMailWasStoredAgainAndTakenByAnotherShouldNotRemoveIt() throws Exception {
        room.park(mail("m1"), REMOTE, clock.instant());
        List<LaneScheduler.Start> firstStarts = drain();
        assertThat(firstStarts).hasSize(1);
        long first = room.generation("m1");

        // The first attempt is refused at the greeting with no retry spent: it parks the mail again, ready at once,
        // and a second attempt takes it before the first one has ended.
        room.park(mail("m1"), REMOTE, clock.instant());
        List<LaneScheduler.Start> secondStarts = drain();
        assertThat(secondStarts).hasSize(1);
        long second = room.generation("m1");
        assertThat(second).isGreaterThan(first);

        room.settled("m1", first, () -> scheduler.finished(firstStarts.get(0)));
        assertThat(repository.retrieve(new MailKey("m1"))).as("the copy the second attempt reads").isNotNull();
        assertThat(room.load("m1")).isPresent();

        room.settled("m1", second, () -> scheduler.finished(secondStarts.get(0)));
        assertThat(repository.retrieve(new MailKey("m1"))).as("removed by the attempt that settled it").isNull();
        assertThat(repository.size()).isZero();
    }

    @Test
    void anAttemptWhoseMailWasNotStoredAgainShouldRemoveItAndAMailStillWaitingShouldStay() throws Exception {
        room.park(mail("m2"), REMOTE, clock.instant());
        List<LaneScheduler.Start> starts = drain();
        long taken = room.generation("m2");
        room.settled("m2", taken, () -> scheduler.finished(starts.get(0)));
        assertThat(repository.retrieve(new MailKey("m2"))).isNull();

        room.park(mail("m3"), REMOTE, clock.instant().plus(Duration.ofHours(1)));
        room.settled("m3", room.generation("m3"), () -> { });
        assertThat(repository.retrieve(new MailKey("m3"))).as("parked for later: still waiting").isNotNull();
    }
}
