package eu.loopmentoring.persistence.shared;

/** LIKE patterns from user input, with the wildcards in it escaped. */
public final class Like {

    private Like() {}

    /** Matches values that start with {@code text}; use with {@code escape '\'}. */
    public static String prefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
