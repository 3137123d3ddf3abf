package com.safesupport.redaction.detect;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Round 89 (rb89): a person's name written all in lower case (chat style) after an introduction of its language ("mijn
 * naam is sem de vries", "c'est moi, guillaume perrin-labat", "sou a thaís rocha de albuquerque", "mimi ni wanjiru
 * kamau", "na me oluwafemi akintola"), after a label ("holder: anna-lena brückner"), or as a chat log's speaker at a
 * line's start ("[10:02] jonas weißenborn: hallo"). Two to four lower-case name words, particles allowed inside; the run
 * stops at any punctuation, a digit, a capital, or a stop word of the Snowball lists (Lucene's {@code
 * lucene-analysis-common}: English, Dutch, French, German, Spanish, Italian, Portuguese, Swedish, Norwegian, Danish) or a
 * common English word. It is taken only when its first word is a known given name (or initials, "j.p.") or its last a
 * known family name, every word not a common English word (or known to the gazetteer as a name), so "ik ben erg blij",
 * "je suis désolé", "sou cliente", "it's broken" stay ordinary words. A found piece ("rocha de albuquerque") is covered by
 * the longer span. Each introduction occurrence reads at most four words of at most {@link #MAX_WORD} characters: linear.
 */
final class LowerIntroNames {

    /** Introductions and labels, lower case, with their trailing blank: general phrases of the languages, no message text. */
    static final List<String> INTROS = List.of("my name is ", "my name's ", "name is ", "i am ", "i'm ", "im ", "this is ",
            "it's ", "its ", "it is ", "it's me, ", "its me, ", "it's me again, ", "its me again, ",
            "ik ben ", "mijn naam is ", "je suis ", "je m'appelle ", "je m’appelle ", "c'est moi, ", "c’est moi, ", "c'est ",
            "c’est ", "moi c'est ", "ich bin ", "ich heiße ", "ich heisse ", "mein name ist ", "mi chiamo ", "sono ",
            "me llamo ", "soy ", "mi nombre es ", "sou a ", "sou o ", "sou ", "é a ", "é o ", "meu nome é ", "me chamo ",
            "jestem ", "nazywam się ", "mam na imię ", "jmenuji se ", "mimi ni ", "naitwa ", "jina langu ni ", "na me ",
            "en peyar ", "jeg heter ", "jag heter ", "mit navn er ", "holder: ", "name: ", "nome: ", "naam: ", "nom: ",
            "właściciel: ", "titular: ", "inhaber: ", "full name: ");

    /**
     * Introductions that name and nothing else (a naming verb, a label): after them words the gazetteer does not know are
     * read too ("mijn naam is joost …", "naitwa wanjiru …"), when the run ends the clause (punctuation, a line's or the
     * text's end, or a stop word).
     */
    static final Set<String> NAMING = Set.of("my name is ", "my name's ", "mijn naam is ", "je m'appelle ", "je m’appelle ",
            "ich heiße ", "ich heisse ", "mein name ist ", "mi chiamo ", "me llamo ", "mi nombre es ", "meu nome é ",
            "me chamo ", "nazywam się ", "mam na imię ", "jmenuji se ", "naitwa ", "jina langu ni ", "en peyar ", "jeg heter ",
            "jag heter ", "mit navn er ", "holder: ", "name: ", "nome: ", "naam: ", "nom: ", "właściciel: ", "titular: ",
            "inhaber: ", "full name: ");

    /** Introductions of chat shorthand, without their apostrophe: they open ordinary words as often as names. */
    static final Set<String> WEAK = Set.of("im ", "its ");

    /** Words after a name that close a self-introduction at a line's start: "nguyen thi thu hang here, …", "… desu". */
    static final List<String> TRAILERS = List.of(" here", " hier", " desu", " speaking");

    /** Sign-offs before a lower-case signature at the text's end, beside {@link PersonContext#CLOSINGS}: "hvala, …", "ta, …". */
    static final Set<String> SIGN_OFFS = Set.of("ta", "hvala", "asante", "děkuji", "díky", "kiitos", "köszönöm", "dziękuję",
            "mulțumesc", "cheers", "love");

    /** Particles allowed inside a name, never first or last (beside {@link NameNeighbours#PARTICLES}): Irish, Māori, Scots. */
    private static final Set<String> INNER = Set.of("ni", "ní", "nic", "mac", "mc", "ó", "o", "te", "ap", "ben", "bint");

    static final CharArraySet STOP = stopWords();

    private static final int MAX_WORD = 30;

    private LowerIntroNames() {
    }

    private static CharArraySet stopWords() {
        CharArraySet all = new CharArraySet(2048, false);
        for (CharArraySet s : List.of(englishSnowball(), DutchAnalyzer.getDefaultStopSet(),
                FrenchAnalyzer.getDefaultStopSet(), GermanAnalyzer.getDefaultStopSet(), SpanishAnalyzer.getDefaultStopSet(),
                ItalianAnalyzer.getDefaultStopSet(), PortugueseAnalyzer.getDefaultStopSet(), SwedishAnalyzer.getDefaultStopSet(),
                NorwegianAnalyzer.getDefaultStopSet(), DanishAnalyzer.getDefaultStopSet())) {
            all.addAll(s);
        }
        return CharArraySet.unmodifiableSet(all);
    }

    /** Snowball's English list (the one {@code EnglishAnalyzer} keeps is 33 words, without "my", "me", "our"). */
    private static CharArraySet englishSnowball() {
        try {
            return WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(IOUtils.requireResourceNonNull(
                    SnowballFilter.class.getResourceAsStream("english_stop.txt"), "english_stop.txt"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void find(Scan scan, BitSet person, Gazetteer g, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        if (l.length() != t.length()) {
            return;
        }
        for (String intro : INTROS) {
            for (int h = l.indexOf(intro); h >= 0; h = l.indexOf(intro, h + 1)) {
                if (h > 0 && (Character.isLetterOrDigit(l.charAt(h - 1)) || l.charAt(h - 1) == '\'' || l.charAt(h - 1) == '’')
                        || !t.startsWith(intro, h)) {
                    continue; // inside a word, or the introduction not itself in lower case
                }
                int e = read(scan, g, t, h + intro.length(), false, NAMING.contains(intro));
                if (e > 0 && WEAK.contains(intro) && !bothKnown(g, t, h + intro.length(), e)) {
                    continue; // "im doin good", "its ok cos": chat shorthand needs a known given and a known family name
                }
                add(t, person, h + intro.length(), e, "lower-intro", out);
            }
        }
        signature(scan, person, g, out);
        trailer(scan, person, g, out);
        // a chat log's speaker: "[10:02] jonas weißenborn: hallo", "lindiwe mahlangu: hi"
        for (int s = 0; s < t.length(); s = nextLine(t, s)) {
            int p = s;
            if (p < t.length() && t.charAt(p) == '[') {
                int close = t.indexOf(']', p);
                if (close < 0 || close - p > 24) {
                    continue;
                }
                p = close + 1;
                while (p < t.length() && t.charAt(p) == ' ') {
                    p++;
                }
            }
            if (p == s && t.indexOf('\n') < 0) {
                continue; // one line without a time stamp: "vietnam sim: +84 …" is a label, not a chat log
            }
            int e = read(scan, g, t, p, true, false);
            if (e > p && e + 1 < t.length() && t.charAt(e) == ':' && t.charAt(e + 1) == ' ') {
                add(t, person, p, e, "lower-speaker", out);
            }
        }
    }

    /** A lower-case signature closing the text after a sign-off and a comma or a line break: "hvala, zvonimir babić". */
    private static void signature(Scan scan, BitSet person, Gazetteer g, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        int end = t.length();
        while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || ".!".indexOf(t.charAt(end - 1)) >= 0)) {
            end--;
        }
        // at most four words of MAX_WORD back: constant
        int b = end;
        int blanks = 0;
        while (b > 0 && end - b < 4 * (MAX_WORD + 1) && t.charAt(b - 1) != ',' && t.charAt(b - 1) != '\n') {
            if (t.charAt(b - 1) == ' ' && ++blanks > 4) {
                return;
            }
            b--;
        }
        if (b <= 0 || b == end || end - b >= 4 * (MAX_WORD + 1)) {
            return;
        }
        int s = b;
        while (s < end && t.charAt(s) == ' ') {
            s++;
        }
        int w = b - 1;
        while (w > 0 && (Character.isLetter(l.charAt(w - 1)) || l.charAt(w - 1) == ' ') && b - w < 24) {
            w--;
        }
        String closing = l.substring(w, b - 1).strip();
        if (!PersonContext.CLOSINGS.contains(closing) && !SIGN_OFFS.contains(closing) && !closing.equals("--")
                && !(t.charAt(b - 1) == '\n' && l.startsWith("-- ", s))) {
            return;
        }
        if (l.startsWith("-- ", s)) {
            s += 3;
        }
        int e = read(scan, g, t, s, false, false);
        if (e == end) {
            add(t, person, s, e, "lower-signature", out);
        }
    }

    /** "nguyen thi thu hang here, …": a name at a line's start or after a comma, then a trailer and punctuation. */
    private static void trailer(Scan scan, BitSet person, Gazetteer g, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        for (String tr : TRAILERS) {
            for (int h = l.indexOf(tr); h >= 0; h = l.indexOf(tr, h + 1)) {
                int after = h + tr.length();
                if (after < t.length() && Character.isLetterOrDigit(t.charAt(after)) || !t.startsWith(tr, h)) {
                    continue;
                }
                // back over at most four words to a line's start, ", " or ": "
                int b = h;
                while (b > 0 && h - b < 4 * (MAX_WORD + 1) && t.charAt(b - 1) != '\n' && t.charAt(b - 1) != ','
                        && t.charAt(b - 1) != ':' && t.charAt(b - 1) != ']') {
                    b--;
                }
                if (h - b >= 4 * (MAX_WORD + 1)) {
                    continue;
                }
                int s = b;
                while (s < h && t.charAt(s) == ' ') {
                    s++;
                }
                if (s > b + 1 || b > 0 && t.charAt(b - 1) != '\n' && s == b) {
                    continue; // one blank after the comma or colon
                }
                int e = read(scan, g, t, s, false, false);
                if (e == h) {
                    add(t, person, s, e, "lower-trailer", out);
                }
            }
        }
    }

    private static int nextLine(String t, int s) {
        int n = t.indexOf('\n', s);
        if (n < 0) {
            return t.length();
        }
        return n + 1;
    }

    private static void add(String t, BitSet person, int s, int e, String why, List<Candidate> out) {
        if (e <= s) {
            return;
        }
        int tagged = person.nextClearBit(s);
        if (tagged >= e) {
            return; // wholly found already
        }
        out.add(new Candidate("PERSON", s, e, NameNeighbours.SCORE, NameNeighbours.SOURCE, null).withContext(why));
    }

    /**
     * The end of two to four lower-case name words from {@code p} (single blanks between), or -1. {@code speaker}: the
     * run must end right before ':'.
     */
    private static int read(Scan scan, Gazetteer g, String t, int p, boolean speaker, boolean naming) {
        int[] starts = new int[4];
        int[] ends = new int[4];
        int n = 0;
        int k = p;
        while (n < 4 && k < t.length()) {
            int e = wordEnd(t, k);
            if (e <= k || e - k > MAX_WORD) {
                break;
            }
            starts[n] = k;
            ends[n] = e;
            n++;
            if (e + 1 < t.length() && t.charAt(e) == ' ' && Character.isLowerCase(t.charAt(e + 1))) {
                k = e + 1;
            } else {
                break;
            }
        }
        // the name: the longest prefix whose words are name words (particles only inside)
        int m = 0;
        while (m < n && nameWord(scan, g, t, starts[m], ends[m], m == 0)) {
            m++;
        }
        // drop trailing particles
        while (m > 0 && particle(t.substring(starts[m - 1], ends[m - 1]))) {
            m--;
        }
        if (speaker && (m != n || n == 0 || ends[n - 1] >= t.length() || t.charAt(ends[n - 1]) != ':')) {
            return -1;
        }
        int names = 0;
        for (int j = 0; j < m; j++) {
            if (!particle(t.substring(starts[j], ends[j]))) {
                names++;
            }
        }
        if (names < 2) {
            return -1;
        }
        String first = t.substring(starts[0], ends[0]);
        String last = t.substring(starts[m - 1], ends[m - 1]);
        boolean given = initials(first) || known(g, first, true);
        boolean family = known(g, last, false);
        if (!given && !family && !(naming && names == m && clauseEnd(t, ends[m - 1]))
                || given && common(scan, first) && !family) {
            // unknown words after a naming phrase only without particles: "mi chiamo sempre la banca" is no name
            return -1; // a given name that is also a common word ("summer", "grace") needs a known family name after it
        }
        // the run must end the clause or meet a word that is not a name word: not glued to a letter
        return ends[m - 1];
    }

    private static boolean bothKnown(Gazetteer g, String t, int s, int e) {
        int b = t.indexOf(' ', s);
        int a = t.lastIndexOf(' ', e - 1);
        if (b < 0 || a < s || b >= e) {
            return false;
        }
        String first = t.substring(s, b);
        return (initials(first) || known(g, first, true)) && known(g, t.substring(a + 1, e), false);
    }

    /** A common English word (SCOWL size 50 or less), whole or any part of a hyphenated one. */
    private static boolean common(Scan scan, String w) {
        for (String part : w.split("[-'’]")) {
            if (!part.isEmpty() && scan.pack().commonness(part) <= 50) {
                return true;
            }
        }
        return false;
    }

    /** The run ends its clause: punctuation, a line's or the text's end, or a blank and a stop word. */
    private static boolean clauseEnd(String t, int e) {
        if (e >= t.length() || ",.;:!?\n)".indexOf(t.charAt(e)) >= 0) {
            return true;
        }
        if (t.charAt(e) != ' ') {
            return false;
        }
        int k = e + 1;
        while (k < t.length() && Character.isLetter(t.charAt(k)) && k - e < MAX_WORD) {
            k++;
        }
        return k > e + 1 && STOP.contains(t.substring(e + 1, k));
    }

    /** Known to the gazetteer as a given ({@code given}) or family name, as written or without accents, or each part of a hyphenated one. */
    static boolean known(Gazetteer g, String w, boolean given) {
        if (knownWhole(g, w, given)) {
            return true;
        }
        if (w.indexOf('-') <= 0) {
            return false;
        }
        for (String part : w.split("-")) {
            if (part.isEmpty() || !knownWhole(g, part, given)) {
                return false;
            }
        }
        return true;
    }

    private static boolean knownWhole(Gazetteer g, String w, boolean given) {
        String f = Chars.foldAccents(w);
        return given ? g.firstName(title(w)) > 0 || g.firstName(title(f)) > 0
                : g.surname(title(w)) > 0 || g.surname(title(f)) > 0;
    }

    /** A lower-case word: letters, inner '-' or apostrophe; or initials "j.p.". */
    private static int wordEnd(String t, int s) {
        int k = s;
        while (k < t.length()) {
            char c = t.charAt(k);
            if (Character.isLowerCase(c) || Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isDigit(c)) {
                k++;
            } else if ((c == '-' || c == '\'' || c == '’') && k > s && k + 1 < t.length() && Character.isLowerCase(t.charAt(k + 1))) {
                k++;
            } else if (c == '.' && k == s + 1 && k + 2 < t.length() && Character.isLowerCase(t.charAt(k + 1))
                    && t.charAt(k + 2) == '.') {
                k += 3; // "j.p."
                while (k + 1 < t.length() && Character.isLowerCase(t.charAt(k)) && t.charAt(k + 1) == '.' && k - s < 8) {
                    k += 2;
                }
                return k;
            } else {
                break;
            }
        }
        if (k < t.length() && (Character.isLetterOrDigit(t.charAt(k)) || t.charAt(k) == '_' || t.charAt(k) == '@')) {
            return s; // a capital or a digit inside: not a lower-case word
        }
        return k;
    }

    private static boolean initials(String w) {
        return w.length() >= 4 && w.length() <= 8 && w.charAt(1) == '.';
    }

    private static boolean particle(String w) {
        return NameNeighbours.PARTICLES.contains(w) || INNER.contains(w);
    }

    private static boolean nameWord(Scan scan, Gazetteer g, String t, int s, int e, boolean first) {
        String w = t.substring(s, e);
        if (initials(w)) {
            return first;
        }
        if (particle(w)) {
            return !first;
        }
        if (first && w.length() < 3) {
            return false; // "its ok cos": a two-letter opener is shorthand far more often than a given name
        }
        if (!vowel(w) || PersonContext.GREETINGS.contains(w) || PersonContext.CLOSINGS.contains(w)) {
            return false;
        }
        if (STOP.contains(w)) {
            return false; // the whole word: "hans" is a Swedish stop word, "hans-peter" a name
        }
        // a common English word only as a known given name opening the run ("summer lee"), never after it ("doin good")
        return !common(scan, w) || first && known(g, w, true);
    }

    /** Whether the word has a vowel (accents folded; 'y' counts). */
    static boolean vowel(String w) {
        String f = Chars.foldAccents(w);
        for (int k = 0; k < f.length(); k++) {
            if ("aeiouy".indexOf(f.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String title(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean up = true;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == '-' || c == '\'' || c == '’';
        }
        return b.toString();
    }
}
