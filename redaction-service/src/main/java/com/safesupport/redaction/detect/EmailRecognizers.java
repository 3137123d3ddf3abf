package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** E-mail addresses as written, and spelled out ("jane dot doe at example dot com"). */
final class EmailRecognizers {

    private EmailRecognizers() {
    }

    /**
     * {@code local@domain}: found from each '@' by scanning back over the local part (at most 64 characters) and
     * forward over the domain's labels; neither scan crosses another '@', so the cost is linear. Domains may be
     * internationalised (Unicode letters) or punycode ({@code xn--}); the top-level domain is checked against the
     * IANA list (an unknown one lowers the score).
     */
    static final class Written extends ScannerRecognizer {

        private final Gazetteer gazetteer;

        Written(Gazetteer gazetteer) {
            super("EmailRecognizer", "tld", "EMAIL_ADDRESS");
            this.gazetteer = gazetteer;
        }

        static boolean localChar(char c) {
            return Chars.letterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
        }

        static boolean labelChar(char c) {
            return Chars.letterOrDigit(c) || c == '-';
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            String t = scan.text();
            if (scan.hasDigit()) {
                encoded(t, out);
            }
            if (!scan.hasAt()) {
                return;
            }
            int n = t.length();
            for (int at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
                int s = at;
                while (s > 0 && localChar(t.charAt(s - 1)) && at - s < 65) {
                    s--;
                }
                if (s == at || at - s > 64 || s > 0 && localChar(t.charAt(s - 1))) {
                    continue;
                }
                while (s < at && (t.charAt(s) == '.' || t.charAt(s) == '-')) {
                    s++;
                }
                if (s == at) {
                    continue;
                }
                int end = domainEnd(t, at + 1, n);
                if (end < 0) {
                    continue;
                }
                String tld = t.substring(t.lastIndexOf('.', end - 1) + 1, end).toLowerCase(Locale.ROOT);
                double score = gazetteer.isTld(tld) || tld.startsWith("xn--") || !isAscii(tld) ? 1.0 : 0.7;
                add(out, "EMAIL_ADDRESS", s, end, score, "tld");
                at = end - 1;
            }
        }

        /**
         * An address URL-encoded in a form dump or a link ({@code email=ada.quist%40example.org}, round 34): "%40" stands
         * for the '@'. The local part is read back as at an '@' (a letter in it: "40%40 off" is no address) and the domain on;
         * only a known top-level domain counts. Each "%40" reads at most 64 characters back: linear.
         */
        private void encoded(String t, List<Candidate> out) {
            int n = t.length();
            for (int at = t.indexOf("%40"); at >= 0; at = t.indexOf("%40", at + 3)) {
                int s = at;
                boolean letter = false;
                while (s > 0 && localChar(t.charAt(s - 1)) && at - s < 65) {
                    s--;
                    letter |= Character.isLetter(t.charAt(s));
                }
                if (s == at || !letter || at - s > 64 || s > 0 && localChar(t.charAt(s - 1)) || !Character.isLetterOrDigit(t.charAt(s))) {
                    continue;
                }
                int end = domainEnd(t, at + 3, n);
                if (end < 0) {
                    continue;
                }
                String tld = t.substring(t.lastIndexOf('.', end - 1) + 1, end).toLowerCase(Locale.ROOT);
                if (gazetteer.isTld(tld)) {
                    add(out, "EMAIL_ADDRESS", s, end, 0.9, "tld");
                    at = end - 3;
                }
            }
        }

