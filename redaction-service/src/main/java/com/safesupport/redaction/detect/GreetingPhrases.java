package com.safesupport.redaction.detect;

import java.util.HashSet;
import java.util.Set;

/**
 * Round 91: a person finding that is, as a whole, a greeting opening a message or a line ("Grüß Gott,", "Bună ziua,",
 * "Pozdravljeni,", "Xin chào,", "你好，") or a closing before a signature ("Un saludo, …", "Děkuji, …", "Asante, Given
 * Family") is no person. The evidence is the whole phrase of a language's greeting or closing in its place, never a word
 * being common: the finding's words (with the one word before them when the finding left it out, "Un" of "Un saludo") and at most
 * two words after them make exactly one phrase of {@link #OPENINGS} or
 * {@link #CLOSINGS} (with its own accents), it stands at the text's start, a line's start or after a sentence's end, and
 * the phrase ends on its punctuation. A one-word phrase that the gazetteer knows as a given or family name ("Asante",
 * "Dag", "Salam") is taken only as a closing before a signature of two or more capitalised words, never as an opening
 * (there it may be the name of the one addressed). Reads at most {@link #REACH} characters after the finding, 12 letters and
 * the blanks before it: constant work per finding.
 */
final class GreetingPhrases {

    /** Greetings that open a message, lower case, one blank between words, with their accents. */
    static final Set<String> OPENINGS;
    /** Closings before a signature. */
    static final Set<String> CLOSINGS;

    static {
        Set<String> open = new HashSet<>(NameModelRecognizer.OPENING_GREETINGS);
        open.addAll(Set.of("grüss gott", "griaß di", "griass di", "pozdravljeni", "poštovani", "poštovana", "goeiedag",
                "goeiemorgen", "goeienavond", "dobar dan", "dobro jutro", "dobra večer", "dobrý den", "dobré ráno",
                "dobrý večer", "dzień dobry", "cześć", "witam", "góðan dag", "góðan daginn", "góðan dağ", "buen día",
                "buenas tardes", "buenas noches", "buongiorno", "dia dhuit", "xin chào", "assalamu alaikum",
                "assalamualaikum", "assalamu'alaikum", "as-salamu alaykum", "salam alaikum", "selamat pagi",
                "selamat siang", "selamat sore", "selamat malam", "你好", "您好", "大家好", "안녕하세요", "こんにちは",
                "guten tag", "guten morgen", "guten abend", "moin moin", "god morgon", "god morgen", "hyvää päivää",
                "hyvää huomenta", "jó napot", "jó napot kívánok", "bună dimineața", "bună seara", "labdien", "labas rytas",
                "tere päevast", "sveiki", "molweni", "magandang umaga", "magandang hapon", "kalimera", "geia sas",
                "dobar večer", "zdravo", "merhabalar", "iyi günler", "günaydın"));
        OPENINGS = Set.copyOf(open);
        Set<String> close = new HashSet<>(PersonContext.CLOSINGS);
        close.addAll(Set.of("un saludo", "un saluto", "saludos cordiales", "un abrazo", "abrazos", "abraço", "beijos",
                "děkuji", "děkuji vám", "dziękuję", "mahalo", "rgds", "kind regards", "best regards", "warm regards",
                "firmado", "bien cordialement", "mit freundlichen grüßen", "mit freundlichen grüssen", "viele grüße",
                "viele grüsse", "liebe grüße", "liebe grüsse", "beste grüße", "met vriendelijke groet",
                "vriendelijke groeten", "groetjes", "hartelijke groet", "med vänliga hälsningar", "vänliga hälsningar",
                "med vennlig hilsen", "vennlig hilsen", "venlig hilsen", "ystävällisin terveisin", "terveisin", "kiitos",
                "srdačan pozdrav", "lijep pozdrav", "lep pozdrav", "hvala", "hvala lijepa", "s pozdravem", "díky",
                "köszönöm", "üdvözlettel", "mulțumesc", "cu stimă", "asante", "asante sana", "ngiyabonga", "dankie",
                "谢谢", "謝謝", "多谢", "ありがとうございます", "감사합니다", "terima kasih", "cảm ơn", "grazie mille",
                "merci beaucoup", "muchas gracias", "paldies", "ačiū", "aitäh", "saludos", "cordiali saluti"));
        CLOSINGS = Set.copyOf(close);
    }

