package com.safesupport.redaction.detect;

import java.util.Set;

/**
 * Round 93 (removal only): a person or place finding whose phrase shows it names a product, a plan or a firm, not a
 * person or a place. The evidence is the phrase around the finding, never the word itself:
 * <ul>
 *   <li>a product or offer noun right after it, with a determiner, a number or a quote before it ("the Victoria plan",
 *   "two 'Harriet' cushion covers", "the Emily and Oscar duvet sets", "the Unlimited Max plan");</li>
 *   <li>a product or offer noun right before it, as Romance languages (and German) name models ("plan Florence",
 *   "la lampada Matilde", "le modèle Lyon", "la silla Valencia"), or an English "model" before it and a number after it;</li>
 *   <li>a firm's joint or legal form: "&amp;" between it and another capitalised word ("Marks &amp; Spencer"), or a legal form
 *   after it and at most two capitalised words ("Ben … Ltd", "Harlow Finch GmbH");</li>
 *   <li>a tier word in or right after it ("Max Unlimited"), or a product noun named before it ("the plans are called
 *   Lily, Jasmine and Victoria");</li>
 *   <li>a day, month or feast after a preposition of time ("seit Freitag", "on Christmas Eve", "in March");</li>
 *   <li>a number's label inside it ("Der Vertrag Nr. 5520-…") or the German polite pronoun after its verb
 *   ("bestätigen Sie den Eingang").</li>
 * </ul>
 * Reads at most {@link #REACH} characters on either side of the finding: constant work per finding.
 */
final class TradeNames {

    /** Characters read on either side of a finding. */
    static final int REACH = 64;

    /** Nouns of products and offers that a name can modify ("the Victoria plan"), lower case, singular and plural. */
    static final Set<String> PRODUCT_NOUNS = Set.of(
            "plan", "plans", "tariff", "tariffs", "bundle", "bundles", "tier", "tiers", "add-on", "add-ons", "edition",
            "editions", "collection", "range", "theme", "themes", "sofa", "sofas", "settee", "armchair", "armchairs",
            "chair", "chairs", "lamp", "lamps", "duvet", "duvets", "cushion", "cushions", "rug", "rugs", "mattress",
            "kettle", "kettles", "toaster", "blender", "grill", "mug", "mugs", "router", "routers", "modem", "print",
            "prints", "poster", "posters", "candle", "candles", "blend", "blends", "bundle's", "plan's", "tariff's");

    /** Words that open a noun phrase before a name used as a modifier ("the", "two", "our"). */
    static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "my", "your", "our", "their", "his", "her", "this", "that", "these", "those", "both", "any",
            "each", "which", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    /** Head nouns that name a model, plan or line before its name ("plan Florence", "la lampada Matilde"). */
    static final Set<String> HEADS_BEFORE = Set.of(
            "plan", "plano", "tarif", "tarifa", "tariffa", "tariff", "forfait", "modèle", "modello", "modelo", "modell",
            "lampada", "lampe", "lámpara", "silla", "sedia", "chaise", "sofá", "divano", "canapé", "fauteuil", "poltrona",
            "sillón", "cafetera", "collezione", "colección", "linea", "línea", "ligne");

    /** Legal forms of firms after their name, dots left out, lower case; one of two letters counts only written with dots ("S.A."). */
    static final Set<String> LEGAL_FORMS = Set.of(
            "ltd", "limited", "gmbh", "ag", "inc", "llc", "plc", "bv", "nv", "sa", "spa", "srl", "sl", "oy", "ab", "aps",
            "kg", "sarl", "sas", "lda");

    private TradeNames() {
    }

    /** Whether the person or place finding {@code start..end} of {@code text} names a product, plan or firm here. */
    static boolean tradeName(String text, int start, int end) {
        if (end <= start || end - start > REACH || text.substring(start, end).indexOf('\n') >= 0
                || text.substring(start, end).indexOf('\r') >= 0) {
            return false; // a finding across lines ("… ZIMMERMANN\nZIMMERMANN PRAXISBEDARF GMBH") may hold a name before the firm
        }
        return productModifier(text, start, end) || afterHead(text, start, end) || headInside(text, start, end)
                || firm(text, start, end)
                || tier(text, start, end) || calledProduct(text, start) || dayAfterPreposition(text, start, end)
                || numberLabel(text, start, end) || politePronoun(text, start, end);
    }

