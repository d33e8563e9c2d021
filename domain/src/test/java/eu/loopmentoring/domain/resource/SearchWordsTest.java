package eu.loopmentoring.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchWordsTest {

    private static final String WORD = "[\\p{L}\\p{Nd}&&[^\\p{Lm}]]+(?:[-._'@/][\\p{L}\\p{Nd}&&[^\\p{Lm}]]+)*";
    private static final String TERM = "-?(?:\"" + WORD + "(?: " + WORD + ")*\"|" + WORD + ")";
    /** Flat: terms side by side, "or" only between two of them, never an operator on an operator. */
    private static final Pattern FLAT = Pattern.compile("(?:" + TERM + "(?: (?:or )?" + TERM + ")*)?");

    private static final String LETTERS = "abcdéßжʺ٣-";
    private static final String OPERATORS = "-\"!&|():*<>\\'`^~+=@/._,;?#%{}[]";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "mentoring conversations|mentoring conversations",
                "\"exit tickets\" or -homework|\"exit tickets\" or -homework",
                "well-being 3.5 o'neil a@b.eu|well-being 3.5 o'neil a@b.eu",
                "---------------------------------|``",
                "- - - - - x -y|x -y",
                "((((x))))|x",
                "x <-> y & !z|x y z",
                "or or x or or or y or|x or y",
                "-\"a b\"|-\"a b\"",
                "aʺb|a b",
                "'\\' \"\" :* \\\\ or|``",
            })
    void operators_are_kept_where_they_mean_something_and_dropped_elsewhere(String typed, String plain) {
        assertThat(SearchWords.plain(typed)).isEqualTo(plain);
    }

    @Test
    void any_text_becomes_a_flat_query_that_reads_the_same_again() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        IntStream.range(0, 5_000).mapToObj(i -> text(random)).forEach(typed -> {
            String plain = SearchWords.plain(typed);
            assertThat(plain).as("seed %d, text %s", seed, typed).matches(FLAT);
            assertThat(SearchWords.plain(plain))
                    .as("seed %d, text %s", seed, typed)
                    .isEqualTo(plain);
        });
    }

    /** Operators in runs, quotes, backslashes, letters of every script, unpaired surrogates, any length. */
    static String text(Random random) {
        int length = random.nextInt(4) == 0 ? random.nextInt(2000) : random.nextInt(60);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0 ->
                    text.append(String.valueOf(OPERATORS.charAt(random.nextInt(OPERATORS.length())))
                            .repeat(1 + random.nextInt(40)));
                case 1 -> text.append(random.nextBoolean() ? " or " : " OR ");
                case 2 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                case 3 -> text.append((char) random.nextInt(0x3000));
                default -> text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return text.toString();
    }
}