        /** The end of a domain of at least two labels whose last is a top-level-domain shape; -1 when none. */
        static int domainEnd(String t, int from, int n) {
            int i = from;
            int lastGood = -1;
            int labels = 0;
            while (i < n && labels < 127) {
                int labelStart = i;
                while (i < n && labelChar(t.charAt(i)) && i - labelStart < 64) {
                    i++;
                }
                int len = i - labelStart;
                if (len == 0 || len > 63 || t.charAt(labelStart) == '-' || t.charAt(i - 1) == '-') {
                    break;
                }
                labels++;
                if (labels >= 2 && tldShape(t, labelStart, i) && (i >= n || !labelChar(t.charAt(i)) && t.charAt(i) != '@')) {
                    lastGood = i;
                }
                if (i + 1 < n && t.charAt(i) == '.' && labelChar(t.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            return lastGood;
        }

        /** Letters only (2–24), or a punycode label. */
        static boolean tldShape(String t, int from, int to) {
            int len = to - from;
            if (len >= 5 && t.regionMatches(true, from, "xn--", 0, 4)) {
                for (int k = from + 4; k < to; k++) {
                    if (!Chars.asciiAlnum(t.charAt(k)) && t.charAt(k) != '-') {
                        return false;
                    }
                }
                return true;
            }
            if (len < 2 || len > 24) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (!Chars.letter(t.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * "jane dot doe at example dot com", "jane(at)example(dot)com", "jane (at) example (dot) com", "jane @ example.com", "jane[@]example[.]com":
     * from each "at" marker,
     * a bounded walk back over at most six local-part pieces and forward over at most eight domain pieces.
     */
    static final class Spelled extends ScannerRecognizer {

        private static final Set<String> COMMON_LOCAL = Set.of("look", "looking", "here", "there", "work", "home", "visit", "found",
                "find", "check", "login", "log", "sign", "signed", "available", "posted", "online", "shop", "order", "ordered", "bought",
                "this", "that", "them", "stay", "staying", "live", "lives", "based", "email", "emails", "mail", "reach", "contact",
                "me", "us", "him", "her", "it", "you", "we", "is", "was", "are", "be", "and", "or", "arrive", "arrived", "meet", "stop",
                "people", "team", "staff", "good", "great", "best", "well", "back", "out", "in", "up", "down", "off");
        // (" @domain.com" alone is a handle or a domain suffix, not a spelled-out address: no marker for it.)
        static final String[] AT = {" (at) ", " [at] ", " {at} ", " <at> ", "(at)", "[at]", "{at}", "<at>", " (@) ", " [@] ",
            "(@)", "[@]", "{@}", "<@>", " at ", " @ ", "@ "};
        private static final String[] DOT = {" (dot) ", " [dot] ", " {dot} ", " <dot> ", "(dot)", "[dot]", "{dot}", "<dot>", "(.)", "[.]",
            " dot ", " . ", "."};

        /**
         * Per pair of first two characters of a marker of {@link #AT} (all ASCII): 0 for none, else the pair's number in
         * {@link #AT_THIRD}. With it, a cheap test before {@link #match}.
         */
        private static final byte[][] AT_PAIR = new byte[128][128];
        /**
         * Per pair (two longs, indexed by its number): a bit for each ASCII character that is the third of one of its
         * markers; every bit for a pair that is itself a marker ("@ "). " a" starts " at " only: "a", "and", "about"
         * after a blank end here instead of in eight comparisons.
         */
        private static final long[] AT_THIRD = new long[2 * (AT.length + 1)];

        static {
            int pairs = 0;
            for (String marker : AT) {
                char a = marker.charAt(0);
                char b = marker.charAt(1);
                if (AT_PAIR[a][b] == 0) {
                    AT_PAIR[a][b] = (byte) ++pairs;
                }
                int id = AT_PAIR[a][b];
                if (marker.length() == 2) {
                    AT_THIRD[2 * id] = -1L;
                    AT_THIRD[2 * id + 1] = -1L;
                } else {
                    char c = marker.charAt(2);
                    AT_THIRD[2 * id + (c >> 6)] |= 1L << (c & 63);
                }
            }
        }

        /**
         * False only where no marker of {@link #AT} starts at {@code i}: its first three characters (past the text's end
         * read as '\0', which no marker holds) are those of none. A third character outside ASCII is left to {@link #match}.
         */
        static boolean mayStartMarker(String l, int i) {
            char first = l.charAt(i);
            char second = Chars.at(l, i + 1);
            if (first >= 128 || second >= 128) {
                return false;
            }
            int id = AT_PAIR[first][second];
            if (id == 0) {
                return false;
            }
            char third = Chars.at(l, i + 2);
            return third >= 128 || (AT_THIRD[2 * id + (third >> 6)] & 1L << (third & 63)) != 0;
        }

        private final Gazetteer gazetteer;

        Spelled(Gazetteer gazetteer) {
            super("ObfuscatedEmailRecognizer", "tld", "EMAIL_ADDRESS");
            this.gazetteer = gazetteer;
        }

        static boolean pieceChar(char c) {
            return Chars.digit(c) || c >= 'a' && c <= 'z' || c == '_' || c == '%' || c == '+' || c == '-';
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            String l = scan.lower();
            int n = l.length();
            int next = 0;
            for (int i = 0; i < n; i++) {
                char c = l.charAt(i);
                if (c != ' ' && c != '(' && c != '[' && c != '{' && c != '<' && c != '@') {
                    continue;
                }
                // Only where the first three characters can start a marker (most blanks end here).
                if (!mayStartMarker(l, i)) {
                    continue;
                }
                String marker = match(l, i, AT);
                if (marker == null || i < next) {
                    continue;
                }
                int localEnd = i;
                int domainStart = i + marker.length();
                // Local part: pieces joined by dots, walked backwards.
                int s = localEnd;
                boolean spelledLocal = false;
                int pieces = 0;
                int pieceEnd = localEnd;
                while (pieces < 6) {
                    int ps = pieceEnd;
                    while (ps > 0 && pieceChar(l.charAt(ps - 1)) && pieceEnd - ps < 64) {
                        ps--;
                    }
                    if (ps == pieceEnd || !Chars.letterOrDigit(l.charAt(ps))) {
                        break;
                    }
                    s = ps;
                    pieces++;
                    String dot = matchEnding(l, ps, DOT);
                    if (dot == null || ps - dot.length() <= 0) {
                        break;
                    }
                    spelledLocal |= !dot.equals(".");
                    pieceEnd = ps - dot.length();
                }
                if (pieces == 0 || s > 0 && (Chars.word(l.charAt(s - 1)) || l.charAt(s - 1) == '.')) {
                    continue;
                }
                // Domain: pieces joined by dots, at least two, the last a known top-level domain.
                int e = domainStart;
                int end = -1;
                boolean spelledDomain = false;
                boolean spelledAtLastGood = false;
                for (int k = 0; k < 8; k++) {
                    int pe = e;
                    while (pe < n && pieceChar(l.charAt(pe)) && pe - e < 64) {
                        pe++;
                    }
                    if (pe == e) {
                        break;
                    }
                    if (k >= 1 && gazetteer.isTld(l.substring(e, pe)) && !Chars.word(Chars.at(l, pe)) && Chars.at(l, pe) != '-') {
                        end = pe;
                        spelledAtLastGood = spelledDomain;
                    }
                    String dot = match(l, pe, DOT);
                    if (dot == null) {
                        break;
                    }
                    spelledDomain |= !dot.equals(".");
                    e = pe + dot.length();
                }
                if (end < 0) {
                    continue;
                }
                String local = l.substring(s, localEnd).trim();
                String bare = marker.trim();
                boolean spelled = spelledLocal || spelledAtLastGood || bare.startsWith("(") || bare.startsWith("[")
                        || bare.startsWith("{") || bare.startsWith("<");
                boolean plainLocal = pieces == 1 && local.chars().allMatch(ch -> ch >= 'a' && ch <= 'z');
                // "look at google.com" is not an address; "jsmith at example.com" and anything spelled out is.
                if (spelled || !plainLocal || local.length() > 3 && !COMMON_LOCAL.contains(local)) {
                    add(out, "EMAIL_ADDRESS", s, end, 0.75, "tld");
                    next = end;
                }
            }
        }

        static String match(String l, int i, String[] options) {
            if (i >= l.length()) {
                return null;
            }
            char first = l.charAt(i);
            for (String o : options) {
                if (o.charAt(0) == first && l.startsWith(o, i)) {
                    return o;
                }
            }
            return null;
        }

        private static String matchEnding(String l, int end, String[] options) {
            for (String o : options) {
                if (end - o.length() >= 0 && l.startsWith(o, end - o.length())) {
                    return o;
                }
            }
            return null;
        }
    }
}
