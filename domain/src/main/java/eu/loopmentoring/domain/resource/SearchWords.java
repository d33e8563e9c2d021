package eu.loopmentoring.domain.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search text as a person types it, read in the web search syntax and written back in its plain
 * form: words, {@code "quoted phrases"}, {@code -excluded} words or phrases, and {@code or} between
 * alternatives. Every other character separates words, repeated or stray operators are dropped, so
 * that any text whatsoever becomes a flat query the database's web search parser reads without
 * nesting (PostgreSQL refuses a query nested more than 32 operators deep, e.g. 33 hyphens).
 *
 * <p>A word is letters and digits, possibly joined by single inner connectors ({@code well-being},
 * {@code 3.5}, {@code o'neil}, {@code a@b.eu}, {@code c/d}, {@code snake_case}) as the text search
 * parser keeps them together. Modifier letters (such as U+02BA) separate words too: accent removal
 * turns some of them into quotes or colons.
 */
public final class SearchWords {

    private static final String CONNECTORS = "-._'@/";

    private SearchWords() {}

    private record Term(boolean excluded, boolean phrase, List<String> words) {
        String render() {
            String text = String.join(" ", words);
            return (excluded ? "-" : "") + (phrase ? '"' + text + '"' : text);
        }

        boolean isOr() {
            return !excluded
                    && !phrase
                    && words.size() == 1
                    && words.getFirst().toLowerCase(Locale.ROOT).equals("or");
        }
    }

    /** The plain form of {@code text}: empty when it holds no word at all. */
    public static String plain(String text) {
        List<Term> terms = terms(text);
        List<String> out = new ArrayList<>();
        boolean alternative = false;
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (term.isOr()) {
                // an alternative only between two terms; a stray or repeated "or" means nothing
                alternative |= !out.isEmpty()
                        && terms.subList(i + 1, terms.size()).stream().anyMatch(t -> !t.isOr());
                continue;
            }
            if (alternative) {
                out.add("or");
                alternative = false;
            }
            out.add(term.render());
        }
        return String.join(" ", out);
    }

    private static List<Term> terms(String text) {
        List<Term> terms = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            boolean excluded = false;
            if (cps[i] == '-') {
                while (i < cps.length && cps[i] == '-') {
                    i++;
                }
                excluded = i < cps.length && (cps[i] == '"' || isWordChar(cps[i]));
            }
            if (i >= cps.length) {
                break;
            }
            if (cps[i] == '"') {
                int end = i + 1;
                while (end < cps.length && cps[end] != '"') {
                    end++;
                }
                List<String> words = words(cps, i + 1, end);
                if (!words.isEmpty()) {
                    terms.add(new Term(excluded, true, words));
                }
                i = end + 1;
            } else if (isWordChar(cps[i])) {
                int end = wordEnd(cps, i, cps.length);
                terms.add(new Term(excluded, false, List.of(new String(cps, i, end - i))));
                i = end;
            } else {
                i++;
            }
        }
        return terms;
    }

    private static List<String> words(int[] cps, int from, int to) {
        List<String> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (isWordChar(cps[i])) {
                int end = wordEnd(cps, i, to);
                words.add(new String(cps, i, end - i));
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }

    /** Where the word starting at {@code start} ends: word characters, single connectors between them. */
    private static int wordEnd(int[] cps, int start, int limit) {
        int i = start;
        while (i < limit) {
            if (isWordChar(cps[i])) {
                i++;
            } else if (CONNECTORS.indexOf(cps[i]) >= 0 && i + 1 < limit && isWordChar(cps[i + 1])) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.MODIFIER_LETTER;
    }
}
