package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Account names in pasted log lines, reported as PERSON (they are mostly made of their owner's name: "okafor.j",
 * "mkowalski"): the value of a {@code user=} / {@code username=} / {@code login=} field (or {@code user:} /
 * {@code username:} when the value is no English word: "User: please help" names nobody), and the account of an sshd line ("Accepted password for mkowalski from …", "Failed password for
 * invalid user jdoe from …"), or said in a sentence ("my login is okafor.j", "username is mkowalski": not an English word,
 * as after a colon). A card or account holder's name after a {@code holder} key ({@link #holders}) is a PERSON as well.
 * The value is 2–32 characters of letters, digits, '.', '_' and '-', starting with a
 * letter; service accounts ("root", "admin", "guest", "www-data", …) are nobody. Each trigger reads a constant window:
 * linear.
 */
final class LogUserRecognizer extends ScannerRecognizer {

    static final String[] FIELDS = {"username=", "username:", "user=", "user:", "login=", "uname=", "username is ",
            "user name is ", "login is ", "login name is ", "user id is ", "userid is ", "discord is ", "skype is ",
            "gamertag is ", "handle is ", "instagram is ", "insta is ", "ig is ", "twitter is ", "telegram is ",
            "snapchat is ", "snap is ", "tiktok is "};
    static final String[] SSHD = {"password for invalid user ", "publickey for invalid user ", "password for ",
            "publickey for ", "invalid user "};
    private static final Set<String> SERVICE = Set.of("root", "admin", "administrator", "guest", "test", "nobody",
            "www-data", "ubuntu", "user", "anonymous", "system", "daemon", "postgres", "mysql", "oracle", "pi", "git",
            "ec2-user", "invalid", "unknown", "null", "none");

    /** Top-level domains, so that "@gmail.com" is no handle; null: handles are not read. */
    private final Gazetteer gazetteer;

    LogUserRecognizer() {
        this(null);
    }

    LogUserRecognizer(Gazetteer gazetteer) {
        super("LogUserRecognizer", "log-field", "PERSON");
        this.gazetteer = gazetteer;
    }

