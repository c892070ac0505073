package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void dsnTextShouldBeOneAsciiLineOfBoundedLength() {
        String reply = "550-5.7.1 Votre message a \u00e9t\u00e9 refus\u00e9 \u65e5\u672c\r\n550 5.7.1 \u0000\u001b[2J " + "x".repeat(3000);

        String text = Texts.dsnText(reply);

        assertThat(text).hasSize(Texts.MAX_DSN_TEXT).startsWith("550-5.7.1 Votre message a ?t? refus? ?? 550 5.7.1 [2J xxx").endsWith("...");
        assertThat(text.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    @Test
    void dsnTextShouldKeepAShortAsciiReplyAsItIs() {
        assertThat(Texts.dsnText("550 5.1.1 <a@example.org>: Recipient address rejected: User unknown"))
            .isEqualTo("550 5.1.1 <a@example.org>: Recipient address rejected: User unknown");
    }

    @Test
    void decodeWireShouldDecodeUtf8BytesReadOneByteAChar() {
        String wire = new String("421 4.7.0 Trop de connexions \u00e0 la fois".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(Texts.decodeWire(wire)).isEqualTo("421 4.7.0 Trop de connexions \u00e0 la fois");
        assertThat(Texts.decodeWire("421 caf\u00e9 latin-1")).as("not UTF-8: kept").isEqualTo("421 caf\u00e9 latin-1");
    }

    @Test
    void anEchoShouldBeShortWhateverWasGiven() {
        String huge = "x".repeat(100_000);
        assertThat(Texts.echo(huge)).hasSize(Texts.MAX_ECHO + 1).endsWith("…");
        assertThat(Texts.echo("mx:a.test")).isEqualTo("mx:a.test");
        assertThatThrownBy(() -> dev.pacer.core.throttle.DestinationKey.parse(huge))
            .hasMessageStartingWith("'xxx").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void firstOfShouldSayHowManyMoreThereAre() {
        assertThat(Texts.firstOf(java.util.List.of("a", "b", "c"), 2)).isEqualTo("[a, b, … 1 more]");
        assertThat(Texts.firstOf(java.util.List.of("a"), 2)).isEqualTo("[a]");
    }

    @Test
    void sanitizeShouldReturnCleanShortInputItselfAndStillCleanTheRest() {
        String clean = "421 4.7.0 Too many connections";
        assertThat(Texts.sanitize(clean, 100, false)).isSameAs(clean);
        assertThat(Texts.sanitize("a\nb", 100, true)).isEqualTo("a\nb");
        assertThat(Texts.sanitize("a\nb", 100, false)).isEqualTo("a b");
        assertThat(Texts.sanitize("abcdef", 3, false)).isEqualTo("abc");
        assertThat(Texts.sanitize("a\uD800b", 100, false)).isEqualTo("a\uFFFDb");
    }
}
