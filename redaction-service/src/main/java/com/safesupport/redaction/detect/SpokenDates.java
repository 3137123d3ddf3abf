package com.safesupport.redaction.detect;

import java.util.Set;

/**
 * Days and years said in words, as a call transcript writes them: an ordinal day before a month ("the ninth of
 * February", "twenty-second June", "thirty first of May") and a year after it ("nineteen seventy-one", "nineteen oh
 * five", "two thousand and one", "twenty twelve"). {@link DateRecognizer} reads them around a month name only; each
 * reads a constant window (at most five words).
 */
final class SpokenDates {

    private SpokenDates() {
    }

    private static final Set<String> UNIT_ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth");
    private static final Set<String> OTHER_ORDINALS = Set.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth");
    private static final Set<String> UNITS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final Set<String> TEENS = Set.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /**
     * The start of an ordinal day in words that ends at {@code end} ("ninth", "twenty-second", "thirty first",
     * "twentieth"), -1 when there is none; "thirty" only before "first", and never a day past the thirty-first.
     */
    static int ordinalBefore(String l, int end) {
        int s = wordStart(l, end);
        if (s < 0) {
            return -1;
        }
        String w = l.substring(s, end);
        int dash = w.indexOf('-');
        if (dash > 0) {
            String tens = w.substring(0, dash);
            String unit = w.substring(dash + 1);
            return (tens.equals("twenty") && UNIT_ORDINALS.contains(unit) || tens.equals("thirty") && unit.equals("first")) ? s : -1;
        }
        if (OTHER_ORDINALS.contains(w)) {
            return s;
        }
        if (!UNIT_ORDINALS.contains(w)) {
            return -1;
        }
        if (s >= 1 && l.charAt(s - 1) == ' ') {
            int p = wordStart(l, s - 1);
            if (p >= 0) {
                String tens = l.substring(p, s - 1);
                if (tens.equals("twenty") || tens.equals("thirty") && w.equals("first")) {
                    return p;
                }
            }
        }
        return s;
    }

    /**
     * Round 41: the end of an ordinal day in words that starts at {@code at}, read forwards as a month-first date writes it
     * ("October the twenty-third", "March ninth"): "ninth", "twentieth", "twenty-third", "twenty third", "thirty-first";
     * -1 when none, and never a day past the thirty-first. Reads at most two words.
     */
    static int ordinalAt(String l, int at) {
        int[] w = new int[2];
        if (!word(l, at, w)) {
            return -1;
        }
        String x = l.substring(w[0], w[1]);
        int dash = x.indexOf('-');
        if (dash > 0) {
            String tens = x.substring(0, dash);
            String unit = x.substring(dash + 1);
            return tens.equals("twenty") && UNIT_ORDINALS.contains(unit) || tens.equals("thirty") && unit.equals("first") ? w[1] : -1;
        }
        if (UNIT_ORDINALS.contains(x) || OTHER_ORDINALS.contains(x)) {
            return w[1];
        }
        if ((x.equals("twenty") || x.equals("thirty")) && Chars.at(l, w[1]) == ' ') {
            int[] u = new int[2];
            if (word(l, w[1] + 1, u)) {
                String unit = l.substring(u[0], u[1]);
                return x.equals("twenty") && UNIT_ORDINALS.contains(unit) || x.equals("thirty") && unit.equals("first") ? u[1] : -1;
            }
        }
        return -1;
    }

    /**
     * Round 38: days in words of German, French, Spanish, Italian and Dutch, as a birth date is written out before its
     * month ("am zwölften März 1987", "erster Mai", "le premier avril", "el quince de junio", "tre marzo", "drie mei",
     * "derde juni"): German ordinals with their endings ("dritte", "dritten", "erster"), the others' cardinals from two to
     * thirty-one and their words for the first ("premier", "primero", "primo", "eerste") and the Dutch ordinals.
     * "un", "uno", "ein", "een" alone (an article) are left out; "treinta y uno", "vingt et un" and "trente et un" are read
     * as one day. {@link DateRecognizer} asks for them only before a month with its year.
     */
    private static final Set<String> FOREIGN_DAYS = foreignDays();

