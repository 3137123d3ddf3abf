package com.safesupport.bot.guardrail;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a message reads like an ordinary German, Dutch or French customer message: mostly that language's function
 * words ("ich", "bitte", "mijn", "vous"; English "the", "my", "please" count against), written about oneself or to the
 * bank formally ("ich", "mein", "Sie", "vous", "u", "j'"), and nowhere addressing the reader informally ("du", "dein",
 * "jij", "tu") or with an informal command ("schreib", "vergiss", "antworte", "oublie", "écris"), as the injections in
 * these languages do. The injection classifier learned these languages from deepset's rows, where German is almost
 * only injections or general questions, so an ordinary German support message about changed rules or an earlier
 * message to ignore scores like an injection (issue 14, round 24). Words that are also English ("die", "was", "is",
 * "in", "me", "an") count for neither language. One pass over the text, a set look-up per word.
 */
final class OtherLanguage {

    private static final Set<String> ENGLISH = Set.of("the", "a", "and", "are", "to", "of", "for", "on", "my", "your", "you",
            "i", "it", "that", "this", "with", "what", "how", "be", "do", "not", "have", "can", "please", "me", "would",
            "should", "will", "from", "about");

    private static final Set<String> GERMAN_DUTCH_FRENCH = Set.of(
            // German
            "der", "das", "und", "ist", "ich", "nicht", "sie", "du", "mein", "meine", "meinen", "meiner", "bitte", "ein",
            "eine", "einen", "für", "mit", "auf", "wie", "zu", "den", "dem", "des", "sich", "es", "wir", "habe", "haben",
            "dass", "von", "bei", "auch", "noch", "mir", "mich", "dir", "dich", "ihnen", "ihr", "im", "sind", "soll", "kann",
            // Dutch
            "de", "het", "een", "en", "ik", "mijn", "je", "jij", "u", "van", "voor", "niet", "op", "wat", "hoe", "dat",
            "naar", "met", "zijn", "heb", "mij", "moet", "om", "te", "er",
            // French (du, je and des are listed above)
            "le", "la", "les", "un", "une", "et", "est", "tu", "vous", "mon", "ma", "mes", "ton", "ta", "tes", "pour",
            "pas", "que", "qui", "sur", "dans", "avec", "il", "elle", "à", "au", "ai");

    /** The writer speaking of themselves, or to the bank formally (lower-cased; "Sie" is checked by its capital). */
    private static final Set<String> SELF_OR_FORMAL = Set.of("ich", "mein", "meine", "meinen", "meinem", "meiner", "meines",
            "ihnen", "ik", "mijn", "u", "uw", "vous", "votre", "vos", "mon", "ma", "mes", "j");

    /** The reader addressed informally, or told to do something in the informal imperative (German, French). */
    private static final Set<String> INFORMAL = Set.of("du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner",
            "deines", "euch", "jij", "jou", "jouw", "tu", "toi", "ton", "ta", "tes",
            "schreib", "schreibe", "erfinde", "antworte", "beantworte", "gib", "sag", "sage", "vergiss", "ignoriere", "hör",
            "höre", "fasse", "zeig", "zeige", "wiederhole", "nenne", "erzähl", "erzähle", "stell", "lass", "mach", "mache",
            "spiel", "spiele", "verfasse", "formuliere",
            "oublie", "écris", "dis", "donne", "répète", "fais", "montre", "joue", "réponds", "ignore");

    private OtherLanguage() {
    }

    /**
     * Mostly German, Dutch or French (more of their function words than English ones, at least two), about oneself or
     * formal, and with no informal address or command.
     */
    static boolean ordinaryGermanDutchOrFrench(String text) {
        int english = 0;
        int other = 0;
        boolean selfOrFormal = false;
        boolean informal = false;
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':') {
                    sentenceStart = true;
                }
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            // Function words are short; a longer run of letters is in no list.
            if (i - start <= 10) {
                String word = text.substring(start, i);
                String lower = word.toLowerCase(Locale.ROOT);
                english += ENGLISH.contains(lower) ? 1 : 0;
                other += GERMAN_DUTCH_FRENCH.contains(lower) ? 1 : 0;
                selfOrFormal |= SELF_OR_FORMAL.contains(lower) || (!sentenceStart && word.equals("Sie"));
                informal |= INFORMAL.contains(lower);
            }
            sentenceStart = false;
        }
        return other >= 2 && other > english && selfOrFormal && !informal;
    }
}