    /**
     * A chat handle made of two names, "@tanvir.hossain", "@Mary_Okafor": '@' opening a chunk, two parts of two letters or
     * more joined by one '.' or '_', closed by a blank, the end or a mark. The account is its owner's name, as a log's
     * {@code user=}; "@support_team" (both parts English words) and "@gmail.com" (a top-level domain) are none of this,
     * and "@Folasade" is the name model's ({@link NameModelRecognizer}). Each '@' reads at most 34 characters: linear.
     */
    private void handles(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        int at = t.indexOf('@');
        while (at >= 0) {
            int next = t.indexOf('@', at + 1);
            if (at == 0 || Character.isWhitespace(t.charAt(at - 1))) {
                int s = at + 1;
                int e = s;
                int sep = -1;
                // A third part of one letter or more ("@ngaio.oconnell_w": an initial): after a second separator.
                int sep2 = -1;
                boolean ok = true;
                while (e < t.length() && e - s <= 33 && ok) {
                    char c = l.charAt(e);
                    if (c == '.' || c == '_') {
                        if (sep2 >= 0 || e == s || e == sep + 1) {
                            ok = false;
                        }
                        if (sep >= 0) {
                            sep2 = e;
                        } else {
                            sep = e;
                        }
                    } else if (!(c >= 'a' && c <= 'z')) {
                        break;
                    }
                    e++;
                }
                if (e > s && Chars.at(t, e - 1) == '.') {
                    e--; // a sentence's full stop
                    if (e == sep2) {
                        sep2 = -1;
                    }
                }
                int second = sep2 > 0 ? sep2 : e;
                boolean closed = e >= t.length() || Character.isWhitespace(t.charAt(e)) || ",:;!?)".indexOf(t.charAt(e)) >= 0;
                if (ok && closed && sep > s + 1 && second - sep > 2 && (sep2 < 0 || e > sep2 + 1) && e - s <= 32
                        && !gazetteer.isTld(l.substring(sep2 > 0 ? sep2 + 1 : sep + 1, e))
                        && (scan.pack().commonness(l.substring(s, sep)) > 50 || scan.pack().commonness(l.substring(sep + 1, second)) > 50)) {
                    add(out, "PERSON", s, e, 0.5, "log-field");
                }
            }
            at = next;
        }
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
            case 'i' -> second == 'n' || second == 'g';
            case 'd' -> second == 'i';
            case 's' -> second == 'k' || second == 'n';
            case 'g' -> second == 'a';
            case 'h' -> second == 'a';
            case 't' -> second == 'w' || second == 'e' || second == 'i';
            default -> false;
        };
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        holders(scan, out);
        nameKeys(scan, out);
        if (gazetteer != null) {
            handles(scan, out);
        }
        String l = scan.lower();
        int n = l.length();
        int i = 0;
        while (i < n) {
            char c = l.charAt(i);
            if (c != 'u' && c != 'l' && c != 'p' && c != 'i' && c != 'd' && c != 's' && c != 'g' && c != 'h' && c != 't') {
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
                    // "my login is kofi.m91" as "login:" — "my login is broken" names nobody.
                    colon = f.endsWith(":") || f.endsWith(" is ");
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

    /** What may stand before "holder" in a key: nothing, a card, an account, a policy. */
    private static final Set<String> HOLDER_KEYS = Set.of("", "card", "card_", "card-", "account", "account_", "account-", "acct_",
            "policy", "policy_");

    /**
     * A card or account holder's name in a log or a pasted record: a key ending in "holder" ("holder", "cardholder",
     * "card_holder", "accountHolder"), perhaps with "_name" or "name" after it and a JSON key's closing quote, then '='
     * or ':', then one to four capitalised words, in quotes (closed right after the last word) or bare (ending at the first
     * word that is not capitalised): {@code holder="Ada Quist"}, {@code cardholder_name=Ada Quist reason=…}. At least one
     * word must be no common English word ({@code holder="Card Services"}, "Holder: Please call" name nobody). Each key
     * reads at most 80 characters on: linear.
     */
    private void holders(Scan scan, List<Candidate> out) {
        String l = scan.lower();
        String t = scan.text();
        for (int h = l.indexOf("holder"); h >= 0; h = l.indexOf("holder", h + 6)) {
            int key = h;
            while (key > 0 && h - key < 9 && (Chars.asciiLetter(l.charAt(key - 1)) || l.charAt(key - 1) == '_' || l.charAt(key - 1) == '-')) {
                key--;
            }
            if (key > 0 && Chars.word(l.charAt(key - 1)) || !HOLDER_KEYS.contains(l.substring(key, h))) {
                continue; // "placeholder=", "shareholder:": no person's key
            }
            int k = h + 6;
            if (Chars.word(Chars.at(l, k)) && !(l.startsWith("_name", k) || l.startsWith("name", k))) {
                continue;
            }
            if (l.startsWith("_name", k)) {
                k += 5;
            } else if (l.startsWith("name", k)) {
                k += 4;
            }
            int end = valueAfterKey(scan, out, k);
            if (end > 0) {
                h = end - 6;
            }
        }
    }

    /**
     * The keys of a person's name in a pasted record or log line ("first_name", "lastName", "given-name", "surname",
     * "fullName", "customer_name", "contact_name" …), as they read in lower case; a bare "name" is not among them
     * ({@code "name": "Oslo Sofa"} names a product as often as a person).
     */
    private static final Set<String> NAME_KEYS = Set.of("first_name", "firstname", "first-name", "given_name", "givenname",
            "given-name", "last_name", "lastname", "last-name", "family_name", "familyname", "family-name", "surname",
            "middle_name", "middlename", "full_name", "fullname", "full-name", "customer_name", "customername", "contact_name",
            "contactname", "display_name", "displayname");

    /**
     * A person's name after a name key ({@link #NAME_KEYS}) in JSON, a form dump or a log line: {@code "first_name":"Ada"},
     * {@code lastName=Quist}, read as {@link #holders} reads a holder's value (capitalised words, at least one no common
     * English word). Each "name" reads at most a dozen characters back and 80 on: linear.
     */
    private void nameKeys(Scan scan, List<Candidate> out) {
        String l = scan.lower();
        for (int h = l.indexOf("name"); h >= 0; h = l.indexOf("name", h + 4)) {
            int key = h;
            while (key > 0 && h - key < 9 && (Chars.asciiLetter(l.charAt(key - 1)) || l.charAt(key - 1) == '_' || l.charAt(key - 1) == '-')) {
                key--;
            }
            if (key > 0 && Chars.word(l.charAt(key - 1)) || !NAME_KEYS.contains(l.substring(key, h + 4))) {
                continue;
            }
            int end = valueAfterKey(scan, out, h + 4);
            if (end > 0) {
                h = end - 4;
            }
        }
    }

    /**
     * The name after a key ending at {@code k}: a JSON key's closing quote, '=' or ':', blanks, then one to four capitalised
     * words, quoted or bare; reported as PERSON when at least one word is no common English word. The name's end, or -1.
     */
    private int valueAfterKey(Scan scan, List<Candidate> out, int k) {
        String l = scan.lower();
        String t = scan.text();
        int h = k;
        if (Chars.at(l, k) == '"' || Chars.at(l, k) == '\'') {
            k++;
        }
        char sep = Chars.at(l, k);
        if (sep != '=' && sep != ':') {
            return -1;
        }
        k++;
        while (Chars.at(l, k) == ' ' && k - h < 12) {
            k++;
        }
        char quote = Chars.at(l, k);
        boolean quoted = quote == '"' || quote == '\'';
        if (quoted) {
            k++;
        }
        int start = k;
        int end = -1;
        int words = 0;
        boolean rare = false;
        while (words < 4 && k - start < 80 && Character.isUpperCase(Chars.at(t, k))) {
            int e = k;
            while (e < t.length() && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' || t.charAt(e) == '\'' && quote != '\'')) {
                e++;
            }
            if (e - k < 2 || Character.isLetter(Chars.at(t, e)) || Chars.digit(Chars.at(t, e))) {
                break;
            }
            String w = l.substring(k, e);
            rare |= scan.pack().commonness(w) > 50 && !SERVICE.contains(w);
            words++;
            end = e;
            if (Chars.at(t, e) != ' ' || !Character.isUpperCase(Chars.at(t, e + 1))) {
                break;
            }
            k = e + 1;
        }
        if (end < 0 || !rare || quoted && Chars.at(t, end) != quote || !quoted && Chars.word(Chars.at(t, end))) {
            return -1;
        }
        add(out, "PERSON", start, end, 0.6, "log-field");
        return end;
    }
}
