package com.safesupport.redaction.detect;

import com.google.re2j.Pattern;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers written as one "code" (letters and digits, some with _ - + / =): UK national insurance numbers,
 * passports and US driver's licences (context needed), DEA medical licence numbers, crypto wallets, API keys
 * and tokens, and the value after "password"/"PIN". Each scans maximal runs of its characters once (runs
 * partition the text) and tests each run's shape by hand, or with RE2/J (linear time, no backtracking) on
 * that one short run where the alternatives are many.
 */
final class CodeRecognizers {

    private CodeRecognizers() {
    }

    /** Maximal runs of ASCII letters and digits: {start, end} pairs, as {@link Scan#digitRuns()} does for digits. */
    static void forEachRun(String t, java.util.function.IntPredicate member, RunVisitor visitor) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!member.test(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && member.test(t.charAt(j))) {
                j++;
            }
            visitor.visit(i, j);
            i = j;
        }
    }

    /**
     * {@link #forEachRun} over the maximal runs of at least {@code min} characters only, in the same order: a run that
     * long holds an index {@code p} with {@code p % min == min - 1}, so only those indices are read first, and the text
     * around one only when it is a member (most of a text is never read). Linear: each run is walked once.
     */
    static void forEachLongRun(String t, java.util.function.IntPredicate member, int min, RunVisitor visitor) {
        int n = t.length();
        int p = min - 1;
        while (p < n) {
            if (!member.test(t.charAt(p))) {
                p += min;
                continue;
            }
            int i = p;
            while (i > 0 && member.test(t.charAt(i - 1))) {
                i--;
            }
            int j = p + 1;
            while (j < n && member.test(t.charAt(j))) {
                j++;
            }
            if (j - i >= min) {
                visitor.visit(i, j);
            }
            // The next probe at or after j (t[j] is no member): the first index there with p % min == min - 1.
            p = j + (min - 1 - j % min);
        }
    }

    /**
     * {@link #forEachRun} over the maximal runs of ASCII letters and digits that hold a digit (every code read this way
     * has one), found once per scan and shared.
     */
    static void forEachAlnumRunWithDigit(Scan scan, RunVisitor visitor) {
        int[] runs = scan.alnumRunsWithDigit();
        for (int k = 0; k < runs.length; k += 2) {
            visitor.visit(runs[k], runs[k + 1]);
        }
    }

    interface RunVisitor {
        void visit(int start, int end);
    }

    static boolean hasDigitAndLetter(String t, int s, int e) {
        boolean d = false;
        boolean l = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            d |= Chars.digit(c);
            l |= Chars.asciiLetter(c);
        }
        return d && l;
    }

    /**
     * UK national insurance number: two prefix letters (not BG, GB, NK, KN, TN, NT, ZZ; first not D, F, I, Q, U, V;
     * second not D, F, I, O, Q, U, V), six digits, a suffix A–D; blanks allowed. HMRC prints it in capitals; typed in
     * lower case throughout ("ab 12 34 56 c") it is the same number (0.5); mixed case is no NINO.
     */
    static final class Nino extends ScannerRecognizer {

        private static final Set<String> NOT_PREFIXES = Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");

        Nino() {
            super("UkNinoRecognizer", null, "UK_NINO");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String t = scan.text();
            int n = t.length();
            // The six digits start right after the two letters or after one blank, i.e. where a digit run starts: only
            // the two places before each run's start are read (in order; a number found is passed over, as before),
            // not every character of the text.
            int[] runs = scan.digitRuns();
            int after = -1;
            for (int r = 0; r < runs.length; r += 2) {
                for (int i = runs[r] - 3; i <= runs[r] - 2; i++) {
                    if (i > after && i >= 0 && i + 9 <= n) {
                        int end = at(t, i, out);
                        if (end >= 0) {
                            after = end;
                        }
                    }
                }
            }
        }

        /** The NINO starting at {@code i}, added to {@code out}: the index of its last character, or -1 when none starts there. */
        private int at(String t, int i, List<Candidate> out) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            boolean lower = a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z';
            if (!(Chars.upper(a) && Chars.upper(b) || lower) || i > 0 && Chars.word(t.charAt(i - 1))) {
                return -1;
            }
            a = Character.toUpperCase(a);
            b = Character.toUpperCase(b);
            if ("DFIQUV".indexOf(a) >= 0 || "DFIQUVO".indexOf(b) >= 0) {
                return -1;
            }
            String prefix = String.valueOf(new char[] {a, b});
            if (NOT_PREFIXES.contains(prefix)) {
                return -1;
            }
            int k = i + 2;
            int digits = 0;
            while (digits < 6) {
                if (Chars.at(t, k) == ' ' && digits % 2 == 0) {
                    k++;
                }
                if (!Chars.digit(Chars.at(t, k)) || !Chars.digit(Chars.at(t, k + 1))) {
                    break;
                }
                k += 2;
                digits += 2;
            }
            if (digits < 6) {
                return -1;
            }
            if (Chars.at(t, k) == ' ') {
                k++;
            }
            char suffix = Chars.at(t, k);
            if ((lower ? suffix >= 'a' && suffix <= 'd' : suffix >= 'A' && suffix <= 'D') && !Chars.word(Chars.at(t, k + 1))) {
                add(out, "UK_NINO", i, k + 1, lower ? 0.5 : 0.6, null);
                return k;
            }
            return -1;
        }
    }

    /**
     * Passport numbers (one or two letters and 6–8 digits, or nine digits; the French and German shapes of
     * {@link #frenchOrGermanPassport}; the Spanish three capitals and six digits, with the word only) and US driver's licences: reported only with context; a passport shape of the
     * first kinds without it stays at 0.05, a French or German one is dropped.
     */
    static final class ContextIds extends ScannerRecognizer {

        /** The US states' licence formats (one short token, so RE2/J's cost is bounded by its length). */
        private static final Pattern LICENSE = Pattern.compile(
                "[A-Z][0-9]{3,14}|[A-Z]{2}[0-9]{3,8}|[0-9]{2}[A-Z]{3}[0-9]{5,6}|[A-Z][0-9]{2}-?[0-9]{3}-?[0-9]{3,4}|[0-9]{3}[A-Z]{2}[0-9]{4}"
                        + "|[0-9]{7,9}[A-Z]?|[0-9]{4}-[0-9]{2}-[0-9]{4}|[0-9]{3}-[0-9]{3}-[0-9]{3}");
        private final String type;

        ContextIds(String name, String type) {
            super(name, null, type);
            this.type = type;
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            boolean license = type.equals("US_DRIVER_LICENSE");
            // Licences: the states' many shapes match too much to be worth a low-score finding without context.
            if (!scan.hasDigit() || license && !scan.context().any(scan.pack().index().id(type))) {
                return;
            }
            String t = scan.text();
            RunVisitor visitor = (s, e) -> {
                while (e > s && t.charAt(e - 1) == '-') {
                    e--;
                }
                if (Chars.word(Chars.at(t, s - 1)) || e - s < 6 || e - s > 20) {
                    return;
                }
                String v = t.substring(s, e);
                if (license) {
                    if (LICENSE.matches(v)) {
                        addNeedingContext(out, type, s, e, 0.4, null);
                    }
                    return;
                }
                int letters = 0;
                while (letters < v.length() && Chars.upper(v.charAt(letters))) {
                    letters++;
                }
                int digits = v.length() - letters;
                // round 39: the passport word further back than the context window, the value closing its label
                String label = PassportLabels.longLabel(scan.lower(), s);
                if (label != null) {
                    double base = passportShapeScore(v, letters, digits);
                    if (base > 0) {
                        out.add(new Candidate(type, s, e, Math.min(1.0, base + Analyzer.CONTEXT_BOOST), this, null, true).withContext(label));
                        return;
                    }
                }
                // Without "passport" near, a passport-shaped code is only a 0.05 finding (threshold 0 shows it).
                if (Chars.allDigits(v, letters, v.length()) && (letters >= 1 && letters <= 2 && digits >= 6 && digits <= 8)) {
                    addLowWithoutContext(out, type, s, e, 0.4, null);
                } else if (letters == 0 && digits == 9) {
                    addLowWithoutContext(out, type, s, e, 0.3, null);
                } else if (Chars.allDigits(v, letters, v.length()) && letters == 3 && digits == 6) {
                    // round 38: the Spanish shape ("PAF482193"), three capitals and six digits, only with the word
                    addNeedingContext(out, type, s, e, 0.4, null);
                } else if (frenchOrGermanPassport(v)) {
                    // "07KT31986", "L7RF34G29": mixed letters and digits read as a code far more often, so only with the word
                    addNeedingContext(out, type, s, e, 0.4, null);
                }
            };
            if (license) {
                forEachRun(t, c -> Chars.asciiAlnum((char) c) || c == '-', visitor);
            } else {
                forEachAlnumRunWithDigit(scan, visitor);
            }
        }
    }

    /** The base score of a passport shape of {@link ContextIds} (before its context), or 0 for no passport shape. */
    static double passportShapeScore(String v, int letters, int digits) {
        if (Chars.allDigits(v, letters, v.length()) && letters >= 1 && letters <= 2 && digits >= 6 && digits <= 8) {
            return 0.4;
        }
        if (letters == 0 && digits == 9) {
            return 0.3;
        }
        if (Chars.allDigits(v, letters, v.length()) && letters == 3 && digits == 6 || frenchOrGermanPassport(v)) {
            return 0.4;
        }
        return 0;
    }

    /** The letters of German passport serial numbers (no vowels, no B, D, Q, S: they read as digits or make words). */
    private static final String GERMAN_PASSPORT_LETTERS = "CFGHJKLMNPRTVWXYZ";

    /**
     * A French passport number (two digits, two capitals, five digits: "07KT31986") or a German one (nine characters, the
     * first one of {@link #GERMAN_PASSPORT_LETTERS}, the rest those letters or digits, at least three digits and two
     * letters: "L7RF34G29").
     */
    static boolean frenchOrGermanPassport(String v) {
        if (v.length() != 9) {
            return false;
        }
        if (Chars.allDigits(v, 0, 2) && Chars.upper(v.charAt(2)) && Chars.upper(v.charAt(3)) && Chars.allDigits(v, 4, 9)) {
            return true;
        }
        if (GERMAN_PASSPORT_LETTERS.indexOf(v.charAt(0)) < 0) {
            return false;
        }
        int digits = 0;
        int letters = 0;
        for (int k = 0; k < 9; k++) {
            char c = v.charAt(k);
            if (Chars.digit(c)) {
                digits++;
            } else if (GERMAN_PASSPORT_LETTERS.indexOf(c) >= 0) {
                letters++;
            } else {
                return false;
            }
        }
        return digits >= 3 && letters >= 2;
    }

    /**
     * US DEA registration numbers (Presidio's MEDICAL_LICENSE): a registrant letter, a second letter (or 9), seven
     * digits whose last is the check digit ((d1 + d3 + d5) + 2 (d2 + d4 + d6)) mod 10.
     */
    static final class MedicalLicense extends ScannerRecognizer {

        MedicalLicense() {
            super("MedicalLicenseRecognizer", "dea-checksum", "MEDICAL_LICENSE");
        }

        static boolean valid(String v) {
            String u = v.toUpperCase(Locale.ROOT);
            if (u.length() != 9 || "ABCDEFGHJKLMPRSTUX".indexOf(u.charAt(0)) < 0 || !(Chars.upper(u.charAt(1)) || u.charAt(1) == '9')
                    || !Chars.allDigits(u, 2, 9)) {
                return false;
            }
            int odd = (u.charAt(2) - '0') + (u.charAt(4) - '0') + (u.charAt(6) - '0');
            int even = (u.charAt(3) - '0') + (u.charAt(5) - '0') + (u.charAt(7) - '0');
            return (odd + 2 * even) % 10 == u.charAt(8) - '0';
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String t = scan.text();
            forEachAlnumRunWithDigit(scan, (s, e) -> {
                if (e - s == 9 && !Chars.word(Chars.at(t, s - 1)) && !Chars.word(Chars.at(t, e)) && valid(t.substring(s, e))) {
                    add(out, "MEDICAL_LICENSE", s, e, 1.0, "dea-checksum");
                }
            });
        }
    }

    /** Wallets: bech32 (bc1…, tb1…), Base58Check (1…, 3…) with their checksums, and 0x + 40 hex digits. */
    static final class Crypto extends ScannerRecognizer {

        Crypto() {
            super("CryptoWalletRecognizer", "bech32|base58check", "CRYPTO");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String t = scan.text();
            forEachAlnumRunWithDigit(scan, (s, e) -> {
                int len = e - s;
                if (len < 26 || Chars.word(Chars.at(t, s - 1)) || Chars.word(Chars.at(t, e))) {
                    return;
                }
                String v = t.substring(s, e);
                String lower = v.toLowerCase(Locale.ROOT);
                if ((lower.startsWith("bc1") || lower.startsWith("tb1")) && len <= 90 && Checksums.bech32(v)) {
                    add(out, "CRYPTO", s, e, 1.0, "bech32");
                } else if ((v.charAt(0) == '1' || v.charAt(0) == '3') && len <= 35 && Checksums.base58Check(v)) {
                    add(out, "CRYPTO", s, e, 1.0, "base58check");
                } else if (len == 42 && v.startsWith("0x") && allHex(v, 2)) {
                    add(out, "CRYPTO", s, e, 0.8, null);
                }
            });
        }

        private static boolean allHex(String v, int from) {
            for (int i = from; i < v.length(); i++) {
                if (!Chars.hex(v.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** API keys, tokens, JWTs and private-key blocks by their published shapes, and long high-entropy strings. */
    static final class SecretShapes extends ScannerRecognizer {

        SecretShapes() {
            super("SecretShapeRecognizer", "entropy", "SECRET");
        }

        static boolean keyChar(int c) {
            return c < 0x80 && (Chars.asciiAlnum((char) c) || c == '_' || c == '-' || c == '+' || c == '/' || c == '=');
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            String t = scan.text();
            int begin = t.indexOf("-----BEGIN ");
            while (begin >= 0) {
                int header = t.indexOf("PRIVATE KEY-----", begin);
                int end = header < 0 ? -1 : t.indexOf("-----END ", header);
                int footer = end < 0 ? -1 : t.indexOf("PRIVATE KEY-----", end);
                if (header < 0 || header - begin > 40 || end < 0 || end - header > 10_000 || footer < 0 || footer - end > 40) {
                    break;
                }
                add(out, "SECRET", begin, footer + 16, 1.0, null);
                begin = t.indexOf("-----BEGIN ", footer + 16);
            }
            if (t.length() < 20) {
                return;
            }
            forEachLongRun(t, SecretShapes::keyChar, 20, (s, e) -> {
                // A JWT: three base64url parts joined by dots, the first two starting "eyJ".
                if (t.startsWith("eyJ", s) && Chars.at(t, e) == '.' && t.startsWith("eyJ", e + 1)) {
                    int e2 = e + 1;
                    while (e2 < t.length() && keyChar(t.charAt(e2))) {
                        e2++;
                    }
                    if (Chars.at(t, e2) == '.') {
                        int e3 = e2 + 1;
                        while (e3 < t.length() && keyChar(t.charAt(e3))) {
                            e3++;
                        }
                        if (e3 - e2 > 5) {
                            add(out, "SECRET", s, e3, 0.95, null);
                            return;
                        }
                    }
                }
                if (Chars.word(Chars.at(t, s - 1))) {
                    return;
                }
                double score = shape(t, s, e);
                if (score > 0) {
                    add(out, "SECRET", s, e, score, null);
                } else if (e - s >= 28 && scan.hasDigit() && highEntropy(t.substring(s, e))) {
                    add(out, "SECRET", s, e, 0.6, "entropy");
                }
            });
        }

        private static double shape(String t, int s, int e) {
            int len = e - s;
            if ((t.startsWith("AKIA", s) || t.startsWith("ASIA", s)) && len == 20 && upperOrDigit(t, s + 4, e)) {
                return 0.9;
            }
            if (t.startsWith("gh", s) && "pousr".indexOf(Chars.at(t, s + 2)) >= 0 && Chars.at(t, s + 3) == '_' && len >= 40) {
                return 0.95;
            }
            if ((t.startsWith("sk_", s) || t.startsWith("pk_", s) || t.startsWith("rk_", s))
                    && (t.startsWith("live_", s + 3) || t.startsWith("test_", s + 3)) && len >= 24) {
                return 0.95;
            }
            if (t.startsWith("xox", s) && "abposr".indexOf(Chars.at(t, s + 3)) >= 0 && Chars.at(t, s + 4) == '-' && len >= 15) {
                return 0.95;
            }
            if (t.startsWith("AIza", s) && len == 39) {
                return 0.9;
            }
            if (t.startsWith("sk-", s) && len >= 23) {
                return 0.85;
            }
            return 0;
        }

        private static boolean upperOrDigit(String t, int s, int e) {
            for (int i = s; i < e; i++) {
                if (!Chars.upper(t.charAt(i)) && !Chars.digit(t.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        static boolean highEntropy(String value) {
            boolean upper = false;
            boolean lower = false;
            boolean digit = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                upper |= Character.isUpperCase(c);
                lower |= Character.isLowerCase(c);
                digit |= Character.isDigit(c);
            }
            return upper && lower && digit && Checksums.entropy(value) >= 4.0;
        }
    }

    /**
     * The value after "password", "PIN", "API key", "token"...: anything with a digit or a sign; a word of letters only
     * when the text ties it to the keyword ("is", ":", "=", a quote) and it is no state or verb ("my password expired",
     * "my PIN is blocked", "PIN attempts").
     */
    static final class SecretAfterKeyword extends ScannerRecognizer {

        private static final String[] KEYWORDS = {"password", "passwd", "pwd", "pw", "passcode", "pass code", "pin code", "pin number", "pin",
                "secret", "api key", "api-key", "api_key", "apikey", "access token", "auth token", "token",
                // the password in Spanish, Portuguese, Polish, French, German, Dutch, Finnish and Turkish (without its
                // cedilla): "contraseña: …", "senha: …", "hasło: …", "mot de passe : …", "Kennwort=…", "şifre: …"
                "contraseña", "contrasena", "senha", "hasło", "haslo", "mot de passe", "passwort", "kennwort", "wachtwoord",
                "salasana", "sifre"};
        /** {@link #KEYWORDS} by their first two letters, in the same order: a word is compared only with those it can be. */
        private static final PrefixTable KEYWORDS_BY_PAIR = new PrefixTable(List.of(KEYWORDS));

        /**
         * Words that tie a keyword to what it guards before the colon: "password for wifi: …", "senha do wifi: …",
         * "contraseña del router: …", "hasło do konta: …".
         */
        private static final Set<String> FOR_WHAT = Set.of("for", "of", "to", "do", "da", "de", "del", "du", "dla", "zum", "zur", "für");

        private static final Set<String> NOT_SECRETS = Set.of("reset", "expired", "change", "changed", "forgot", "forgotten", "and",
                "the", "for", "with", "has", "was", "not", "doesn't", "isn't", "please", "again", "field", "manager", "required",
                "number", "code", "that", "this", "but", "you", "your", "mine", "here", "there", "is", "are", "been", "update",
                "updated", "will", "would", "should", "can", "can't", "cannot", "does", "did", "didn't", "won't", "keeps", "still");

        SecretAfterKeyword() {
            super("SecretAfterKeywordRecognizer", "not-a-word", "SECRET");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            String l = scan.lower();
            String t = scan.text();
            int n = l.length();
            for (int i = 0; i < n; i++) {
                // Only where the first two letters start a keyword ("pa", "pw", "pi", "se", "ap", "ac", "au", "to"): most
                // words ("the", "and", "please") end here, and the rest are compared only with the keywords they can be.
                int[] keywords = KEYWORDS_BY_PAIR.at(l, i);
                if (keywords.length == 0 || i > 0 && Chars.letterOrDigit(l.charAt(i - 1))) {
                    continue;
                }
                String keyword = null;
                for (int m : keywords) {
                    String k = KEYWORDS[m];
                    if (Chars.startsWith(l, i, k) && !Chars.letterOrDigit(Chars.at(l, i + k.length()))) {
                        keyword = k;
                        break;
                    }
                }
                if (keyword == null) {
                    continue;
                }
                int k = i + keyword.length();
                // (is|was|=|:|-)? then [:=]? then a quote?
                int b = Chars.skipBlanks(l, k);
                boolean linked = false;
                boolean verb = false;
                int verbLength = b > k ? verbAt(l, b) : 0;
                if (verbLength > 0) {
                    k = Chars.skipBlanks(l, b + verbLength);
                    linked = true;
                    verb = true;
                } else if (b == k && Chars.at(l, k) == '-' && Chars.letterOrDigit(Chars.at(l, k + 1))) {
                    // "token-based", "password-protected": a compound word, not a keyword and its value.
                    i = k;
                    continue;
                } else {
                    k = b;
                    int what = b > i + keyword.length() ? forWhat(l, b) : -1;
                    if (what > 0) {
                        k = Chars.skipBlanks(l, what + 1);
                        linked = true;
                    } else if (Chars.at(l, k) == '=' || Chars.at(l, k) == ':' || Chars.at(l, k) == '-') {
                        k = Chars.skipBlanks(l, k + 1);
                        linked = true;
                    }
                }
                boolean quoted = false;
                if (Chars.at(l, k) == '"' || Chars.at(l, k) == '\'' || Chars.at(l, k) == '“') {
                    k++;
                    quoted = true;
                }
                if (keyword.equals("pw") && !linked && !quoted) {
                    // "pw is …", "pw: …" only: "the PW 200 model", "PW 7" name products and pages.
                    continue;
                }
                int e = k;
                while (e < n && e - k < 64 && !Character.isWhitespace(t.charAt(e)) && "\"'“”,;".indexOf(t.charAt(e)) < 0) {
                    e++;
                }
                if (e - k < 3 || e - k >= 64 && e < n && !Character.isWhitespace(t.charAt(e))) {
                    i = Math.max(i, k - 1);
                    continue;
                }
                double score = check(t.substring(k, e), quoted ? Link.QUOTED : verb ? Link.VERB : linked ? Link.SIGN : Link.NONE);
                if (score > 0) {
                    int end = e;
                    // A secret never ends with sentence punctuation.
                    while (end > k && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '!' || t.charAt(end - 1) == '?')) {
                        end--;
                    }
                    add(out, "SECRET", k, end, score, "not-a-word");
                }
                i = e - 1;
            }
        }

        /** "is", "was" and the "is" of the keywords' other languages ("é", "es", "è", "ist", "jest") at {@code b} before a blank: its length, else 0. */
        static int verbAt(String l, int b) {
            for (String v : VERBS) {
                if (l.startsWith(v, b) && Chars.at(l, b + v.length()) == ' ') {
                    return v.length();
                }
            }
            return 0;
        }

        private static final String[] VERBS = {"is", "was", "é", "es", "è", "ist", "jest"};

        /**
         * "for wifi:", "do wifi:", "del router =" at {@code b}, after a keyword and a blank: a word of {@link #FOR_WHAT}, a
         * blank, one word of 2–12 letters, then ':' or '=' (a blank may stand before it). The colon's index, or -1. Reads at
         * most 20 characters: constant.
         */
        static int forWhat(String l, int b) {
            int w = b;
            while (w < l.length() && w - b < 4 && (Chars.asciiLetter(l.charAt(w)) || l.charAt(w) == 'ü')) {
                w++;
            }
            if (w == b || Chars.at(l, w) != ' ' || !FOR_WHAT.contains(l.substring(b, w))) {
                return -1;
            }
            int s = w + 1;
            int e = s;
            while (e < l.length() && e - s <= 12 && Character.isLetter(l.charAt(e))) {
                e++;
            }
            if (e - s < 2 || e - s > 12) {
                return -1;
            }
            if (Chars.at(l, e) == ' ') {
                e++;
            }
            return Chars.at(l, e) == ':' || Chars.at(l, e) == '=' ? e : -1;
        }

        /**
         * A value that hides or stands for the secret: a mask ("****", "xxxx", "•••"), a template slot ("&lt;redacted&gt;",
         * "[token]", "{{api_key}}") or a placeholder name ("YOUR_API_KEY", "your-token-here").
         */
        static boolean masked(String lower) {
            boolean mask = true;
            for (int i = 0; i < lower.length() && mask; i++) {
                mask = "*x•#._-".indexOf(lower.charAt(i)) >= 0;
            }
            if (mask) {
                return true;
            }
            char first = lower.charAt(0);
            char last = lower.charAt(lower.length() - 1);
            if (first == '<' && last == '>' || first == '[' && last == ']' || first == '{' && last == '}' || first == '(' && last == ')') {
                return true;
            }
            return (lower.startsWith("your") || lower.startsWith("my_") || lower.startsWith("my-")) && !Chars.digit(last)
                    && lower.chars().noneMatch(Character::isDigit);
        }

        /** How the value is tied to its keyword: not at all ("PIN attempts"), by "is"/"was", by ":", "=" or "-", by a quote. */
        enum Link { NONE, VERB, SIGN, QUOTED }

        /**
         * States and verbs that follow "my PIN is …" in a question about the secret, not the secret itself: "blocked",
         * "locked", "wrong", "not working".
         */
        private static final Set<String> STATES = Set.of("wrong", "incorrect", "invalid", "correct", "right", "too", "also", "now",
                "already", "weak", "strong", "long", "short", "different", "same", "new", "old", "gone", "lost", "stolen", "missing",
                "unknown", "known", "safe", "secure", "case", "sensitive", "compromised", "off", "on", "out", "fine", "ok", "okay",
                "correctly", "incorrectly", "somewhere", "what", "which", "where", "how", "why", "when", "who", "never", "always",
                "supposed", "meant", "due", "valid", "active", "inactive", "disabled", "enabled", "empty", "blank", "visible", "hidden",
                "just", "only", "very", "really", "quite", "pretty", "four", "five", "six", "eight", "digits", "characters", "letters");

        static double check(String value, Link link) {
            String v = value.toLowerCase(Locale.ROOT);
            int end = v.length();
            while (end > 0 && (v.charAt(end - 1) == '.' || v.charAt(end - 1) == '!' || v.charAt(end - 1) == '?')) {
                end--;
            }
            v = v.substring(0, end);
            if (v.length() < 3 || NOT_SECRETS.contains(v) || masked(v)) {
                return -1;
            }
            boolean letters = true;
            int vowels = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                letters &= Character.isLetter(c);
                vowels += "aeiou".indexOf(c) >= 0 ? 1 : 0;
            }
            if (!letters) {
                return 0.7;
            }
            // A word alone is a secret only when the text ties it to the keyword: "my password is sunshine",
            // "pwd: dragon", "PIN 'abcd'"; never "my PIN attempts", "the passcode doesn't work", "PIN is blocked".
            if (link == Link.QUOTED) {
                return 0.5;
            }
            if (link == Link.NONE || STATES.contains(v) || link == Link.VERB && (v.endsWith("ed") || v.endsWith("ing") || v.endsWith("ly"))) {
                return -1;
            }
            return v.length() < 12 && vowels < 3 ? 0.5 : 0.4;
        }
    }

    /** A person's age: "42 years old", "aged 42", "age: 42", "I'm 42" (the last needs more context). */
    static final class Age extends ScannerRecognizer {

        private static final String[] BEFORE_STRONG = {"aged ", "age of ", "age: ", "age:", "age "};
        private static final String[] BEFORE_WEAK = {"i'm ", "i am ", "turned ", "turning ", "turns ", "turn ", "he's ", "she's ",
                "he is ", "she is "};
        private static final Set<String> UNITS = Set.of("am", "pm", "min", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                "month", "months", "dollars", "dollar", "euros", "euro", "usd", "eur", "gbp", "kg", "lb", "lbs", "cm", "km", "mile",
                "miles", "item", "items", "order", "orders", "times", "percent", "th", "st", "nd", "rd", "x", "and", "of");

        Age() {
            super("AgeRecognizer", "age-range", "AGE");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String l = scan.lower();
            int[] runs = scan.digitRuns();
            for (int r = 0; r < runs.length / 2; r++) {
                int s = runs[2 * r];
                int e = runs[2 * r + 1];
                if (e - s > 3 || Chars.letterOrDigit(Chars.at(l, s - 1)) || Chars.at(l, s - 1) == '.') {
                    continue;
                }
                int age = Integer.parseInt(l, s, e, 10);
                if (age <= 0 || age > 120) {
                    continue;
                }
                // "42 years old", "42-year-old", "42yo".
                int k = Chars.at(l, e) == ' ' || Chars.at(l, e) == '-' ? e + 1 : e;
                int w = Chars.wordEnd(l, k);
                if (w == k && !mayFollowWord(l, s)) {
                    continue;
                }
                String unit = l.substring(k, w);
                if (unit.equals("years") || unit.equals("year") || unit.equals("yrs") || unit.equals("yr")) {
                    int o = Chars.at(l, w) == ' ' || Chars.at(l, w) == '-' ? w + 1 : w;
                    if (l.startsWith("old", o) && !Chars.letterOrDigit(Chars.at(l, o + 3))) {
                        add(out, "AGE", s, e, 0.85, "age-range");
                        continue;
                    }
                }
                if (Chars.letterOrDigit(Chars.at(l, e)) && !unit.equals("yo")) {
                    continue;
                }
                if (unit.equals("yo") || unit.equals("y") && l.startsWith("/o", w)) {
                    add(out, "AGE", s, e, 0.85, "age-range");
                    continue;
                }
                if (endsWithAny(l, s, BEFORE_STRONG)) {
                    add(out, "AGE", s, e, 0.8, "age-range");
                    continue;
                }
                char next = Chars.at(l, e);
                boolean clean = !(next == '%' || next == '$' || next == '€' || next == '£' || (next == '.' || next == ',' || next == ':')
                        && Chars.digit(Chars.at(l, e + 1)));
                if (clean && endsWithAny(l, s, BEFORE_WEAK) && !UNITS.contains(unit)) {
                    add(out, "AGE", s, e, 0.45, "age-range");
                }
            }
        }

        /** A word ends right before the number ("aged 42", "i'm 42"): the only way a bare number can be an age. */
        private static boolean mayFollowWord(String l, int s) {
            int k = s - 1;
            if (Chars.at(l, k) == ' ' || Chars.at(l, k) == ':') {
                k--;
            }
            if (Chars.at(l, k) == ' ') {
                k--;
            }
            return Chars.letter(Chars.at(l, k));
        }

        private static boolean endsWithAny(String l, int end, String[] options) {
            for (String o : options) {
                int from = end - o.length();
                if (from >= 0 && Chars.startsWith(l, from, o) && !Chars.letterOrDigit(Chars.at(l, from - 1))) {
                    return true;
                }
            }
            return false;
        }
    }
}