    private static Set<String> foreignDays() {
        java.util.Set<String> all = new java.util.HashSet<>();
        String[] germanUnits = {"ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"};
        java.util.List<String> german = new java.util.ArrayList<>(java.util.List.of("erste", "zweite", "dritte", "vierte", "fünfte",
                "sechste", "siebte", "siebente", "achte", "neunte", "zehnte", "elfte", "zwölfte", "dreizehnte", "vierzehnte",
                "fünfzehnte", "sechzehnte", "siebzehnte", "achtzehnte", "neunzehnte", "zwanzigste", "dreißigste",
                "einunddreißigste"));
        for (String u : germanUnits) {
            german.add(u + "undzwanzigste");
        }
        for (String g : german) {
            for (String ending : new String[] {"", "n", "r", "s", "m"}) {
                all.add(g + ending);
            }
        }
        all.addAll(java.util.List.of("premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt-et-un",
                "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit", "vingt-neuf",
                "trente", "trente-et-un"));
        all.addAll(java.util.List.of("primero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
                "doce", "trece", "catorce", "quince", "dieciséis", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte",
                "veintiuno", "veintidós", "veintidos", "veintitrés", "veintitres", "veinticuatro", "veinticinco", "veintiséis",
                "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta"));
        all.addAll(java.util.List.of("primo", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
                "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti",
                "ventuno", "ventidue", "ventitré", "ventitre", "ventiquattro", "venticinque", "ventisei", "ventisette", "ventotto",
                "ventinove", "trenta", "trentuno"));
        String[] dutch = {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
                "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "eenentwintig", "tweeëntwintig",
                "drieëntwintig", "vierentwintig", "vijfentwintig", "zesentwintig", "zevenentwintig", "achtentwintig",
                "negenentwintig", "dertig", "eenendertig"};
        all.addAll(java.util.List.of(dutch));
        all.addAll(java.util.List.of("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
                "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende",
                "negentiende"));
        for (int k = 18; k < dutch.length; k++) {
            all.add(dutch[k] + "ste"); // "twintigste", "eenendertigste"
        }
        return Set.copyOf(all);
    }

    /** Day words of {@link #FOREIGN_DAYS} that are English words too: not read before an English month ("six April"). */
    private static final Set<String> ENGLISH_TOO = Set.of("six", "due", "elf", "once", "sept", "dos", "tree");

    /**
     * The start of a day in words of {@link #FOREIGN_DAYS} that ends at {@code end} ("zwölften", "quince", "vingt et un"),
     * -1 when there is none; with {@code englishMonth} the words that are English too are left out. Reads at most three
     * words of at most 24 characters: constant.
     */
    static int foreignDayBefore(String l, int end, boolean englishMonth) {
        int s = letterWordStart(l, end);
        if (s < 0) {
            return -1;
        }
        String w = l.substring(s, end);
        if (w.equals("uno") && l.startsWith("treinta y ", s - 10) && s >= 10) {
            return letterWordStart(l, s - 3) == s - 10 ? s - 10 : -1; // "treinta y uno"
        }
        if (w.equals("un") && s >= 9 && (l.startsWith("vingt et ", s - 9) || s >= 10 && l.startsWith("trente et ", s - 10))) {
            int from = l.startsWith("vingt et ", s - 9) ? s - 9 : s - 10;
            return letterWordStart(l, s - 4) == from ? from : -1; // "vingt et un", "trente et un"
        }
        if (!FOREIGN_DAYS.contains(w) || englishMonth && ENGLISH_TOO.contains(w)) {
            return -1;
        }
        return s;
    }

    /** The start of the word of letters (any script) and inner hyphens that ends at {@code end} (at most 24 characters), or -1. */
    private static int letterWordStart(String l, int end) {
        int s = end;
        while (s > 0 && end - s < 24 && (Character.isLetter(l.charAt(s - 1)) || l.charAt(s - 1) == '-' && s < end)) {
            s--;
        }
        if (s < end && l.charAt(s) == '-') {
            return -1;
        }
        return s == end || s > 0 && Character.isLetterOrDigit(l.charAt(s - 1)) ? -1 : s;
    }

    /** The start of the word of letters and hyphens that ends at {@code end} (at most 16 characters), or -1. */
    private static int wordStart(String l, int end) {
        int s = end;
        while (s > 0 && end - s < 16 && (Chars.asciiLetter(l.charAt(s - 1)) || l.charAt(s - 1) == '-')) {
            s--;
        }
        return s == end || s > 0 && Chars.letterOrDigit(l.charAt(s - 1)) ? -1 : s;
    }