    /**
     * Words that mark a plan's or a product's tier, written capitalised as part of its name ("Oscar Unlimited"). Not "Plus"
     * nor "Pro": both are also family names ("call Theo Plus").
     */
    static final Set<String> TIERS = Set.of("Unlimited", "Premium", "Lite", "Ultra");

    /** "Max Unlimited", "Oscar Unlimited": the finding's last word or the word right after it is a tier. */
    static boolean tier(String text, int start, int end) {
        int last = end;
        while (last > start && Character.isLetter(text.charAt(last - 1))) {
            last--;
        }
        if (last > start && text.charAt(last - 1) == ' ' && TIERS.contains(text.substring(last, end))) {
            return true;
        }
        if (end < text.length() && text.charAt(end) == ' ') {
            int e = wordEnd(text, end + 1);
            return TIERS.contains(text.substring(end + 1, e)) && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
        }
        return false;
    }

    /**
     * "The plans are called Lily, Jasmine and Victoria", "My plan is called 'Daisy Family'": a product noun, "is called"
     * (or "are", "was", "were"; "called" or "named"), then names joined by commas, "and" or "or" up to the finding.
     */
    static boolean calledProduct(String text, int start) {
        int k = start;
        // back over the names joined before the finding (at most REACH characters)
        int floor = Math.max(0, start - REACH);
        while (k > floor) {
            char c = text.charAt(k - 1);
            if (Character.isLetter(c) || c == ' ' || c == ',' || c == '-' || isOpenQuote(c) || "'\"’”".indexOf(c) >= 0) {
                k--;
                continue;
            }
            break;
        }
        String before = text.substring(k, start);
        int called = Math.max(before.lastIndexOf(" called "), before.lastIndexOf(" named "));
        if (called < 0) {
            return false;
        }
        String list = before.substring(before.indexOf(' ', called + 1) + 1);
        for (String word : list.split("[ ,'\"‘’“”]+")) {
            if (!word.isEmpty() && !"and".equals(word) && !"or".equals(word) && !Character.isUpperCase(word.charAt(0))) {
                return false; // only names (and their joints) between "called" and the finding
            }
        }
        String head = before.substring(0, called);
        for (String verb : new String[] {" is", " are", " was", " were"}) {
            if (head.endsWith(verb)) {
                String rest = head.substring(0, head.length() - verb.length());
                int a = rest.lastIndexOf(' ') + 1;
                return PRODUCT_NOUNS.contains(rest.substring(a).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /** Days, months and feasts that a time's preposition names ("seit Freitag", "on Christmas Eve", "in March"). */
    static final Set<String> DAYS = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Montag", "Dienstag", "Mittwoch",
            "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Januar", "Februar", "März", "Juni", "Juli",
            "Oktober", "Dezember", "Christmas", "Christmas Eve", "Christmas Day", "Boxing Day", "New Year's Eve",
            "New Year's Day", "Easter", "Easter Monday", "Good Friday", "Heiligabend", "Silvester", "Ostern", "Pfingsten");

    /** Prepositions of time before a day or a month, lower case. */
    static final Set<String> TIME_PREPOSITIONS = Set.of(
            "on", "in", "since", "until", "till", "last", "next", "every", "early", "late",
            "seit", "am", "bis", "ab", "vor", "nach", "im", "zum", "jeden", "letzten", "nächsten");

    /** "seit Freitag", "on Christmas Eve", "in March": a day, month or feast after a preposition of time. */
    static boolean dayAfterPreposition(String text, int start, int end) {
        if (!DAYS.contains(text.substring(start, end)) || start < 3 || text.charAt(start - 1) != ' '
                || end < text.length() && "'’".indexOf(text.charAt(end)) >= 0) {
            return false; // "in May's name": a possessive names a person
        }
        int b = start - 1;
        int a = b;
        while (a > 0 && b - a < 12 && Character.isLetter(text.charAt(a - 1))) {
            a--;
        }
        String word = text.substring(a, b);
        return a < b && (a == 0 || !Character.isLetterOrDigit(text.charAt(a - 1)))
                && TIME_PREPOSITIONS.contains(word.toLowerCase(java.util.Locale.ROOT))
                && (Character.isLowerCase(word.charAt(0)) || GreetingPhrases.placeStart(text, a));
    }

    /** "the Victoria plan", "two 'Harriet' cushion covers", "the Emily and Oscar duvet sets". */
    static boolean productModifier(String text, int start, int end) {
        int k = skipQuote(text, end);
        // at most two more names joined on ("and Oscar", ", Jasmine", "or 'Beatrix'")
        for (int joined = 0; joined < 2; joined++) {
            int j = joiner(text, k);
            if (j < 0) {
                break;
            }
            int w = capitalisedWords(text, skipOpenQuote(text, j), 2);
            if (w < 0) {
                break;
            }
            k = skipQuote(text, w);
        }
        if (k >= text.length() || text.charAt(k) != ' ') {
            return false;
        }
        int w1 = lowerWord(text, k + 1);
        if (w1 < 0) {
            return false;
        }
        boolean noun = PRODUCT_NOUNS.contains(text.substring(k + 1, w1));
        if (!noun && w1 < text.length() && text.charAt(w1) == ' ') {
            int w2 = lowerWord(text, w1 + 1); // one noun between ("table lamps", "baking tins" not: only a listed head)
            noun = w2 > 0 && PRODUCT_NOUNS.contains(text.substring(w1 + 1, w2));
        }
        return noun && openedBefore(text, start);
    }

    /** Whether a determiner, a number, a joiner or an opening quote stands before the name (after at most two capitalised words). */
    private static boolean openedBefore(String text, int start) {
        int k = start;
        for (int words = 0; words <= 2; words++) {
            int q = k;
            if (q > 0 && isOpenQuote(text.charAt(q - 1))) {
                return true;
            }
            if (q < 2 || text.charAt(q - 1) != ' ') {
                return false;
            }
            int b = q - 1;
            int a = b;
            while (a > 0 && b - a < 16 && (Character.isLetterOrDigit(text.charAt(a - 1)) || text.charAt(a - 1) == '-')) {
                a--;
            }
            if (a == b) {
                return text.charAt(b - 1) == ',' || text.charAt(b - 1) == '&';
            }
            String word = text.substring(a, b);
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (DETERMINERS.contains(lower) && Character.isLowerCase(word.charAt(0))
                    || DETERMINERS.contains(lower) && GreetingPhrases.placeStart(text, a)
                    || Character.isDigit(word.charAt(word.length() - 1)) || "and".equals(word) || "or".equals(word)) {
                return true;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            k = a; // a capitalised word before the name ("the Unlimited Max plan"): look one word further
        }
        return false;
    }

    /** "plan Florence", "la lampada 'Matilde'", "Plan Berlin Unlimited", "model Sydney 2.0". */
    static boolean afterHead(String text, int start, int end) {
        int k = start;
        if (k > 0 && isOpenQuote(text.charAt(k - 1))) {
            k--;
        }
        if (k < 2 || text.charAt(k - 1) != ' ') {
            return false;
        }
        int b = k - 1;
        int a = b;
        while (a > 0 && b - a < 16 && Character.isLetter(text.charAt(a - 1))) {
            a--;
        }
        if (a == b || a > 0 && (Character.isLetterOrDigit(text.charAt(a - 1)) || text.charAt(a - 1) == '-')) {
            return false;
        }
        String head = text.substring(a, b);
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        if (!Character.isLowerCase(head.charAt(0)) && !GreetingPhrases.placeStart(text, a)) {
            return false; // "Plan" capitalised only where a sentence starts
        }
        if (HEADS_BEFORE.contains(lower)) {
            return true;
        }
        return modelNumber(text, lower, end);
    }

    /** "plano Coimbra", "linea Casa Bella": the finding opens with the head noun itself, lower case, then a capitalised word. */
    static boolean headInside(String text, int start, int end) {
        int e = start;
        while (e < end && e - start < 16 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > start && e + 1 < end && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))
                && Character.isLowerCase(text.charAt(start)) && HEADS_BEFORE.contains(text.substring(start, e))
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    private static boolean modelNumber(String text, String lower, int end) {
        // an English model name with its number: "model Sydney 2.0"
        int after = skipQuote(text, end);
        return "model".equals(lower) && after + 1 < text.length() && text.charAt(after) == ' '
                && Character.isDigit(text.charAt(after + 1));
    }

    /** Words that end a firm's name after "&amp;" ("Harrison &amp; Sons"). */
    static final Set<String> FIRM_TAILS = Set.of("Sons", "Son", "Co", "Company", "Partners", "Associates", "Söhne", "Cie");

    /**
     * "Harrison &amp; Sons", "Ben &amp; Jerry's Ltd", "at Bloom &amp; Barley", "Harlow Finch GmbH". Two people are joined by
     * "&amp;" too ("Thanks, Ingrid &amp; Tomasz", "a gift from Ingrid &amp; Tomasz"): a pair of single words counts only with a
     * firm's tail or legal form after it, or after "at" (a shop) and with no "'s" after it.
     */
    static boolean firm(String text, int start, int end) {
        int k = end;
        if (k + 1 < text.length() && text.charAt(k) == '\'' && text.charAt(k + 1) == 's') {
            k += 2;
        }
        if (text.substring(start, end).indexOf(' ') < 0 && Character.isUpperCase(text.charAt(start))) {
            int leftStart = -1;
            int rightStart = -1;
            int amp = k < text.length() && text.charAt(k) == ' ' ? k + 1 : k;
            if (k == end && amp < text.length() && text.charAt(amp) == '&') {
                leftStart = start;
                rightStart = amp + 1 < text.length() && text.charAt(amp + 1) == ' ' ? amp + 2 : amp + 1;
            }
            int b = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
            if (leftStart < 0 && b > 0 && text.charAt(b - 1) == '&') {
                int c = b - 1;
                c = c > 0 && text.charAt(c - 1) == ' ' ? c - 1 : c;
                int a = c;
                while (a > 0 && c - a < 24 && Character.isLetter(text.charAt(a - 1))) {
                    a--;
                }
                if (a < c && (a == 0 || !Character.isLetterOrDigit(text.charAt(a - 1)))) {
                    leftStart = a;
                    rightStart = start;
                }
            }
            if (leftStart >= 0 && rightStart < text.length() && Character.isUpperCase(text.charAt(rightStart))
                    && Character.isUpperCase(text.charAt(leftStart))) {
                int rightEnd = wordEnd(text, rightStart);
                if (FIRM_TAILS.contains(text.substring(rightStart, rightEnd))) {
                    return true;
                }
                boolean possessive = rightEnd + 1 < text.length() && "'’".indexOf(text.charAt(rightEnd)) >= 0
                        && text.charAt(rightEnd + 1) == 's';
                int after = possessive ? rightEnd + 2 : rightEnd;
                if (legalFormAt(text, after)) {
                    return true; // "Ben & Jerry's Ltd"
                }
                boolean atShop = leftStart >= 4 && text.startsWith(" at ", leftStart - 4);
                if (atShop && !possessive
                        && !(after + 1 < text.length() && text.charAt(after) == ' ' && Character.isUpperCase(text.charAt(after + 1)))) {
                    return true;
                }
            }
        }
        // the finding is a dotted legal form itself, after a capitalised word ("Van Gogh Logistics B.V.")
        String self = text.substring(start, end);
        if (self.indexOf('.') > 0 && LEGAL_FORMS.contains(self.replace(".", "").toLowerCase(java.util.Locale.ROOT))
                && start > 1 && text.charAt(start - 1) == ' ' && Character.isLetter(text.charAt(start - 2))) {
            return true;
        }
        // a legal form after the name and at most two more capitalised words
        int w = k;
        for (int words = 0; words <= 2; words++) {
            if (w >= text.length() || text.charAt(w) != ' ') {
                return false;
            }
            int e = w + 1;
            while (e < text.length() && e - w <= 12 && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.')) {
                e++;
            }
            if (e == w + 1 || !Character.isUpperCase(text.charAt(w + 1))) {
                return false;
            }
            String form = text.substring(w + 1, e).replace(".", "").toLowerCase(java.util.Locale.ROOT);
            boolean endsWord = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (LEGAL_FORMS.contains(form) && endsWord && (form.length() >= 3 || e - w - 1 > form.length())) {
                return true;
            }
            w = e;
        }
        return false;
    }

    /** "Der Vertrag Nr. 5520-119-47": the finding ends on a number's label, then its number. */
    static boolean numberLabel(String text, int start, int end) {
        if (end - start < 2 || !text.startsWith("Nr", end - 2) || end - 2 > start && Character.isLetter(text.charAt(end - 3))) {
            return false;
        }
        int k = end;
        if (k < text.length() && text.charAt(k) == '.') {
            k++;
        }
        if (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && Character.isDigit(text.charAt(k));
    }

    /** "bitte bestätigen Sie den Eingang": the finding opens with "Sie" after a lower-case verb ending in -en. */
    static boolean politePronoun(String text, int start, int end) {
        int sie = text.startsWith("Sie ", start) ? start : text.substring(start, end).indexOf(" Sie ");
        sie = sie == start ? start : sie < 0 ? -1 : start + sie + 1; // "bestätigen Sie den Erhalt": the verb inside
        if (sie < 0 || sie + 5 > end || !Character.isLowerCase(text.charAt(sie + 4))) {
            return false;
        }
        if (sie < 4 || text.charAt(sie - 1) != ' ') {
            return false;
        }
        int b = sie - 1;
        int a = b;
        while (a > 0 && b - a < 24 && Character.isLetter(text.charAt(a - 1))) {
            a--;
        }
        return b - a >= 3 && Character.isLowerCase(text.charAt(a)) && text.startsWith("en", b - 2);
    }

    /** Whether a blank and a legal form ("Ltd", "GmbH", "B.V.") stand at {@code k}, the form ending a word. */
    private static boolean legalFormAt(String text, int k) {
        if (k >= text.length() || text.charAt(k) != ' ') {
            return false;
        }
        int e = k + 1;
        while (e < text.length() && e - k <= 12 && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.')) {
            e++;
        }
        if (e == k + 1 || !Character.isUpperCase(text.charAt(k + 1))) {
            return false;
        }
        String form = text.substring(k + 1, e).replace(".", "").toLowerCase(java.util.Locale.ROOT);
        return LEGAL_FORMS.contains(form) && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)))
                && (form.length() >= 3 || e - k - 1 > form.length());
    }

    /** The index after the letters from {@code k} (at most 24). */
    private static int wordEnd(String text, int k) {
        int e = k;
        while (e < text.length() && e - k < 24 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** After a closing quote at {@code k}, the index past it; else {@code k}. */
    private static int skipQuote(String text, int k) {
        return k < text.length() && "'\"’”»".indexOf(text.charAt(k)) >= 0 ? k + 1 : k;
    }

    private static int skipOpenQuote(String text, int k) {
        return k < text.length() && isOpenQuote(text.charAt(k)) ? k + 1 : k;
    }

    private static boolean isOpenQuote(char c) {
        return "'\"‘“«".indexOf(c) >= 0;
    }

    /** " and ", " or ", ", " or " & " at {@code k}: the index after it; else -1. */
    private static int joiner(String text, int k) {
        for (String j : new String[] {" and ", " or ", ", ", " & "}) {
            if (text.startsWith(j, k)) {
                return k + j.length();
            }
        }
        return -1;
    }

    /** One to {@code max} capitalised words from {@code k}, joined by single blanks: the index after them; else -1. */
    private static int capitalisedWords(String text, int k, int max) {
        int end = -1;
        for (int words = 0; words < max; words++) {
            if (k >= text.length() || !Character.isUpperCase(text.charAt(k))) {
                break;
            }
            int e = k + 1;
            while (e < text.length() && e - k < 20 && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
                e++;
            }
            end = e;
            if (e + 1 < text.length() && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) {
                k = e + 1;
            } else {
                break;
            }
        }
        return end;
    }

    /** A word of lower-case letters (and '-', '\'') from {@code k}: the index after it; else -1. */
    private static int lowerWord(String text, int k) {
        if (k >= text.length() || !Character.isLowerCase(text.charAt(k))) {
            return -1;
        }
        int e = k;
        while (e < text.length() && e - k < 20 && (Character.isLowerCase(text.charAt(e)) || text.charAt(e) == '-'
                || text.charAt(e) == '\'')) {
            e++;
        }
        return e;
    }
}
