package org.gradientatlas.recipe;

import java.util.Comparator;
import java.util.List;

/** The known ids nearest to a mistyped one: by edit distance (Levenshtein), or sharing its start. */
public final class ClosestIds {
    private static final int MAX_SUGGESTIONS = 3;

    private ClosestIds() {
    }

    /** Up to three ids close to {@code typed}, closest first (ties in the given order); empty when none is close. */
    public static List<String> to(String typed, List<String> known) {
        String query = typed.toLowerCase(java.util.Locale.ROOT);
        return known.stream()
                .filter(id -> close(query, id))
                .sorted(Comparator.comparingInt(id -> distance(query, id)))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static boolean close(String query, String id) {
        boolean sharesStart = query.length() >= 3 && (id.startsWith(query) || query.startsWith(id));
        return sharesStart || distance(query, id) <= Math.max(2, Math.min(query.length(), id.length()) / 3);
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions that turn a into b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