    /**
     * The end of a year said in words that starts at {@code at}: "nineteen" or "eighteen" then "oh five" / a teen / a
     * tens word with an optional unit ("seventy-one", "eighty four"); "twenty" then a teen or a tens word ("twenty twelve",
     * "twenty twenty-one"); "two thousand" alone or with "and" and up to ninety-nine. -1 when none.
     */
    static int yearAt(String l, int at) {
        int[] w = new int[2];
        if (!word(l, at, w)) {
            return -1;
        }
        String first = l.substring(w[0], w[1]);
        int next = w[1] + 1;
        if (first.equals("two") && l.startsWith(" thousand", w[1]) && !Chars.asciiLetter(Chars.at(l, w[1] + 9))) {
            int end = w[1] + 9;
            int rest = l.startsWith(" and ", end) ? end + 5 : Chars.at(l, end) == ' ' ? end + 1 : -1;
            int tail = rest > 0 ? below100(l, rest) : -1;
            return tail > 0 ? tail : end;
        }
        if (!(first.equals("nineteen") || first.equals("eighteen") || first.equals("twenty")) || Chars.at(l, w[1]) != ' ') {
            return -1;
        }
        if (!first.equals("twenty") && (l.startsWith("oh ", next) || l.startsWith("o ", next))) {
            int u = next + (l.startsWith("oh ", next) ? 3 : 2);
            return word(l, u, w) && UNITS.contains(l.substring(w[0], w[1])) ? w[1] : -1;
        }
        int tail = below100(l, next);
        if (tail < 0) {
            return -1;
        }
        // "twenty" then a unit alone ("twenty one") is a number, not a year.
        return first.equals("twenty") && UNITS.contains(l.substring(next, tail)) ? -1 : tail;
    }

    /**
     * The end of a two-digit year said in words at {@code at}, as a caller gives a birth year after the day and month
     * ("the ninth of May, eighty-seven", round 34): a tens word and a unit ("eighty-seven", "seventy four") that ends the
     * clause (end of text or line, '.', ',', ';', '?', '!'); -1 when none. A tens word alone or a number that goes on
     * ("twenty-two of us") is no year. Reads at most two words.
     */
    static int shortYearAt(String l, int at) {
        int[] w = new int[2];
        if (!word(l, at, w)) {
            return -1;
        }
        String x = l.substring(w[0], w[1]);
        int end = -1;
        int dash = x.indexOf('-');
        if (dash > 0) {
            end = TENS.contains(x.substring(0, dash)) && UNITS.contains(x.substring(dash + 1)) ? w[1] : -1;
        } else if (TENS.contains(x)) {
            int[] u = new int[2];
            end = Chars.at(l, w[1]) == ' ' && word(l, w[1] + 1, u) && UNITS.contains(l.substring(u[0], u[1])) ? u[1] : -1;
        }
        if (end < 0) {
            return -1;
        }
        char c = Chars.at(l, end);
        return end == l.length() || ".,;?!\n".indexOf(c) >= 0 ? end : -1;
    }

    /** The end of ten to ninety-nine in words at {@code at} ("twelve", "seventy", "seventy-one", "eighty four"), or -1. */
    private static int below100(String l, int at) {
        int[] w = new int[2];
        if (!word(l, at, w)) {
            return -1;
        }
        String x = l.substring(w[0], w[1]);
        int dash = x.indexOf('-');
        if (dash > 0) {
            return TENS.contains(x.substring(0, dash)) && UNITS.contains(x.substring(dash + 1)) ? w[1] : -1;
        }
        if (TEENS.contains(x)) {
            return w[1];
        }
        if (!TENS.contains(x)) {
            return UNITS.contains(x) ? w[1] : -1;
        }
        int[] u = new int[2];
        if (Chars.at(l, w[1]) == ' ' && word(l, w[1] + 1, u) && UNITS.contains(l.substring(u[0], u[1]))) {
            return u[1];
        }
        return w[1];
    }

    /** The word of ASCII letters and hyphens at {@code at} (at most 16 characters) into {@code w}; false when none. */
    private static boolean word(String l, int at, int[] w) {
        int e = at;
        while (e < l.length() && e - at < 16 && (Chars.asciiLetter(l.charAt(e)) || l.charAt(e) == '-' && e > at)) {
            e++;
        }
        if (e == at || e - at >= 16 || Chars.letterOrDigit(Chars.at(l, e)) || l.charAt(e - 1) == '-') {
            return false;
        }
        w[0] = at;
        w[1] = e;
        return true;
    }
}
