package com.safesupport.redaction.detect;

import java.util.Set;

/**
 * Round rm3: two name models, one gate. The shipped model's labels are kept everywhere, unchanged (what it finds,
 * and what the readings after it make of that, cannot regress); the support model (trained as the shipped one plus
 * the project's support-message batches, {@link NameModel#SUPPORT_RESOURCE}) adds a person run only where
 * <ul>
 * <li>the shipped model tagged none of its tokens, nor the token right before or after it (no run of the shipped
 *     model is widened, joined or read differently);</li>
 * <li>every word of the run is capitalised ("Anna", initials with their dot may stand between), of letters, and no
 *     common English word unknown as a name ("This", "Helps"), no function word of another language;</li>
 * <li>its sentence (tokens up to a sentence start or a line break) reads as English by a cheap signal: no letter of
 *     a script other than Latin in it, no function word of another language ({@link #FOREIGN}), and an English function
 *     word ({@link #ENGLISH}) in it — or, for a line without one ("Name: …"), at least two in the whole text and none of
 *     another language there.</li>
 * </ul>
 * Round rm2 measured why: trained with the batches, the model alone read capitalised or non-Latin runs in other
 * languages ("Fijne Dag", a Thai sentence, "Hi, Hope This Helps", "tbd", "EIN") as persons and lost names the shipped
 * model finds. Linear: one pass over the tokens for the sentences, one over the support model's labels.
 * <p>
 * Round rm4: and only in a person context ({@link PersonContext}, or a conjunction after a shipped person run): rm3's
 * gate alone let the support model add persons to tweets and questions that were mostly wrong.
 */
final class SupportNameGate {

    /** English words that other languages of the customers do not write as words of their own. */
    static final Set<String> ENGLISH = Set.of("the", "and", "my", "you", "your", "this", "that", "with", "from", "have", "has",
            "had", "please", "i", "it", "our", "be", "at", "they", "not", "been", "what", "when", "there", "hi", "hello", "thanks",
            "thank", "would", "could", "should", "can", "are", "name", "number", "account", "order", "call", "said", "just", "yes",
            "need", "help", "for", "she", "his", "him", "if", "but", "about", "which", "who", "did", "does", "don't", "i'm",
            "it's", "because", "still", "got", "get", "card", "payment", "refund", "email", "phone", "address", "dear", "regards");

    /**
     * Function words, greetings and courtesy words of French, German, Dutch, Spanish, Italian, Portuguese, Polish, Turkish,
     * the Scandinavian languages and Indonesian that are no English word and no particle of a name ("van", "de", "bin").
     */
    static final Set<String> FOREIGN = Set.of("je", "suis", "vous", "nous", "est", "et", "pour", "avec", "merci", "bonjour",
            "chez", "votre", "oui", "pas", "facture", "ich", "ist", "und", "das", "ihre", "ihr", "mein", "meine", "nicht", "vom",
            "mit", "für", "bitte", "danke", "hallo", "guten", "sehr", "rechnung", "hier", "ein", "eine", "ik", "het", "een", "en",
            "mijn", "niet", "voor", "dag", "fijne", "graag", "bedankt", "groeten", "hoi", "y", "es", "con", "por", "para", "hola",
            "gracias", "que", "il", "sono", "grazie", "buongiorno", "não", "obrigado", "obrigada", "olá", "meu", "minha", "uma",
            "jestem", "nie", "się", "jest", "dzień", "dobry", "dziękuję", "merhaba", "ve", "bir", "bu", "jag", "och", "är", "hej",
            "tack", "det", "jeg", "og", "saya", "ini", "terima", "kasih", "nama", "ja");

