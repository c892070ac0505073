package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @Test
    void aLiteralRunShouldBeRequired() {
        assertThat(RequiredLiterals.of("\\breverse dns\\b")).contains(List.of("reverse dns"));
        assertThat(RequiredLiterals.of("\\b(?:ip|host) name lookup failed\\b")).contains(List.of(" name lookup failed"));
    }

    @Test
    void aMandatoryGroupShouldRequireOneOfItsBranches() {
        assertThat(RequiredLiterals.of("\\b(?:max|maximum) (?:\\w+ ){0,2}(?:connections|sessions)\\b"))
            .contains(List.of("connections", "sessions"));
        assertThat(RequiredLiterals.of("\\bfoo\\b|\\b(?:bar|bazz) qux"))
            .contains(List.of("foo", " qux"));
    }

    @Test
    void optionalPartsShouldNotBeRequired() {
        // "abc?" requires "ab" only (too short to be kept), "(?:xyz)?" nothing; "de+" requires "de".
        assertThat(RequiredLiterals.of("abc?")).isEmpty();
        assertThat(RequiredLiterals.of("(?:xyzw)?abc")).contains(List.of("abc"));
        assertThat(RequiredLiterals.of("(?:xyzw)*ab")).isEmpty();
        assertThat(RequiredLiterals.of("(?:xyzw){0,3}ab")).isEmpty();
        assertThat(RequiredLiterals.of("(?:xyzw){1,3}ab")).contains(List.of("xyzw"));
        assertThat(RequiredLiterals.of("qde+f")).contains(List.of("qde"));
        assertThat(RequiredLiterals.of("time(?:d)?[ -]?out")).contains(List.of("time"));
    }

    @Test
    void lookAroundsAndClassesShouldRequireNothingOfTheirOwn() {
        assertThat(RequiredLiterals.of("(?<=- )4\\.16\\.5[0-9]\\b")).contains(List.of("4.16.5"));
        assertThat(RequiredLiterals.of("too many (?!connections)[a-z]+")).contains(List.of("too many "));
        assertThat(RequiredLiterals.of("[^.;]{0,20}? at a time")).contains(List.of(" at a time"));
    }

    @Test
    void aBranchWithoutALiteralShouldLeaveTheRuleAlwaysTried() {
        assertThat(RequiredLiterals.of("\\btoo busy\\b|\\b\\w+ busy")).contains(List.of("too busy", " busy"));
        assertThat(RequiredLiterals.of("\\btoo busy\\b|\\bno\\b")).isEmpty();
        assertThat(RequiredLiterals.of("[0-9]+ connections|.*")).isEmpty();
        assertThat(RequiredLiterals.of("数?(?:过|太)多")).isEmpty();
    }

    @Test
    void twoChineseJapaneseOrKoreanCharactersShouldBeKeptAsALiteral() {
        // Such a character counts as two letters: "连接" (connection) is kept, as "conn" would be; one alone is not.
        assertThat(RequiredLiterals.of("连接数?(?:过多|太多)")).contains(List.of("连接"));
        assertThat(RequiredLiterals.of("(?:서버|시스템)(?:[^.]){0,10}?(?:오류|장애)")).contains(List.of("서버", "시스템"));
        assertThat(RequiredLiterals.of("多(?:a|b)")).isEmpty();
        assertThat(RequiredLiterals.weight("送信 ab")).isEqualTo(7);
    }

    @Test
    void constructsItDoesNotModelShouldLeaveTheRuleAlwaysTried() {
        assertThat(RequiredLiterals.of("\\x41bcd")).isEmpty();
        assertThat(RequiredLiterals.of("\\p{l}bcd")).isEmpty();
        assertThat(RequiredLiterals.of("(?i)abcd")).isEmpty();
        assertThat(RequiredLiterals.of("(?<name>abcd)")).isEmpty();
        assertThat(RequiredLiterals.of("(abcd")).isEmpty();
        assertThat(RequiredLiterals.of("abcd)")).isEmpty();
        assertThat(RequiredLiterals.of("[]abcd]")).isEmpty();
        // A bound too large for an int: the analysis gives up instead of throwing.
        assertThat(RequiredLiterals.of("xyz{99999999999}abcd")).isEmpty();
    }

    @Test
    void mostDefaultRulesShouldHaveRequiredLiterals() {
        long textRules = DeferralClassifier.defaults().rules().stream().filter(rule -> rule.field() == DeferralRule.Field.TEXT).count();
        long filtered = DeferralClassifier.defaults().rules().stream().filter(rule -> rule.requiredLiterals().isPresent()).count();
        assertThat(filtered).isGreaterThan(textRules * 3 / 4);
    }

    @Test
    void requiredLiteralsShouldNeverRejectAReplyTheRuleMatches() {
        // Texts built from the rules' own words and from collected replies, shuffled: every rule's decision with its
        // required literals must equal the regular expression's alone.
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("[a-z0-9:#'.-]{2,}").matcher("");
        for (DeferralRule rule : DeferralClassifier.defaults().rules()) {
            word.reset(rule.pattern().toLowerCase(java.util.Locale.ROOT).replaceAll("\\\\[a-z]", " "));
            while (word.find()) {
                words.add(word.group());
            }
        }
        List<DeferralRule> rules = new ArrayList<>(DeferralClassifier.defaults().rules());
        List<Pattern> references = new ArrayList<>();
        for (DeferralRule rule : rules) {
            references.add(Pattern.compile(rule.pattern().startsWith("(?-i)") ? rule.pattern()
                : DeferralRule.withAsciiSpellings(rule.pattern()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        Random random = new Random(20261128L);
        List<String> samples = new ArrayList<>();
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder("421 ");
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                String next = words.get(random.nextInt(words.size()));
                text.append(random.nextInt(4) == 0 ? next.toUpperCase(java.util.Locale.ROOT) : next).append(' ');
            }
            samples.add(text.toString());
        }
        // The samples shared among the machine's cores (rules and patterns hold no state once built); each sample's
        // count of matching rules and its rules that decided otherwise than their pattern alone.
        List<Decided> decided = samples.parallelStream().map(sample -> {
            SmtpReply reply = SmtpReply.parse(sample);
            // The text a rule reads: a case-sensitive rule the words as received, any other the words lowered and with
            // the spellings of one meaning read as the rules spell them (each computed once per sample, not per rule).
            String asReceived = DeferralRule.words(reply.text());
            String lowered = DeferralRule.loweredWords(reply.text());
            Decided here = new Decided();
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).field() != DeferralRule.Field.TEXT) {
                    continue;
                }
                String read = rules.get(r).pattern().startsWith("(?-i)") ? asReceived : lowered;
                boolean expected = references.get(r).matcher(read).find();
                here.matched += expected ? 1 : 0;
                if (rules.get(r).matches(reply, lowered) != expected) {
                    here.otherwise.add(rules.get(r) + " (pattern alone: " + expected + ") on " + reply.text());
                }
            }
            return here;
        }).collect(Collectors.toList());
        int matched = 0;
        List<String> otherwise = new ArrayList<>();
        for (Decided one : decided) {
            matched += one.matched;
            otherwise.addAll(one.otherwise);
        }
        assertThat(otherwise).as("rules whose required literals decided otherwise than their pattern").isEmpty();
        assertThat(matched).as("samples some rule matched").isGreaterThan(1_000);
    }

    /** One sample's rules that matched, and its rules that decided otherwise than their pattern alone. */
    private static final class Decided {
        int matched;
        final List<String> otherwise = new ArrayList<>();
    }
}
