package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Account names in pasted log lines, reported as PERSON (they are mostly made of their owner's name: "okafor.j",
 * "mkowalski"): the value of a {@code user=} / {@code username=} / {@code login=} field (or {@code user:} /
 * {@code username:} when the value is no English word: "User: please help" names nobody), and the account of an sshd line ("Accepted password for mkowalski from …", "Failed password for
 * invalid user jdoe from …"). The value is 2–32 characters of letters, digits, '.', '_' and '-', starting with a
 * letter; service accounts ("root", "admin", "guest", "www-data", …) are nobody. Each trigger reads a constant window:
 * linear.
 */
final class LogUserRecognizer extends ScannerRecognizer {

    static final String[] FIELDS = {"username=", "username:", "user=", "user:", "login=", "uname="};
    static final String[] SSHD = {"password for invalid user ", "publickey for invalid user ", "password for ",
            "publickey for ", "invalid user "};
    private static final Set<String> SERVICE = Set.of("root", "admin", "administrator", "guest", "test", "nobody",
            "www-data", "ubuntu", "user", "anonymous", "system", "daemon", "postgres", "mysql", "oracle", "pi", "git",
            "ec2-user", "invalid", "unknown", "null", "none");

    LogUserRecognizer() {
        super("LogUserRecognizer", "log-field", "PERSON");
    }

    /** "User: please help me": after a colon (a chat transcript's speaker too) an English word is no account name. */
    private static boolean englishWord(Scan scan, String v) {
        for (int k = 0; k < v.length(); k++) {
            if (!Character.isLetter(v.charAt(k))) {
                return false;
            }
        }
        return scan.pack().commonness(v) != 99;
    }

    /** Whether {@code first} and {@code second} are the first two letters of one of {@link #FIELDS} or {@link #SSHD}. */
    static boolean startsTrigger(char first, char second) {
        return switch (first) {
            case 'u' -> second == 's' || second == 'n';
            case 'l' -> second == 'o';
            case 'p' -> second == 'a' || second == 'u';
            case 'i' -> second == 'n';
            default -> false;
        };
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        String l = scan.lower();
        int n = l.length();
        int i = 0;
        while (i < n) {
            char c = l.charAt(i);
            if (c != 'u' && c != 'l' && c != 'p' && c != 'i') {
                i++;
                continue;
            }
            // Only where the first two letters start a field or an sshd phrase ("us", "un", "lo", "pa", "pu", "in"):
            // most words that start with these letters ("it", "is", "please", "like", "up") end here.
            if (!startsTrigger(c, Chars.at(l, i + 1))) {
                i++;
                continue;
            }
            if (i > 0 && Chars.word(l.charAt(i - 1))) {
                i++;
                continue;
            }
            int valueStart = -1;
            boolean sshd = false;
            boolean colon = false;
            for (String f : FIELDS) {
                if (l.startsWith(f, i)) {
                    valueStart = i + f.length();
                    colon = f.endsWith(":");
                    if (colon && Chars.at(l, valueStart) == ' ') {
                        valueStart++;
                    }
                    break;
                }
            }
            if (valueStart < 0) {
                for (String f : SSHD) {
                    if (l.startsWith(f, i)) {
                        valueStart = i + f.length();
                        sshd = true;
                        break;
                    }
                }
            }
            if (valueStart < 0) {
                i++;
                continue;
            }
            int e = valueStart;
            while (e < n && e - valueStart <= 32 && (Chars.word(l.charAt(e)) || ".-_".indexOf(l.charAt(e)) >= 0)) {
                e++;
            }
            while (e > valueStart && ".-_".indexOf(l.charAt(e - 1)) >= 0) {
                e--; // a sentence's full stop is not part of the name
            }
            int len = e - valueStart;
            // sshd's account is followed by " from "; a field's value by anything that is not part of it.
            boolean closed = sshd ? l.startsWith(" from ", e) : !Chars.word(Chars.at(l, e));
            if (len >= 2 && len <= 32 && Character.isLetter(l.charAt(valueStart)) && closed
                    && !SERVICE.contains(l.substring(valueStart, e)) && !(colon && englishWord(scan, l.substring(valueStart, e)))) {
                add(out, "PERSON", valueStart, e, 0.6, "log-field");
            }
            i = Math.max(i + 1, e);
        }
    }
}