    /** The longest phrase read, in characters. */
    static final int REACH = 32;

    private final Gazetteer gazetteer;

    GreetingPhrases(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether the person finding {@code start..end} of the scan's text is a greeting or closing phrase in its place. */
    boolean greetingOrClosing(String text, String lower, int start, int end) {
        if (end - start > REACH || end <= start) {
            return false;
        }
        if (!placeStart(text, start)) {
            // the phrase's first word left out of the finding ("Un" of "Un saludo,"): one word of letters and one blank before it
            int k = start - 1;
            if (k < 1 || text.charAt(k) != ' ' || !Character.isLetter(text.charAt(k - 1))) {
                return false;
            }
            while (k > 0 && start - k <= 12 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            if (start - k > 12 || !placeStart(text, k)) {
                return false;
            }
            start = k;
        }
        // the finding alone (with the word before it, as above), then with one or two words after it ("Bună" + " ziua")
        int to = end;
        for (int extra = 0; extra <= 2; extra++) {
            if (extra > 0) {
                if (to + 1 >= text.length() || text.charAt(to) != ' ' || !Character.isLetter(text.charAt(to + 1))) {
                    return false;
                }
                int k = to + 1;
                while (k < text.length() && k - start <= REACH && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '\'')) {
                    k++;
                }
                if (k - start > REACH) {
                    return false;
                }
                to = k;
            }
            String phrase = lower.substring(start, to);
            boolean opening = OPENINGS.contains(phrase);
            boolean closing = CLOSINGS.contains(phrase);
            if (!opening && !closing) {
                continue;
            }
            boolean known = phrase.indexOf(' ') < 0 && knownName(text.substring(start, to));
            int after = to;
            while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                after++;
            }
            char next = after < text.length() ? text.charAt(after) : '\n';
            if (opening && !known && ",!.，！。".indexOf(next) >= 0) {
                return true;
            }
            if (closing && ",:!，！：\n\r".indexOf(next) >= 0) {
                return !known || signature(text, after + 1);
            }
            return false;
        }
        return false;
    }

    /** Whether the gazetteer knows the word (as written, first letter upper case) as a given or family name. */
    private boolean knownName(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        String title = word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
        return gazetteer.firstName(title) > 0 || gazetteer.surname(title) > 0;
    }

    /**
     * Whether only blanks stand between {@code start} and the text's start, a line break or a sentence's end ('.', '!',
     * '?', ';' and their full-width forms). Reads the blanks before it, at most {@link #REACH}.
     */
    static boolean placeStart(String text, int start) {
        int k = start - 1;
        int floor = Math.max(-1, start - 1 - REACH);
        while (k > floor && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        return k > floor && "\n\r.!?;。！？".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * A signature of two to four capitalised words from {@code from} (blanks and one line break first), then the text's or
     * a line's end, a comma or a full stop. Reads at most 64 characters.
     */
    static boolean signature(String text, int from) {
        int k = from;
        int limit = Math.min(text.length(), from + 64);
        while (k < limit && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
            k++;
        }
        int words = 0;
        while (k < limit && Character.isUpperCase(text.charAt(k))) {
            k++;
            while (k < limit && (Character.isLetter(text.charAt(k)) && !Character.isUpperCase(text.charAt(k))
                    || text.charAt(k) == '-' || text.charAt(k) == '\'')) {
                k++;
            }
            words++;
            if (k < limit && text.charAt(k) == ' ' && k + 1 < limit && Character.isUpperCase(text.charAt(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        if (words < 2 || words > 4) {
            return false;
        }
        return k >= text.length() || ",.\n\r".indexOf(text.charAt(k)) >= 0;
    }
}