    /** Particles inside a name ("de", "van der", "dos", "bin", "ap"), read as the name's only between two of its words. */
    static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der",
            "den", "ter", "ten", "la", "le", "lo", "bin", "binti", "al", "el", "ap", "te", "y", "e");

    private static String lowerWord(Scan scan, Tokens.Token token) {
        return token.end() - token.start() > 12 ? "" : scan.lower().substring(token.start(), token.end());
    }

    private SupportNameGate() {
    }

    /**
     * Puts the support model's gated person runs into {@code labels} and {@code confidence} (the shipped model's, changed
     * only where it tagged nothing).
     */
    static void merge(Scan scan, NameModel.Sentence sentence, int[] labels, float[] confidence, NameModel.Tagging support,
            NameModel.Lexicon lexicon) {
        int[] extra = support.labels();
        int n = labels.length;
        boolean any = false;
        for (int k = 0; k < n && !any; k++) {
            any = extra[k] == 1 && labels[k] == 0;
        }
        if (!any) {
            return;
        }
        Sentences s = sentences(scan, sentence);
        int lastLine = PersonContext.lastLine(scan.text());
        int k = 0;
        while (k < n) {
            if (extra[k] != 1) {
                k++;
                continue;
            }
            int m = k + 1;
            while (m < n && extra[m] == 2) {
                m++;
            }
            if (accepted(scan, sentence, labels, s, lexicon, k, m) && (besidePerson(scan, sentence, labels, k)
                    || PersonContext.of(scan.text(), scan.lower(), sentence.token(k).start(), sentence.token(m - 1).end(), lastLine))) {
                for (int t = k; t < m; t++) {
                    labels[t] = t == k ? 1 : 2;
                    confidence[t] = support.confidence()[t];
                }
            }
            k = m;
        }
    }

    /** Conjunctions that join two persons ("Anna and Jan", "Anna und Jan", "Anna et Jan"). */
    static final Set<String> AND = Set.of("and", "or", "und", "oder", "en", "et", "ou", "y", "og", "och", "eller", "ve",
            "veya", "atau", "lub", "oraz");

    /**
     * Round rm4: a person context of its own — the run follows a conjunction that follows a person run of the shipped
     * model ("ask Anna and Okafor").
     */
    private static boolean besidePerson(Scan scan, NameModel.Sentence sentence, int[] labels, int k) {
        return k >= 2 && (labels[k - 2] == 1 || labels[k - 2] == 2) && AND.contains(lowerWord(scan, sentence.token(k - 1)));
    }

    private static boolean accepted(Scan scan, NameModel.Sentence sentence, int[] labels, Sentences s, NameModel.Lexicon lexicon,
            int k, int m) {
        int n = labels.length;
        if (k > 0 && labels[k - 1] != 0 || m < n && labels[m] != 0) {
            return false;
        }
        if (s.otherScript[s.id[k]] || PARTICLES.contains(lowerWord(scan, sentence.token(k)))
                || PARTICLES.contains(lowerWord(scan, sentence.token(m - 1)))) {
            return false; // "Le Service Client": a particle neither opens nor closes a name
        }
        String text = scan.text();
        int from = sentence.token(k).start();
        int to = sentence.token(m - 1).end();
        // "Pike & Rowe's GmbH", "4410;Ngozi Eze;49.00": a firm's pair or a table's cell is the readings' of the shipped model
        for (int c = Math.max(0, from - 3); c < Math.min(text.length(), to + 5); c++) {
            char ch = text.charAt(c);
            if (ch == '&' || ch == ';' || ch == '|' || ch == '\t') {
                return false;
            }
        }
        // "Qwelt Vornaxi Brudelko Zintara": a capitalised word no list knows right beside the run, on its line, makes a
        // longer capitalised stretch the support model may not add to (not in another language's sentence: German nouns)
        if (s.foreign[s.id[k]] == 0 && (k > 0 && capitalisedUnknown(sentence, k - 1) && blanks(text, sentence.token(k - 1).end(), from)
                || m < n && capitalisedUnknown(sentence, m) && blanks(text, to, sentence.token(m).start()))) {
            return false;
        }
        // "HIROSHI TANAKA\n2-5-1 AKASAKA": a run is on one line, its words apart by blanks or an initial's dot only (or a
        // slash between two words in capitals)
        for (int t = k + 1; t < m; t++) {
            for (int c = sentence.token(t - 1).end(); c < sentence.token(t).start(); c++) {
                char ch = text.charAt(c);
                // "NGUYEN/THI LAN": a card holder's family and given names in capitals, apart by a slash
                boolean slash = ch == '/' && sentence.token(t - 1).shape() == Tokens.Shape.UPPER
                        && sentence.token(t).shape() == Tokens.Shape.UPPER;
                if (ch != ' ' && ch != '.' && ch != '\u00a0' && !slash) {
                    return false;
                }
            }
        }
        int capitalised = 0;
        int lower = 0;
        int upper = 0;
        boolean evidence = false;
        Set<String> never = scan.pack().words("@person.never").words();
        for (int t = k; t < m; t++) {
            if (labels[t] != 0) {
                return false;
            }
            Tokens.Token token = sentence.token(t);
            if (token.shape() == Tokens.Shape.INITIAL || t > k && t + 1 < m && PARTICLES.contains(lowerWord(scan, token))) {
                continue; // "A. K. Okafor", "daan de vries", "Nguyen Van Hung": inside the run, a particle is the name's
            }
            if (token.end() - token.start() < 2 || !word(sentence, scan, lexicon, t) || never.contains(lowerWord(scan, token))) {
                return false; // "Amex Wróblewski": a card brand or a product is nobody
            }
            evidence |= sentence.nameEvidence(t) >= 2;
            switch (token.shape()) {
                case CAPITALIZED -> capitalised++;
                case LOWER -> {
                    if (sentence.commonness(t) != 0) {
                        return false; // "rose", "grace": in lower case an English word first
                    }
                    lower++;
                }
                case UPPER -> upper++;
                default -> {
                    return false;
                }
            }
        }
        if (m < n && sentence.token(m).start() - sentence.token(m - 1).end() <= 2
                && scan.pack().words("@person.not-before").words().contains(lowerWord(scan, sentence.token(m)))) {
            return false; // "Drake Ltd": a company word after the run
        }
        if (lower > 0) {
            // "wanjiru kamau": lower-case runs only of words the name lists know, none ordinary ("tbd", "bruh" are not)
            return capitalised + upper == 0 && evidence;
        }
        if (upper > 0 && (capitalised > 0 || upper < 2)) {
            return false; // "EIN", "AKASAKA": one word in capitals is an acronym or a form's field more often than a name
        }
        // an English sentence takes a capitalised run of uncommon words; another language's sentence one the name lists know
        return s.english(s.id[k]) || evidence;
    }

    /** Only blanks (no line break) between {@code from} and {@code to}. */
    private static boolean blanks(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (text.charAt(c) != ' ' && text.charAt(c) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Token {@code t} is capitalised (or in capitals) and no word list knows it: no English word, no name, no place. */
    private static boolean capitalisedUnknown(NameModel.Sentence sentence, int t) {
        Tokens.Shape shape = sentence.token(t).shape();
        return (shape == Tokens.Shape.CAPITALIZED || shape == Tokens.Shape.UPPER) && sentence.commonness(t) == 0
                && sentence.nameEvidence(t) == 0 && sentence.placeEvidence(t) == 0;
    }

    /**
     * Token {@code t}: letters (apostrophes, hyphens), no common English word unknown as a name, no function word; a
     * hyphenated word's parts each capitalised like its first and none a common English word ("Mori-kun", "Follow-Up").
     */
    private static boolean word(NameModel.Sentence sentence, Scan scan, NameModel.Lexicon lexicon, int t) {
        Tokens.Token token = sentence.token(t);
        String lower = scan.lower();
        String text = scan.text();
        int part = token.start();
        for (int c = token.start(); c <= token.end(); c++) {
            char ch = c < token.end() ? lower.charAt(c) : '-';
            if (ch == '-') {
                if (part > token.start() || c < token.end()) {
                    // a hyphenated word: each part starts as the first does and is no common word
                    if (c - part < 2 || Character.isUpperCase(text.charAt(part)) != Character.isUpperCase(text.charAt(token.start()))) {
                        return false;
                    }
                    int v = lexicon.of(lower, part, c, 0);
                    if (((v >> 9) & 7) >= 3 && Math.max(v & 7, (v >> 3) & 7) <= 2) {
                        return false;
                    }
                }
                part = c + 1;
            } else if (!Character.isLetter(ch) && ch != '\'' && ch != '’') {
                return false;
            }
        }
        if (sentence.commonness(t) >= 3 && sentence.nameEvidence(t) <= 2) { // "This", "Helps"
            return false;
        }
        String w = lower.substring(token.start(), token.end());
        return !FOREIGN.contains(w) && !ENGLISH.contains(w);
    }

    /** Per token its sentence; per sentence its counts of English and foreign function words and whether a non-Latin letter is in it. */
    record Sentences(int[] id, int[] english, int[] foreign, boolean[] otherScript, int textEnglish, int textForeign) {

        boolean english(int sentence) {
            if (otherScript[sentence] || foreign[sentence] > 0) {
                return false;
            }
            return english[sentence] > 0 || textEnglish >= 2 && textForeign == 0;
        }
    }

    static Sentences sentences(Scan scan, NameModel.Sentence sentence) {
        int n = sentence.size();
        String text = scan.text();
        String lower = scan.lower();
        int[] id = new int[n];
        int count = 0;
        int prevEnd = 0;
        for (int t = 0; t < n; t++) {
            Tokens.Token token = sentence.token(t);
            boolean lineBreak = false;
            for (int c = prevEnd; c < token.start() && !lineBreak; c++) {
                lineBreak = text.charAt(c) == '\n';
            }
            if (t == 0 || token.sentenceStart() || lineBreak) {
                count++;
            }
            id[t] = count - 1;
            prevEnd = token.end();
        }
        int[] english = new int[count];
        int[] foreign = new int[count];
        boolean[] otherScript = new boolean[count];
        int textEnglish = 0;
        int textForeign = 0;
        for (int t = 0; t < n; t++) {
            Tokens.Token token = sentence.token(t);
            for (int c = token.start(); c < token.end(); c++) {
                char ch = text.charAt(c);
                if (ch >= 0x80 && Character.isLetter(ch) && Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) {
                    otherScript[id[t]] = true;
                    break;
                }
            }
            if (token.end() - token.start() > 10 || token.shape() == Tokens.Shape.OTHER) {
                continue;
            }
            String w = lower.substring(token.start(), token.end());
            if (ENGLISH.contains(w)) {
                english[id[t]]++;
                textEnglish++;
            } else if (FOREIGN.contains(w)) {
                foreign[id[t]]++;
                textForeign++;
            }
        }
        return new Sentences(id, english, foreign, otherScript, textEnglish, textForeign);
    }
}
