package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** IPv6 and MAC addresses, URLs and domain names: maximal runs of their characters, then a parser on each run. */
final class NetworkRecognizers {

    private NetworkRecognizers() {
    }

    /**
     * IPv6 in every RFC 4291 / 5952 text form: full, compressed ("::"), with an embedded or mapped IPv4 tail
     * ("::ffff:192.0.2.1"), a zone id ("fe80::1%eth0") and a prefix length ("2001:db8::/32"). The maximal run of
     * hex digits, colons and dots is parsed once; runs partition the text, so the cost is linear. An address glued
     * to letters ("2001:db8::1xyz") is rejected, as is the bare "::" (too short to mean anything alone).
     */
    static final class Ipv6 extends ScannerRecognizer {

        Ipv6() {
            super("Ipv6Recognizer", "ipv6", "IP_ADDRESS");
        }

        private static boolean coreChar(char c) {
            return Chars.hex(c) || c == ':' || c == '.';
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasColon()) {
                return;
            }
            String t = scan.text();
            int n = t.length();
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                if (!coreChar(c) || i > 0 && (Chars.word(t.charAt(i - 1)) || t.charAt(i - 1) == ':')) {
                    i++;
                    continue;
                }
                int j = i;
                int colons = 0;
                while (j < n && coreChar(t.charAt(j))) {
                    colons += t.charAt(j) == ':' ? 1 : 0;
                    j++;
                }
                if (j - i == 2 && colons == 2 && !Chars.word(Chars.at(t, j)) && Chars.at(t, j) != '%' && Chars.at(t, j) != '/') {
                    // "::" alone: RFC 4291's unspecified address, nobody's address: reported only at 0.05.
                    add(out, "IP_ADDRESS", i, j, 0.05, "ipv6");
                } else if (j - i == 2 && colons == 2 && Chars.at(t, j) == '/' && Chars.digit(Chars.at(t, j + 1))) {
                    // "::/0": the default route written with its prefix length, one IP span as Presidio's cases read it
                    // (round 32); at most three digits read, 0-128.
                    int z = j + 1;
                    while (z < n && Chars.digit(t.charAt(z)) && z - j <= 3) {
                        z++;
                    }
                    if (z - j <= 4 && Integer.parseInt(t, j + 1, z, 10) <= 128 && !Chars.word(Chars.at(t, z)) && Chars.at(t, z) != ':') {
                        add(out, "IP_ADDRESS", i, z, 0.6, "ipv6");
                    }
                } else if (colons >= 2) {
                    int end = j;
                    // Sentence punctuation after the address: "...::1." or "fe80::1:".
                    while (end > i && t.charAt(end - 1) == '.') {
                        end--;
                    }
                    if (end > i && t.charAt(end - 1) == ':' && (end - i < 2 || t.charAt(end - 2) != ':')) {
                        end--;
                    }
                    if (end - i >= 3 && Checksums.ipv6(t.substring(i, end))) {
                        int stop = end;
                        if (stop == j && Chars.at(t, stop) == '%') {
                            int z = stop + 1;
                            while (z < n && (Chars.asciiAlnum(t.charAt(z)) || t.charAt(z) == '_' || t.charAt(z) == '.' || t.charAt(z) == '-') && z - stop < 32) {
                                z++;
                            }
                            if (z > stop + 1) {
                                stop = z;
                            }
                        }
                        if (Chars.at(t, stop) == '/' && Chars.digit(Chars.at(t, stop + 1))) {
                            int z = stop + 1;
                            while (z < n && Chars.digit(t.charAt(z)) && z - stop <= 3) {
                                z++;
                            }
                            if (Integer.parseInt(t, stop + 1, z, 10) <= 128) {
                                stop = z;
                            }
                        }
                        char next = Chars.at(t, stop);
                        if (!Chars.word(next) && next != ':') {
                            add(out, "IP_ADDRESS", i, stop, 0.85, "ipv6");
                        }
                    }
                }
                i = Math.max(j, i + 1);
            }
        }
    }

    /**
     * MAC addresses (IEEE 802 EUI-48) in their three written forms: six pairs of hex digits joined by one kind of
     * separator, colon or hyphen ({@code 00:1A:2B:3C:4D:5E}, {@code 00-1a-2b-3c-4d-5e}), and Cisco's three dotted
     * quartets ({@code 001a.2b3c.4d5e}); upper, lower or mixed case. Found from the separators ({@code indexOf}), each
     * looked at once with a bounded look around it, so the cost is linear. Not an address: mixed separators, a
     * seventh group or a longer dotted chain (EUI-64, IPv6, version and host names), a group glued to letters or
     * digits, the broadcast {@code FF:FF:FF:FF:FF:FF} and the all-zero address (nobody's device). The colon and hyphen
     * forms score 0.6, as the peer's; three dotted quartets of digits only or letters only are as likely a build
     * number or a word chain ("dead.beef.cafe"), so they score 0.3 and need a word of their type ("mac", "hardware
     * address", ...).
     */
    static final class Mac extends ScannerRecognizer {

        Mac() {
            super("MacAddressRecognizer", "mac-address", "MAC_ADDRESS");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            String t = scan.text();
            if (scan.hasColon()) {
                pairs(t, ':', out);
            }
            pairs(t, '-', out);
            if (scan.hasDot()) {
                quartets(t, out);
            }
        }

        private static boolean separator(char c) {
            return c == ':' || c == '-' || c == '.';
        }

        /** A group of {@code len} hex digits ends at {@code end}, standing alone on its left. */
        private static boolean groupEndsAt(String t, int end, int len) {
            int s = end - len;
            if (s < 0) {
                return false;
            }
            for (int k = s; k < end; k++) {
                if (!Chars.hex(t.charAt(k))) {
                    return false;
                }
            }
            return !Chars.word(Chars.at(t, s - 1));
        }

        /** The left edge of an address at {@code start}: no word character, and no hex group joined by a separator. */
        private static boolean freeBefore(String t, int start) {
            char prev = Chars.at(t, start - 1);
            if (Chars.word(prev)) {
                return false;
            }
            return !separator(prev) || !(groupEndsAt(t, start - 1, 2) || groupEndsAt(t, start - 1, 4));
        }

        /** The right edge at {@code end}: no word character, and no separator going on into letters or digits. */
        private static boolean freeAfter(String t, int end) {
            char next = Chars.at(t, end);
            return !Chars.word(next) && !(separator(next) && Chars.asciiAlnum(Chars.at(t, end + 1)));
        }

        private void pairs(String t, char sep, List<Candidate> out) {
            int n = t.length();
            int next = 0;
            for (int p = t.indexOf(sep); p >= 0; p = t.indexOf(sep, p + 1)) {
                int start = p - 2;
                // The first separator of an address: two hex digits before it, the same separator three places on.
                if (start < next || Chars.at(t, p + 3) != sep || !groupEndsAt(t, p, 2) || !freeBefore(t, start)) {
                    continue;
                }
                int end = start + 17;
                if (end > n) {
                    return;
                }
                boolean ok = true;
                for (int k = start; k < end && ok; k++) {
                    ok = (k - start) % 3 == 2 ? t.charAt(k) == sep : Chars.hex(t.charAt(k));
                }
                if (ok && freeAfter(t, end) && identifying(t, start, end)) {
                    add(out, "MAC_ADDRESS", start, end, 0.6, "mac-address");
                    next = end;
                    p = end - 1;
                }
            }
        }

        private void quartets(String t, List<Candidate> out) {
            int n = t.length();
            int next = 0;
            for (int p = t.indexOf('.'); p >= 0; p = t.indexOf('.', p + 1)) {
                int start = p - 4;
                if (start < next || Chars.at(t, p + 5) != '.' || !groupEndsAt(t, p, 4) || !freeBefore(t, start)) {
                    continue;
                }
                int end = start + 14;
                if (end > n) {
                    return;
                }
                boolean ok = true;
                int digits = 0;
                for (int k = start; k < end && ok; k++) {
                    char c = t.charAt(k);
                    ok = (k - start) % 5 == 4 ? c == '.' : Chars.hex(c);
                    digits += Chars.digit(c) ? 1 : 0;
                }
                if (ok && freeAfter(t, end) && identifying(t, start, end)) {
                    add(out, "MAC_ADDRESS", start, end, digits == 0 || digits == 12 ? 0.3 : 0.6, "mac-address");
                    next = end;
                    p = end - 1;
                }
            }
        }

        /** Not the broadcast address (all ones) nor the all-zero one. */
        private static boolean identifying(String t, int start, int end) {
            boolean zeros = true;
            boolean ones = true;
            for (int k = start; k < end; k++) {
                char c = t.charAt(k);
                if (Chars.hex(c)) {
                    zeros &= c == '0';
                    ones &= c == 'f' || c == 'F';
                }
            }
            return !zeros && !ones;
        }
    }

    /** Web addresses with a scheme (http, https, ftp) or starting "www.", up to the next blank, trailing punctuation left out. */
    static final class Url extends ScannerRecognizer {

        Url() {
            super("UrlRecognizer", null, "URL");
        }

        private static boolean urlChar(char c) {
            return c > ' ' && c != '<' && c != '>' && c != '"' && c != '\'' && c != '`' && !Character.isWhitespace(c);
        }

        private static int trimEnd(String t, int from, int end) {
            while (end > from && ".,;:!?)]".indexOf(t.charAt(end - 1)) >= 0) {
                end--;
            }
            return end;
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            String l = scan.lower();
            String t = scan.text();
            int n = l.length();
            int next = 0;
            for (int p = l.indexOf("://"); p >= 0; p = l.indexOf("://", p + 3)) {
                int s = p;
                while (s > 0 && Chars.asciiLetter(l.charAt(s - 1)) && p - s < 6) {
                    s--;
                }
                String scheme = l.substring(s, p);
                if (s < next || !(scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp")) || Chars.word(Chars.at(l, s - 1))) {
                    continue;
                }
                int e = p + 3;
                while (e < n && urlChar(t.charAt(e))) {
                    e++;
                }
                e = trimEnd(t, p + 3, e);
                if (e > p + 3) {
                    add(out, "URL", s, e, 0.85, null);
                    next = e;
                }
            }
            for (int p = l.indexOf("www."); p >= 0; p = l.indexOf("www.", p + 4)) {
                char prev = Chars.at(l, p - 1);
                if (p < next || Chars.word(prev) || prev == '.' || prev == '/') {
                    continue;
                }
                int e = p + 4;
                int labels = 0;
                while (true) {
                    int ls = e;
                    while (e < n && (Chars.asciiAlnum(l.charAt(e)) || l.charAt(e) == '-')) {
                        e++;
                    }
                    if (e == ls) {
                        e = ls > p + 4 ? ls - 1 : ls;
                        break;
                    }
                    labels++;
                    if (e < n && l.charAt(e) == '.' && e + 1 < n && Chars.asciiAlnum(l.charAt(e + 1))) {
                        e++;
                    } else {
                        break;
                    }
                }
                if (labels < 2) {
                    continue;
                }
                if (e < n && l.charAt(e) == '/') {
                    while (e < n && urlChar(t.charAt(e))) {
                        e++;
                    }
                    e = trimEnd(t, p, e);
                }
                add(out, "URL", p, e, 0.7, null);
                next = e;
            }
        }
    }

    /** Host names with a known top-level domain ("example.co.uk"); file names ("setup.py") score low. */
    static final class Domain extends ScannerRecognizer {

        private static final Set<String> FILE_LIKE = Set.of("py", "sh", "md", "rs", "so", "ps", "js", "cs", "pl", "pm", "ai", "io", "ts",
                "gz", "zip", "exe", "txt", "pdf", "png", "jpg", "doc", "docx");
        private final Gazetteer gazetteer;

        Domain(Gazetteer gazetteer) {
            super("DomainRecognizer", "tld", "DOMAIN_NAME");
            this.gazetteer = gazetteer;
        }

        private static boolean hostChar(char c) {
            return Chars.asciiAlnum(c) || c == '-' || c == '.';
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDot()) {
                return;
            }
            String l = scan.lower();
            int n = l.length();
            // A host name holds a dot: each maximal run of host characters around a dot is read once, from the dots
            // (the text between them is not walked). A run that starts with '-' or '.' is no host name.
            int from = 0;
            for (int dotAt = l.indexOf('.'); dotAt >= 0; dotAt = l.indexOf('.', from)) {
                int i = dotAt;
                while (i > from && hostChar(l.charAt(i - 1))) {
                    i--;
                }
                int j = dotAt + 1;
                while (j < n && hostChar(l.charAt(j))) {
                    j++;
                }
                from = j;
                if (!Chars.asciiAlnum(l.charAt(i))) {
                    continue;
                }
                int end = j;
                while (end > i && (l.charAt(end - 1) == '.' || l.charAt(end - 1) == '-')) {
                    end--;
                }
                char prev = Chars.at(l, i - 1);
                char next = Chars.at(l, j);
                if (prev != '@' && prev != '/' && !Chars.word(prev) && !(Chars.word(next) || next == '@')
                        && !dotNetName(scan.text(), i, end)) {
                    check(l, i, end, out);
                }
            }
        }

        private void check(String l, int start, int end, List<Candidate> out) {
            int lastDot = l.lastIndexOf('.', end - 1);
            if (lastDot <= start) {
                return;
            }
            int labelStart = start;
            for (int k = start; k <= end; k++) {
                if (k == end || l.charAt(k) == '.') {
                    int len = k - labelStart;
                    if (len == 0 || len > 63 || l.charAt(labelStart) == '-' || l.charAt(k - 1) == '-') {
                        return;
                    }
                    labelStart = k + 1;
                }
            }
            String tld = l.substring(lastDot + 1, end);
            if (tld.length() < 2 || tld.length() > 12 || !tld.chars().allMatch(c -> c >= 'a' && c <= 'z') || !gazetteer.isTld(tld)) {
                return;
            }
            String v = l.substring(start, end);
            if (placeholder(l, start, lastDot, tld)) {
                return;
            }
            double score = 0.6;
            if (FILE_LIKE.contains(tld) && !v.startsWith("www.") && v.indexOf('.') == v.lastIndexOf('.')) {
                // "readme.md", "setup.py": file names, unless the name is plainly a web host.
                score = 0.3;
            } else if (v.startsWith("www.")) {
                score = 0.8;
            }
            add(out, "DOMAIN_NAME", start, end, score, "tld");
        }
    }

    /** Second-level names that stand for "some domain" in instructions and templates. */
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("example", "domain", "company", "website", "sample", "placeholder",
            "yourdomain", "mydomain", "ourdomain", "yourcompany", "mycompany", "ourcompany", "yoursite", "mysite", "oursite",
            "yourwebsite", "mywebsite", "ourwebsite", "yourbusiness", "mybusiness", "yourshop", "yourstore", "yourbrand",
            "yourname", "myname", "yourbank", "mybank", "youremail", "yourmail", "yourserver", "myserver", "yourapp", "myapp",
            "default", "test", "demo", "dummy", "fake");

    /**
     * A domain that stands for none: the names RFC 2606 reserves for documentation ({@code example.com}, {@code .net},
     * {@code .org}, and hosts under them) and template names ("yourcompany.com", "domain.com"): no one's data.
     */
    static boolean placeholder(String lower, int start, int lastDot, String tld) {
        int labelStart = lower.lastIndexOf('.', lastDot - 1) + 1;
        if (labelStart < start) {
            labelStart = start;
        }
        String name = lower.substring(labelStart, lastDot);
        if (name.equals("example")) {
            return tld.equals("com") || tld.equals("net") || tld.equals("org");
        }
        return PLACEHOLDER_NAMES.contains(name) && labelStart == start || lower.startsWith("www.", start) && labelStart == start + 4
                && PLACEHOLDER_NAMES.contains(name);
    }

    /**
     * Microsoft's .NET family written as such ("ASP.NET", "VB.NET", "ADO.NET"): one short label of letters and the
     * ".NET" in capitals. A host name is not written with its top-level domain in capitals after a short acronym.
     */
    static boolean dotNetName(String text, int start, int end) {
        if (end - start < 5 || !text.startsWith(".NET", end - 4)) {
            return false;
        }
        int label = end - 4 - start;
        if (label < 1 || label > 6) {
            return false;
        }
        for (int k = start; k < end - 4; k++) {
            if (!Character.isLetter(text.charAt(k)) && text.charAt(k) != '#') {
                return false;
            }
        }
        return Character.isUpperCase(text.charAt(start));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
