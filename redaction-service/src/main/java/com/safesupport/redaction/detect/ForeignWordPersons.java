package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Round 88: ordinary words of another language read as a person. A person finding is no name when the text is written
 * in a language other than English and the finding is only that language's function words, or one of its nouns by a
 * shape no given name has:
 * <ul>
 * <li>every word of the finding is a stop word of a language {@code L} (Lucene's analysis-common sets: German, Dutch,
 *     French, Italian, Spanish, Portuguese, Catalan, Romanian, Finnish, Swedish, Danish, Norwegian, Hungarian,
 *     Indonesian) and no English stop word, and the rest of the text holds at least two other distinct stop words of
 *     {@code L} that are no English ones (the text is written in {@code L});</li>
 * <li>and either the finding is lower case in a text that capitalises names (a capitalised word of mixed case that
 *     opens no sentence: "la mia password … Giulia Esposito"), or it is capitalised, opens its sentence or line, and
 *     the sentence goes on after it on the same line ("Mijn nieuwe nummer", "Le colis …"). A capitalised word after a
 *     greeting or comma, or alone on its line (a signature), stays; so does a capitalised finding with a common given
 *     name in it ({@link #COMMON_GIVEN_NAME}: "Mia ha chiamato", "Ben hier", "Ella llamará").</li>
 * <li>German nouns: one capitalised word ending "-ung", "-keit", "-heit" or "-schaft" with at least four letters
 *     before the ending ("Erstattung", not "Leung", "Cheung"), right after a German article or possessive ("die
 *     Erstattung"; not "hier ist Hartung"), no name list's given or family name ("Hornung"), in a German text.</li>
 * </ul>
 * Removal only: applied to the resolved findings, the span stays taken. Linear: the text's words are read once per text
 * (lazily, only when a person finding is resolved), each finding's words once.
 */
final class ForeignWordPersons {

    private static final String[] LANGUAGES = {"de", "nl", "fr", "it", "es", "pt", "ca", "ro", "fi", "sv", "da", "no", "hu",
        "id"};

    private static final List<CharArraySet> STOP = List.of(GermanAnalyzer.getDefaultStopSet(),
            DutchAnalyzer.getDefaultStopSet(), FrenchAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet(),
            SpanishAnalyzer.getDefaultStopSet(), PortugueseAnalyzer.getDefaultStopSet(),
            CatalanAnalyzer.getDefaultStopSet(), RomanianAnalyzer.getDefaultStopSet(), FinnishAnalyzer.getDefaultStopSet(),
            SwedishAnalyzer.getDefaultStopSet(), DanishAnalyzer.getDefaultStopSet(), NorwegianAnalyzer.getDefaultStopSet(),
            HungarianAnalyzer.getDefaultStopSet(), IndonesianAnalyzer.getDefaultStopSet());

    private static final int GERMAN = 0;

    /** Name particles beyond {@link SupportNameGate#PARTICLES} that stop-word lists also hold ("des", "dei", "af"). */
    private static final Set<String> MORE_PARTICLES = Set.of("des", "dei", "degli", "af", "av", "zu", "zum", "zur", "vom",
            "vd", "lu", "ibn", "abu", "ben", "bint", "mac", "st");

    /**
     * German articles and possessives, which stand before a noun and not before a name in writing ("die Erstattung",
     * "Ihre Bestellung"; but "hier ist Hartung").
     */
    private static final Set<String> GERMAN_DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "mein", "meine", "meinen",
            "meinem", "meiner", "dein", "deine", "deinen", "deinem", "deiner", "sein", "seine", "seinen", "seinem", "seiner",
            "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "unseren", "unserem", "unserer", "euer", "eure",
            "euren", "eurem", "eurer", "diese", "dieser", "diesen", "diesem", "dieses", "jede", "jeder", "jeden", "jedem");

    /** German noun endings no given name has. */
    private static final String[] GERMAN_NOUN_ENDINGS = {"ung", "keit", "heit", "schaft"};

    /** How far the line checks look around a finding (a bound, so that many findings on one long line stay linear). */
    private static final int REACH = 64;

    /**
     * log10 of bearers from which a first name counts as common (2,000: "Ben" 4.9, "Mia" 5.5, "Ole" 3.3, "Sana" 3.7; not
     * "Le" 3.2, "Saya" 3.1).
     */
    private static final float COMMON_GIVEN_NAME = 3.3f;

    private final Scan scan;
    private List<Set<String>> present;
    private boolean capitalises;

    ForeignWordPersons(Scan scan) {
        this.scan = scan;
    }

    static boolean english(String lowerWord) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lowerWord) || SupportNameGate.ENGLISH.contains(lowerWord);
    }

    /** True when the person finding {@code [start, end)} of the normalised text is only words of another language. */
    boolean notAName(int start, int end) {
        String text = scan.text();
        List<int[]> words = words(text, start, end);
        if (words.isEmpty()) {
            return false;
        }
        for (int[] w : words) {
            if (!Character.isLetter(text.charAt(w[0]))) {
                return false;
            }
        }
        boolean upper = Character.isUpperCase(text.charAt(words.get(0)[0]));
        boolean allLower = true;
        for (int[] w : words) {
            allLower &= Character.isLowerCase(text.charAt(w[0]));
        }
        boolean aloneOnLine = aloneOnLine(text, start, end);
        if (upper && commonGivenName(words, text)) {
            return false;
        }
        profile();
        if (words.size() == 1 && upper && germanNoun(text.substring(start, end)) && afterDeterminer(start)
                && unknownName(text.substring(start, end)) && evidence(GERMAN, words, text) >= 2) {
            return true;
        }
        if (upper && stopWordHead(words, text)) {
            return true;
        }
        boolean shape = (allLower && capitalises) || (upper && opensSentence(text, start) && !aloneOnLine
                && continuesOnLine(text, end));
        if (!shape) {
            return false;
        }
        for (int l = 0; l < STOP.size(); l++) {
            boolean all = true;
            for (int[] w : words) {
                String lw = scan.lower().substring(w[0], w[1]);
                if (!STOP.get(l).contains(lw) || english(lw)) {
                    all = false;
                    break;
                }
            }
            if (all && evidence(l, words, text) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised run of two or more words led by a stop word of the text's language that is no name particle, the
     * other words being stop words of that language or words no name list knows ("Mijn IBAN", "Sie den Eingang",
     * "Meine Steuer-ID"): a possessive, pronoun or preposition does not start a name.
     */
    private boolean stopWordHead(List<int[]> words, String text) {
        if (words.size() < 2) {
            return false;
        }
        String head = scan.lower().substring(words.get(0)[0], words.get(0)[1]);
        if (SupportNameGate.PARTICLES.contains(head) || MORE_PARTICLES.contains(head) || english(head)) {
            return false;
        }
        for (int l = 0; l < STOP.size(); l++) {
            if (!STOP.get(l).contains(head) || evidence(l, words, text) < 2) {
                continue;
            }
            boolean rest = true;
            for (int k = 1; k < words.size() && rest; k++) {
                String word = text.substring(words.get(k)[0], words.get(k)[1]);
                String lw = word.toLowerCase(Locale.ROOT);
                if (STOP.get(l).contains(lw) && !english(lw)) {
                    continue;
                }
                String title = word.substring(0, 1).toUpperCase(Locale.ROOT) + lw.substring(1);
                rest = BuiltInData.GAZETTEER.firstName(title) == 0 && BuiltInData.GAZETTEER.surname(title) == 0;
            }
            if (rest) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised finding one word of which is a common given name ("Mia", "Ben", "Ella", "Will") stays. */
    private static boolean commonGivenName(List<int[]> words, String text) {
        for (int[] w : words) {
            String word = text.substring(w[0], w[1]);
            String title = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
            if (BuiltInData.GAZETTEER.firstName(title) >= COMMON_GIVEN_NAME) {
                return true;
            }
        }
        return false;
    }

    /** The word before {@code start} (on its line, a space between) is a German article or possessive ("die"). */
    private boolean afterDeterminer(int start) {
        String text = scan.text();
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == start) {
            return false;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1)) && e - b <= 8) {
            b--;
        }
        return b < e && GERMAN_DETERMINERS.contains(scan.lower().substring(b, e));
    }

    /** No name list knows the word as a given or family name ("Hornung", "Buchheit" are known). */
    private static boolean unknownName(String word) {
        String title = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
        return BuiltInData.GAZETTEER.firstName(title) == 0 && BuiltInData.GAZETTEER.surname(title) == 0;
    }

    private static boolean germanNoun(String word) {
        String lw = word.toLowerCase(Locale.ROOT);
        for (String e : GERMAN_NOUN_ENDINGS) {
            if (lw.endsWith(e) && lw.length() - e.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Distinct stop words of language {@code l} in the text, no English ones, other than the finding's own. */
    private int evidence(int l, List<int[]> words, String text) {
        Set<String> seen = present.get(l);
        int n = seen.size();
        for (int[] w : words) {
            if (seen.contains(scan.lower().substring(w[0], w[1]))) {
                n--;
            }
        }
        return n;
    }

    private void profile() {
        if (present != null) {
            return;
        }
        present = new ArrayList<>(STOP.size());
        for (int l = 0; l < STOP.size(); l++) {
            present.add(new java.util.HashSet<>());
        }
        String text = scan.text();
        String lower = scan.lower();
        int i = 0;
        int n = text.length();
        boolean sawUpper = false;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (Character.isUpperCase(text.charAt(i)) && j - i > 1 && Character.isLowerCase(text.charAt(j - 1))
                    && !opensSentence(text, i)) {
                sawUpper = true;
            }
            if (j - i <= 12) {
                String lw = lower.substring(i, j);
                if (!english(lw)) {
                    for (int l = 0; l < STOP.size(); l++) {
                        if (STOP.get(l).contains(lw)) {
                            present.get(l).add(lw);
                        }
                    }
                }
            }
            i = j;
        }
        capitalises = sawUpper;
    }

    private static List<int[]> words(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    /** The finding is the start of the text, of a line, or follows ". ", "! ", "? ", ": ". */
    static boolean opensSentence(String text, int start) {
        int p = start - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        char c = text.charAt(p);
        return c == '\n' || c == '\r' || ((c == '.' || c == '!' || c == '?' || c == ':') && p < start - 1);
    }

    private static boolean aloneOnLine(String text, int start, int end) {
        int p = start - 1;
        int floor = start - REACH;
        while (p >= 0 && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
            if (p < floor) {
                return false;
            }
            if (Character.isLetterOrDigit(text.charAt(p))) {
                return false;
            }
            p--;
        }
        return !continuesOnLine(text, end);
    }

    /** A letter or digit follows the finding before the end of its line. */
    private static boolean continuesOnLine(String text, int end) {
        for (int q = end; q < text.length() && text.charAt(q) != '\n' && text.charAt(q) != '\r'; q++) {
            if (q - end > REACH) {
                return true;
            }
            if (Character.isLetterOrDigit(text.charAt(q))) {
                return true;
            }
        }
        return false;
    }
}
