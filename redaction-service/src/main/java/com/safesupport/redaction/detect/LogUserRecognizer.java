package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Account names in pasted log lines, reported as PERSON (they are mostly made of their owner's name: "okafor.j",
 * "mkowalski"): the value of a {@code user=} / {@code username=} / {@code login=} field (or {@code user:} /
 * {@code username:} when the value is no English word: "User: please help" names nobody), and the account of an sshd line ("Accepted password for mkowalski from …", "Failed password for
 * invalid user jdoe from …"; since round 85 a USERNAME: the log names it a user), or said in a sentence ("my login is okafor.j", "username is mkowalski": not an English word,
 * as after a colon). A card or account holder's name after a {@code holder} key ({@link #holders}) is a PERSON as well.
 * The value is 2–32 characters of letters, digits, '.', '_' and '-', starting with a
 * letter; service accounts ("root", "admin", "guest", "www-data", …) are nobody. Each trigger reads a constant window:
 * linear.
 */
final class LogUserRecognizer extends ScannerRecognizer {

    static final String[] FIELDS = {"username=", "username:", "user=", "user:", "login=", "uname=", "username is ",
            "user name is ", "login is ", "login name is ", "user id is ", "userid is ", "discord is ", "skype is ",
            "gamertag is ", "handle is ", "instagram is ", "insta is ", "ig is ", "twitter is ", "telegram is ",
            "snapchat is ", "snap is ", "tiktok is ", "github is ", "gitlab is ", "reddit is ", "steam is ", "twitch is ",
            "psn is ", "xbox is ", "roblox is ", "bluesky is "};
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
        super("LogUserRecognizer", "log-field", "PERSON", "PHONE_NUMBER", "USERNAME");
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

    /** {@link #FIELDS} then {@link #SSHD} by their first two letters: most words ("it", "is", "please") end at one read. */
    static final PrefixTable TRIGGERS = new PrefixTable(java.util.stream.Stream.concat(
            java.util.Arrays.stream(FIELDS), java.util.Arrays.stream(SSHD)).toList());

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        holders(scan, out);
        nameKeys(scan, out);
        labels(scan, out);
        surnameFirstLabels(scan, out);
        tableRows(scan, out);
        spelledNames(scan, out);
        redditUsers(scan, out);
        chatSpeakers(scan, out);
        quoteHeaders(scan, out);
        particleNames(scan, out);
        holderPhrases(scan, out);
        insuredLabels(scan, out);
        signatureNames(scan, out);
        initialledNames(scan, out);
        closingNames(scan, out);
        dottedTitles(scan, out);
        lowerVietnameseLines(scan, out);
        bracketedAfterNumber(scan, out);
        if (gazetteer != null) {
            capitalsSurnameFirst(scan, out);
            handles(scan, out);
        }
        String l = scan.lower();
        int n = l.length();
        int i = 0;
        while (i < n) {
            // Only where the first two letters start a field or an sshd phrase, and only those.
            int[] triggers = TRIGGERS.at(l, i);
            if (triggers.length == 0) {
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
            // In FIELDS' order, then SSHD's: the first that matches, as a walk over both lists finds it.
            for (int k : triggers) {
                String f = k < FIELDS.length ? FIELDS[k] : SSHD[k - FIELDS.length];
                if (l.startsWith(f, i)) {
                    valueStart = i + f.length();
                    sshd = k >= FIELDS.length;
                    // "my login is kofi.m91" as "login:" — "my login is broken" names nobody.
                    colon = !sshd && (f.endsWith(":") || f.endsWith(" is "));
                    if (colon && Chars.at(l, valueStart) == ' ') {
                        valueStart++;
                    }
                    break;
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
                // Round 85: sshd's account is a login the log names as such ("Failed password for invalid user …
                // from"): USERNAME. A field's or a sentence's value stays a PERSON (round 75's typing of those was reverted).
                add(out, sshd ? "USERNAME" : "PERSON", valueStart, e, 0.6, "log-field");
            }
            i = Math.max(i + 1, e);
        }
    }

    /**
     * Words and phrases that tie an account, an order or a parcel to its holder in the desk's other languages, as they
     * read in lower case: German "Inhaber(in)" / "Kontoinhaber(in)", Spanish and Portuguese "titular", French "titulaire",
     * Italian "intestatario" / "intestataria", Dutch "rekeninghouder" and "op naam van" / "t.a.v." / "t.n.v.", "au nom de", "a nombre
     * de", "a nome di".
     */
    private static final String[] HOLDER_PHRASES = {"kontoinhaberin", "kontoinhaber", "inhaberin", "inhaber", "titular",
            "titulaire", "intestataria", "intestatario", "rekeninghouder", "op naam van", "t.a.v.", "t.n.v.", "au nom de",
            "a nombre de", "a nome di",
            // Round 47: an account or a contract "made out to" its holder — German "lautend auf" / "auf den Namen", Dutch
            // "ten name van", Portuguese "em nome de", Italian "in nome di" / "intestato a" / "intestata a".
            "lautend auf", "auf den namen", "ten name van", "em nome de", "in nome di", "intestato a", "intestata a"};

    /**
     * A name right after a holder phrase of {@link #HOLDER_PHRASES} (its colon optional): "Inhaber: Reto Brunner",
     * "op naam van Joost Verhoeven", read as after a label (a title skipped, capitalised words, one no common English
     * word: "Inhaber: Bitte …" names nobody). The phrase stands alone (no letter glued before or after). Each phrase is
     * searched once along the text and reads 80 characters on: linear.
     */
    private void holderPhrases(Scan scan, List<Candidate> out) {
        String l = scan.lower();
        for (String phrase : HOLDER_PHRASES) {
            for (int h = l.indexOf(phrase); h >= 0; h = l.indexOf(phrase, h + phrase.length())) {
                int k = h + phrase.length();
                if (h > 0 && Character.isLetter(l.charAt(h - 1)) || Character.isLetter(Chars.at(l, k)) && !phrase.endsWith(".")) {
                    continue;
                }
                char next = Chars.at(l, k);
                if (phrase.endsWith(".") && next == ' ') {
                    k--; // "t.a.v. Ada": the dot stands where a colon would
                } else if (next != ':' && next != ' ') {
                    continue;
                }
                valueAfterKey(scan, out, k, true);
            }
        }
    }

    /**
     * Round 45: a list entry written surname first in capitals, as booking systems and passenger lists print it —
     * "GARRIDO SOTO, Lucía", "NOWAK, Jan Piotr": one or two words of capitals only (three to twenty letters each, joined by
     * a blank or a hyphen, one of them a known surname of the gazetteer), a comma and a blank, then one or two capitalised
     * words known as first names. The entry opens the text or a line or follows '/', ';', ':', '|', ',' or a dash and a
     * blank. PERSON 0.6 over the whole entry. Each comma reads at most 45 characters back and 40 on: linear.
     */
    private void capitalsSurnameFirst(Scan scan, List<Candidate> out) {
        String t = scan.text();
        for (int c = t.indexOf(", "); c >= 0; c = t.indexOf(", ", c + 2)) {
            int b = c;
            int words = 0;
            boolean surname = false;
            int start = -1;
            while (words < 2) {
                int e = b;
                while (b > 0 && e - b <= 20 && Character.isUpperCase(t.charAt(b - 1))) {
                    b--;
                }
                if (e - b < 3 || e - b > 20 || b > 0 && Character.isLetter(t.charAt(b - 1))) {
                    break;
                }
                words++;
                String w = t.substring(b, e);
                surname |= gazetteer.surname(w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT)) > 0;
                start = b;
                if (b >= 2 && (t.charAt(b - 1) == ' ' || t.charAt(b - 1) == '-') && Character.isUpperCase(t.charAt(b - 2))) {
                    b--;
                } else {
                    break;
                }
            }
            if (start < 0 || !surname || !(start == 0 || opensEntry(t, start))) {
                continue;
            }
            int k = c + 2;
            int end = -1;
            for (int g = 0; g < 2; g++) {
                int e = k;
                if (!Character.isUpperCase(Chars.at(t, e))) {
                    break;
                }
                e++;
                while (e < t.length() && e - k <= 20 && Character.isLowerCase(t.charAt(e))) {
                    e++;
                }
                if (e - k < 2 || Character.isLetter(Chars.at(t, e)) || gazetteer.firstName(t.substring(k, e)) <= 0) {
                    break;
                }
                end = e;
                if (Chars.at(t, e) != ' ') {
                    break;
                }
                k = e + 1;
            }
            if (end > 0) {
                add(out, "PERSON", start, end, 0.6, "log-field");
            }
        }
    }

    /** Whether what stands before {@code start} opens a list entry: a line break, or '/', ';', ':', '|', ',' or a dash and a blank. */
    private static boolean opensEntry(String t, int start) {
        char before = t.charAt(start - 1);
        if (before == '\n' || before == '\r') {
            return true;
        }
        return before == ' ' && start >= 2 && "/;:|,-–".indexOf(t.charAt(start - 2)) >= 0;
    }

    /**
     * Round 45: the insured person's label on an insurer's form or letter, lower case: German "Versicherte(r)",
     * "Versicherungsnehmer(in)", French "assuré(e)", Dutch "verzekerde", Spanish "asegurado/a", Italian "assicurato/a",
     * Portuguese "segurado/a", English "policyholder". Unlike {@link #HOLDER_PHRASES} these are also adjectives and verbs
     * ("der versicherte Schaden", "je suis assuré chez vous"), so only a label counts: the word, at most one blank, a colon.
     */
    private static final String[] INSURED_LABELS = {"versicherte", "versicherter", "versicherungsnehmerin", "versicherungsnehmer",
            "assurée", "assuré", "verzekerde", "asegurada", "asegurado", "assicurata", "assicurato", "segurada", "segurado",
            "policyholder", "policy holder"};

    /**
     * A name after a label of {@link #INSURED_LABELS} and its colon ("Versicherte: Seraina Caflisch"), read as after a
     * label (a title skipped, capitalised words, one no common English word). The label stands alone (no letter glued before
     * it). Each label is searched once along the text and reads 80 characters on: linear.
     */
    private void insuredLabels(Scan scan, List<Candidate> out) {
        String l = scan.lower();
        for (String label : INSURED_LABELS) {
            for (int h = l.indexOf(label); h >= 0; h = l.indexOf(label, h + label.length())) {
                int k = h + label.length();
                if (h > 0 && Character.isLetter(l.charAt(h - 1))) {
                    continue;
                }
                if (Chars.at(l, k) == ' ' && Chars.at(l, k + 1) == ':') {
                    k++;
                }
                if (Chars.at(l, k) == ':') {
                    // The name closes its clause: "Versicherungsnehmer: Bitte ausfüllen" names nobody.
                    List<Candidate> found = new java.util.ArrayList<>();
                    int end = valueAfterKey(scan, found, k, true);
                    if (end > 0 && !(Chars.at(l, end) == ' ' && Character.isLowerCase(Chars.at(scan.text(), end + 1)))) {
                        out.addAll(found);
                    }
                }
            }
        }
    }

    /**
     * Round 45: the writer's name on the first line of a signature block, after the signature delimiter of mail and
     * news ("--" or "-- " alone on its line, RFC 3676): one to three name words ({@link #nameWords}) opening the next line and
     * closing it or followed by " |", ",", " -", " –" or " (" (a job title, a company); no word of {@link #TEAM_WORDS}.
     * PERSON 0.6. Each delimiter is found once and reads one line on: linear.
     */
    private void signatureNames(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        for (int h = t.indexOf("--"); h >= 0; h = t.indexOf("--", h + 2)) {
            if (h > 0 && t.charAt(h - 1) != '\n') {
                continue;
            }
            int k = h + 2;
            if (Chars.at(t, k) == ' ') {
                k++;
            }
            if (Chars.at(t, k) == '\r') {
                k++;
            }
            if (Chars.at(t, k) != '\n') {
                continue;
            }
            k++;
            int end = nameWords(scan, k, 3);
            if (end <= k) {
                continue;
            }
            char c = Chars.at(t, end);
            boolean closes = end >= t.length() || c == '\n' || c == '\r' || c == ',' || (c == ' ' && "|-–(".indexOf(Chars.at(t, end + 1)) >= 0);
            boolean team = false;
            for (int a = k; a < end && !team; ) {
                int z = a;
                while (z < end && (Character.isLetter(l.charAt(z)) || l.charAt(z) == '\'')) {
                    z++;
                }
                team = z > a && TEAM_WORDS.contains(l.substring(a, z));
                a = z + 1;
            }
            if (closes && !team) {
                add(out, "PERSON", k, end, 0.6, "log-field");
            }
        }
    }

    /**
     * Closings and self-introductions of the desk's other languages, lower case, that a writer's own name follows: German
     * "Mit freundlichen Grüßen", "Viele Grüße"; French "Cordialement", "Bien à vous"; Spanish "Saludos", "Un saludo";
     * Dutch "Met vriendelijke groet(en)", "Groetjes"; Italian "Cordiali saluti"; Swedish "Med vänliga hälsningar"; Danish
     * and Norwegian "Venlig hilsen", "Vennlig hilsen", "Hilsen"; Portuguese "Atenciosamente"; Polish "Pozdrawiam"; and the
     * self-introductions of {@link #INTRODUCTIONS}.
     */
    private static final String[] CLOSINGS = {"mit freundlichen grüßen", "mit freundlichen grüssen", "viele grüße", "viele grüsse",
            "cordialement", "bien à vous", "saludos cordiales", "un saludo", "saludos", "met vriendelijke groeten",
            "met vriendelijke groet", "groetjes", "cordiali saluti", "distinti saluti", "med vänliga hälsningar", "med vänlig hälsning",
            "venlig hilsen", "vennlig hilsen", "hilsen", "atenciosamente", "pozdrawiam"};

    /**
     * Self-introductions of the desk's other languages, lower case: "ich heiße", "je m'appelle", "me llamo", "mi chiamo",
     * "mijn naam is", "jeg heter", "jag heter", "nazywam się", "chamo-me", "mein name ist" — anywhere in a sentence.
     */
    private static final String[] INTRODUCTIONS = {"ich heiße", "ich heisse", "mein name ist", "je m'appelle", "je m’appelle",
            "me llamo", "mi chiamo", "mijn naam is", "jeg heter", "jag heter", "nazywam się", "chamo-me", "o meu nome é"};

    /** Words in a closing's name slot that sign for a team, not a person ("Ihr Versand-Team", "El equipo de ventas"). */
    private static final Set<String> TEAM_WORDS = Set.of("ihr", "ihre", "euer", "votre", "vos", "el", "la", "los", "las", "su", "il",
            "het", "uw", "din", "ditt", "seu", "sua", "team", "équipe", "equipe", "equipo", "kundenservice", "kundendienst",
            "service", "servizio", "klantenservice", "kundeservice", "kundtjänst", "support", "zespół", "atendimento", "sie", "ihnen");

    /**
     * The writer's name after a closing of {@link #CLOSINGS}: the closing opens the text or a line or follows a sentence's
     * end or a comma ("… nada. Saludos, Maite Urrutikoetxea", "… IBAN …, un saludo, Ane"); a self-introduction of
     * {@link #INTRODUCTIONS} anywhere after a non-letter ("Hei, jeg heter Torgrim Løvaas og …"); then a comma, blanks and at
     * most one line break, a title skipped ("Frau", "Sra."), and one to four capitalised words with particles between,
     * one no common English word ({@link #nameWords}); no word of {@link #TEAM_WORDS}. PERSON 0.6. Each closing is searched
     * once along the text and reads at most 80 characters on: linear.
     */
    private void closingNames(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        for (int p = 0; p < CLOSINGS.length + INTRODUCTIONS.length; p++) {
            boolean intro = p >= CLOSINGS.length;
            String phrase = intro ? INTRODUCTIONS[p - CLOSINGS.length] : CLOSINGS[p];
            for (int h = l.indexOf(phrase); h >= 0; h = l.indexOf(phrase, h + phrase.length())) {
                int k = h + phrase.length();
                int b = h - 1;
                while (b >= 0 && l.charAt(b) == ' ' && h - b < 4) {
                    b--;
                }
                boolean opens = b < 0 || "\n\r.!?,".indexOf(l.charAt(b)) >= 0 && (b == h - 1 ? l.charAt(b) == '\n' || l.charAt(b) == '\r' : true)
                        || intro && !Character.isLetter(l.charAt(h - 1));
                if (!opens || Character.isLetter(Chars.at(l, k))) {
                    continue;
                }
                if (Chars.at(l, k) == ',' || Chars.at(l, k) == '!') {
                    k++;
                }
                int gap = k;
                while (Chars.at(l, k) == ' ' && k - gap < 4) {
                    k++;
                }
                if (Chars.at(l, k) == '\r') {
                    k++;
                }
                if (Chars.at(l, k) == '\n') {
                    k++;
                }
                while (Chars.at(l, k) == ' ' && k - gap < 8) {
                    k++;
                }
                if (k == h + phrase.length()) {
                    continue; // glued to what follows
                }
                int e = k;
                while (e < t.length() && e - k < 5 && Character.isLetter(t.charAt(e))) {
                    e++;
                }
                if (e > k && TITLES.contains(l.substring(k, e)) && (Chars.at(t, e) == ' ' || Chars.at(t, e) == '.' && Chars.at(t, e + 1) == ' ')) {
                    k = e + (Chars.at(t, e) == '.' ? 2 : 1);
                }
                int end = nameWords(scan, k, 4);
                if (end <= k || Chars.word(Chars.at(t, end))) {
                    continue;
                }
                boolean team = false;
                for (int a = k; a < end && !team; ) {
                    int z = a;
                    while (z < end && (Character.isLetter(l.charAt(z)) || l.charAt(z) == '\'')) {
                        z++;
                    }
                    team = z > a && TEAM_WORDS.contains(l.substring(a, z));
                    a = z + 1;
                }
                if (!team) {
                    add(out, "PERSON", k, end, 0.6, "log-field");
                }
            }
        }
    }

    /**
     * Round 47: common Vietnamese family names as they are typed without diacritics ("nguyen", "tran", "le" …; round 44's
     * list with its accents stripped).
     */
    private static final Set<String> VIETNAMESE_FAMILY_ASCII = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan",
            "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "lam", "mai", "trinh", "doan", "cao",
            "luong", "ta", "ha", "to", "quach", "chu", "chau", "kieu", "luu", "thai", "tang", "tu", "mac", "ton", "trieu", "quan",
            "la", "diep", "giang", "phung", "vuong", "than", "hua", "lai", "nong", "tong", "khuc");

    /** The middle names "van" and "thi" are English words or abbreviations but ordinary in a Vietnamese full name. */
    private static final Set<String> VIETNAMESE_MIDDLE = Set.of("van", "thi");

    /**
     * Round 47: a Vietnamese full name typed in lower case without diacritics as the whole rest of a line — a chat answer
     * after its speaker's colon ("[10:41] guest: tran van hieu") or a line alone: a family name of
     * {@link #VIETNAMESE_FAMILY_ASCII}, then one to three more words of two to seven ASCII letters, single blanks between,
     * then the line's end (a '.' or ',' allowed). No word after the family name may be a known English word except
     * "van" / "thi", and at least one of them none at all ("do you know" and "to be fair" stay). PERSON 0.6. Each line is
     * read once, at most 40 characters from its last ": ": linear.
     */
    private void lowerVietnameseLines(Scan scan, List<Candidate> out) {
        String t = scan.text();
        int n = t.length();
        for (int lineStart = 0; lineStart < n; ) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int e = lineEnd;
            while (e > lineStart && (t.charAt(e - 1) == '\r' || t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '.' || t.charAt(e - 1) == ',')) {
                e--;
            }
            int s = lineStart;
            for (int c = e - 2; c >= lineStart && c >= e - 44; c--) {
                if (t.charAt(c) == ':' && t.charAt(c + 1) == ' ') {
                    s = c + 2;
                    break;
                }
            }
            while (s < e && t.charAt(s) == ' ') {
                s++;
            }
            if (e - s >= 7 && e - s <= 40) {
                vietnameseRun(scan, out, s, e);
            }
            lineStart = lineEnd + 1;
        }
    }

    private void vietnameseRun(Scan scan, List<Candidate> out, int s, int e) {
        String t = scan.text();
        int words = 0;
        boolean unknown = false;
        for (int a = s; a < e; ) {
            int z = a;
            while (z < e && t.charAt(z) >= 'a' && t.charAt(z) <= 'z') {
                z++;
            }
            if (z - a < 2 || z - a > 7 || z < e && (t.charAt(z) != ' ' || z + 1 >= e || t.charAt(z + 1) == ' ')) {
                return;
            }
            String w = t.substring(a, z);
            if (words == 0) {
                if (!VIETNAMESE_FAMILY_ASCII.contains(w)) {
                    return;
                }
            } else if (!VIETNAMESE_MIDDLE.contains(w)) {
                int c = scan.pack().commonness(w);
                if (c != 99) {
                    return;
                }
                unknown = true;
            }
            words++;
            a = z + 1;
        }
        if (words >= 3 && words <= 4 && unknown) {
            add(out, "PERSON", s, e, 0.6, "log-field");
        }
    }

    /**
     * Italian titles with their dot, lower case: "Dott. Zanardelli", "Dott.ssa Quagliarella", "Sig.ra Conti", "Prof.ssa …"; and
     * the French "Mme" / "Mlle" mid-sentence ("veuillez rappeler Mme Vautrin").
     */
    private static final String[] DOTTED_TITLES = {"dott.ssa ", "dott. ", "dr.ssa ", "sig.ra ", "prof.ssa ", "mme ", "mlle ",
            // Round 47: Polish and Czech honorifics written in lower case mid-sentence ("…, pani Wiesława …", "dla pana
            // Nowaka", "paní Horáková"); the bare "pan" is left out, being an English word ("pan European").
            "pani ", "panią ", "pana ", "panu ", "paní ", "pán ", "pane "};

    /**
     * A family name after an Italian title of {@link #DOTTED_TITLES} (the name model reads "Dott" itself as the name):
     * one to three capitalised words, one no common English word ({@link #nameWords}). The title stands alone (no letter
     * before it). PERSON 0.6. Each title is searched once and reads at most three words on: linear.
     */
    private void dottedTitles(Scan scan, List<Candidate> out) {
        String l = scan.lower();
        for (String title : DOTTED_TITLES) {
            for (int h = l.indexOf(title); h >= 0; h = l.indexOf(title, h + title.length())) {
                if (h > 0 && Character.isLetter(l.charAt(h - 1))) {
                    continue;
                }
                int k = h + title.length();
                int end = nameWords(scan, k, 3);
                if (end > k && !Chars.word(Chars.at(scan.text(), end))) {
                    add(out, "PERSON", k, end, 0.6, "log-field");
                }
            }
        }
    }

    /** Words that a phone number's bracket holds when it names the line, not a person ("(Freephone)", "(Mobile)"). */
    private static final Set<String> LINE_WORDS = Set.of("freephone", "mobile", "landline", "office", "home", "work", "whatsapp", "fax",
            "main", "reception", "switchboard", "handy", "festnetz", "portable", "fixe", "móvil", "movil", "cellulare", "mobiel");

    /**
     * A name in brackets right after a number ("+31 (0)30 - 712 44 90 (Jelmer)", "0172 5839214 (Wolfram Tiedemann)"): '(' after
     * a digit and at most two blanks, one to three capitalised words in mixed case, one no common English word
     * ({@link #nameWords}), none a line word of {@link #LINE_WORDS}, then ')'. PERSON 0.6 (round 32). Each '(' reads two
     * characters back and three words on: linear.
     */
    private void bracketedAfterNumber(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        for (int o = t.indexOf('('); o >= 0; o = t.indexOf('(', o + 1)) {
            int b = o - 1;
            while (b >= 0 && t.charAt(b) == ' ' && o - b <= 2) {
                b--;
            }
            if (b < 0 || !Chars.digit(t.charAt(b))) {
                continue;
            }
            int k = o + 1;
            int end = nameWords(scan, k, 3);
            if (end <= k || Chars.at(t, end) != ')') {
                continue;
            }
            boolean ok = true;
            for (int a = k; a < end && ok; ) {
                int z = a;
                while (z < end && t.charAt(z) != ' ') {
                    z++;
                }
                ok = z - a >= 2 && !Character.isUpperCase(t.charAt(a + 1)) && !LINE_WORDS.contains(l.substring(a, z));
                a = z + 1;
            }
            if (ok) {
                add(out, "PERSON", k, end, 0.6, "log-field");
            }
        }
    }

    /**
     * Initialled names: two initials then a capitalised family name that is no common English word, on a sign-off line or
     * in a list ("T. R. Balasubramaniam", "M. J. O'Driscoll", "A.-M. Castellanos"). "P. O. Box", "U. S. Steel" stay
     * words. Each dot is visited once and reads at most 40 characters on: linear.
     */
    private void initialledNames(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        for (int d = t.indexOf('.'); d >= 0; d = t.indexOf('.', d + 1)) {
            int s = d - 1;
            if (!Chars.upper(Chars.at(t, s)) || Character.isLetterOrDigit(Chars.at(t, s - 1)) || Chars.at(t, s - 1) == '.') {
                continue;
            }
            char gap = Chars.at(t, d + 1);
            int second = gap == ' ' || gap == '-' ? d + 2 : -1;
            if (second < 0 || !Chars.upper(Chars.at(t, second)) || Chars.at(t, second + 1) != '.' || Chars.at(t, second + 2) != ' ') {
                continue;
            }
            int k = second + 3;
            int e = k;
            while (e < t.length() && e - k < 40 && (Character.isLetter(t.charAt(e)) || (t.charAt(e) == '\'' || t.charAt(e) == '-')
                    && Character.isLetter(Chars.at(t, e + 1)))) {
                e++;
            }
            if (e - k < 2 || !Character.isUpperCase(t.charAt(k)) || !Character.isLowerCase(t.charAt(e - 1)) || Character.isLetterOrDigit(Chars.at(t, e))) {
                continue;
            }
            String w = l.substring(k, e);
            if (scan.pack().commonness(w) <= 50 || SERVICE.contains(w)) {
                continue;
            }
            add(out, "PERSON", s, e, 0.6, "initials");
            d = e;
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
            boolean spaced = key == h && spacedNameKey(l, h);
            boolean bare = key == h && !spaced && contactKeyed(l, h);
            if (!spaced && !bare && (key > 0 && Chars.word(l.charAt(key - 1)) || !NAME_KEYS.contains(l.substring(key, h + 4)))) {
                continue;
            }
            int k = h + 4;
            // "my surname is Oyelaran", "surname's Oyelaran", "last name is Quist": a sentence ties the key to its name.
            boolean sentence = l.startsWith(" is ", k) || l.startsWith("'s ", k) || l.startsWith("\u2019s ", k);
            if (spaced && !sentence && Chars.at(l, k) != ':') {
                continue;
            }
            int end = sentence ? valueAfterKey(scan, out, k + (l.startsWith(" is ", k) ? 3 : 2), true) : valueAfterKey(scan, out, k);
            if (end > 0) {
                h = end - 4;
            }
        }
    }

    /** Contact keys that make a bare quoted "name" key a person's ({@link #contactKeyed}). */
    private static final String[] CONTACT_KEYS = {"email", "e-mail", "phone", "mobile", "telephone", "tel"};

    /**
     * Whether the bare key {@code "name"} starting at {@code h} (quoted, as in JSON or a JS object: {@code "name":},
     * {@code 'name':}) has a quoted contact key ({@link #CONTACT_KEYS}) on its line within 160 characters either side
     * ({@code {"name":"Ada Quist","email":"…"}}): a bare "name" names a product as often as a person, but not beside an
     * e-mail or a phone, as a table's bare "name" column ({@link #tableRows}). Reads at most 320 characters: linear.
     */
    private static boolean contactKeyed(String l, int h) {
        char q = Chars.at(l, h - 1);
        if (q != '"' && q != '\'' || Chars.at(l, h + 4) != q) {
            return false;
        }
        int from = Math.max(0, h - 160);
        int to = Math.min(l.length(), h + 164);
        for (int c = h - 1; c >= from; c--) {
            if (l.charAt(c) == '\n') {
                from = c + 1;
                break;
            }
        }
        for (int c = h + 5; c < to; c++) {
            if (l.charAt(c) == '\n') {
                to = c;
                break;
            }
        }
        for (int c = from + 1; c < to; c++) {
            char o = l.charAt(c - 1);
            if (o != '"' && o != '\'') {
                continue;
            }
            for (String k : CONTACT_KEYS) {
                if (l.startsWith(k, c) && Chars.at(l, c + k.length()) == o && c + k.length() < to) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "first name", "last name", "family name", "given name", "full name", "middle name" ending at {@code h + 4}. */
    private static boolean spacedNameKey(String l, int h) {
        for (String w : SPACED_NAME_KEYS) {
            int s = h - w.length();
            if (s >= 0 && l.startsWith(w, s) && (s == 0 || !Chars.word(l.charAt(s - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "sra", "srta", "mme",
            "mlle", "herr", "frau", "pan", "pani", "bay", "bayan", "sig", "dott", "dona", "dom");

    private static final String[] SPACED_NAME_KEYS = {"first ", "last ", "family ", "given ", "full ", "middle "};

    /**
     * Labels of a person's name in forms, shipping labels and mail headers in several languages, as they read in lower
     * case before their colon: Turkish "Ad Soyad", Spanish "Remitente" / "Destinatario" / "Nombre completo", Portuguese
     * "Remetente" / "Destinatário" / "Nome completo", French "Nom complet" / "Prénom", Italian "Cognome", Polish "Imię i
     * nazwisko", German "Vorname" / "Nachname", Dutch "Voornaam" / "Achternaam", Hungarian "Név", and the English
     * "Ship to", "Deliver to", "Recipient", "Consignee", "Attn", and (round 50) "Name on card" / "Name on it".
     */
    private static final Set<String> LABELS = Set.of("ad soyad", "adı soyadı", "ad soyadı", "adi soyadi", "remitente",
            "destinatario", "nombre completo", "apellidos", "remetente", "destinatário", "nome completo", "nom complet",
            "prénom", "prenom", "cognome", "imię i nazwisko", "imie i nazwisko", "nazwisko", "vorname", "nachname", "voornaam",
            "achternaam", "név", "ship to", "deliver to", "recipient", "consignee", "attn",
            // Round 47: the plural given-name labels of passports and visa forms ("Given names: …")
            "given names", "first names", "forenames", "vornamen", "prénoms", "prenoms",
            // Round 50: a card's or an account's name field as customers quote it ("NAME ON CARD: …", "name on it: …")
            "name on card", "name on the card", "name on it", "name on account", "name on the account",
            // and a booking's passenger ("PASSENGER: …", "Passenger name: …")
            "passenger", "passenger name", "lead passenger");

    /**
     * A name after a label of {@link #LABELS} and its colon ("Ad Soyad: Elif Şahin", "SHIP TO:\nKENJI WATANABE"): the
     * label opens the text or a line, or follows a blank, a '|' or a '>', and the value reads as after a name key
     * (capitalised words, one no common English word; on the label's line or the next). Each colon reads at most 24
     * characters back and {@link #valueAfterKey} 80 on: linear.
     */
    private void labels(Scan scan, List<Candidate> out) {
        String l = scan.lower();
        for (int c = l.indexOf(':'); c >= 0; c = l.indexOf(':', c + 1)) {
            int s = c;
            while (s > 0 && c - s < 24 && (Character.isLetter(l.charAt(s - 1)) || l.charAt(s - 1) == ' ')) {
                s--;
            }
            while (s < c && l.charAt(s) == ' ') {
                s++;
            }
            if (s == c || s > 0 && Character.isLetterOrDigit(l.charAt(s - 1)) || s > 0 && "\n\t|>(\"".indexOf(l.charAt(s - 1)) < 0 && c - s >= 24) {
                continue;
            }
            // the longest label ending at the colon: "... Ship to:" in a sentence reads from its last words
            for (int from = s; from < c; from++) {
                if ((from == s || l.charAt(from - 1) == ' ') && LABELS.contains(l.substring(from, c).strip())) {
                    int end = valueAfterKey(scan, out, c, true);
                    if (end > c) {
                        c = end - 1;
                    }
                    break;
                }
            }
        }
    }

    /**
     * Round 38: form labels that ask for the family name first, then the given names, in one field ("Surname, first name:",
     * "Name, Vorname:", "Apellidos, nombre:", "Cognome e nome:", "Nom et prénom:", "Achternaam, voornaam:").
     */
    private static final Set<String> SURNAME_FIRST_LABELS = Set.of("surname, first name", "surname, forename", "surname, given name",
            "surname, given names", "last name, first name", "family name, given name", "family name, given names",
            "name, vorname", "nachname, vorname", "familienname, vorname", "apellidos, nombre", "apellido, nombre",
            "apellidos y nombre", "cognome e nome", "cognome, nome", "nom, prénom", "nom et prénom", "nom, prenom",
            "nom et prenom", "achternaam, voornaam", "naam, voornaam");
    /** A bare family-name key ("Nom :") whose value a given-name key follows on the same line (", prénom : …"). */
    private static final Set<String> BARE_SURNAME_KEYS = Set.of("nom", "name", "nachname", "apellidos", "apellido", "cognome",
            "achternaam", "surname", "last name");
    private static final Set<String> GIVEN_NAME_KEYS = Set.of("prénom", "prenom", "vorname", "nombre", "nome", "voornaam",
            "first name", "given name", "forename");
    private static final int LONGEST_SURNAME_LABEL = SURNAME_FIRST_LABELS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Round 38: a surname-first name after its form label and colon — "Name, Vorname: Schröder, Anna-Lena", "Apellidos,
     * nombre: García Lorca, Inés" — as one to three capitalised (or capitals-only) words, a comma, and one to three
     * capitalised words; and a family name alone after a bare key ({@link #BARE_SURNAME_KEYS}, a blank allowed before the
     * colon: "Nom : DUVAL, prénom : Sandrine") when a given-name key follows it on the line. The label opens the text or a
     * line or follows a blank, '|' or '>'; one word of the value must be no common English word. Each colon reads at most
     * 24 characters back and 80 on: linear.
     */
    private void surnameFirstLabels(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        for (int c = l.indexOf(':'); c >= 0; c = l.indexOf(':', c + 1)) {
            int k = c > 0 && l.charAt(c - 1) == ' ' ? c - 1 : c; // "Nom :" (French typography)
            boolean pair = false;
            boolean bare = false;
            for (int from = Math.max(0, k - LONGEST_SURNAME_LABEL); from < k; from++) {
                if (from > 0 && " \n\t|>".indexOf(l.charAt(from - 1)) < 0) {
                    continue;
                }
                String label = l.substring(from, k);
                if (SURNAME_FIRST_LABELS.contains(label)) {
                    pair = true;
                    break;
                }
                if (BARE_SURNAME_KEYS.contains(label)) {
                    bare = true;
                    break;
                }
            }
            if (!pair && !bare) {
                continue;
            }
            int v = c + 1;
            while (Chars.at(t, v) == ' ' && v - c < 4) {
                v++;
            }
            int[] family = capitalisedWords(t, v);
            if (family == null || Chars.at(t, family[0]) != ',' || Chars.at(t, family[0] + 1) != ' ') {
                continue;
            }
            if (pair) {
                int[] given = capitalisedWords(t, family[0] + 2);
                if (given == null || !rare(scan, l, v, given[0])) {
                    continue;
                }
                add(out, "PERSON", v, given[0], 0.6, "log-field");
                c = given[0] - 1;
            } else {
                int g = family[0] + 2;
                boolean givenKey = false;
                for (String key : GIVEN_NAME_KEYS) {
                    if (l.startsWith(key, g) && (Chars.at(l, g + key.length()) == ':' || l.startsWith(" :", g + key.length()))) {
                        givenKey = true;
                        break;
                    }
                }
                if (givenKey && rare(scan, l, v, family[0])) {
                    add(out, "PERSON", v, family[0], 0.6, "log-field");
                }
            }
        }
    }

    /**
     * One to three words at {@code at}, each capitalised or in capitals (letters, inner '-' or '\''), one blank between
     * them: {end of the last word, 1} — or null when none or when a word runs into a digit.
     */
    private static int[] capitalisedWords(String t, int at) {
        int k = at;
        int end = -1;
        for (int words = 0; words < 3; words++) {
            if (!Character.isUpperCase(Chars.at(t, k))) {
                break;
            }
            int e = k + 1;
            while (e < t.length() && e - k < 30 && (Character.isLetter(t.charAt(e))
                    || (t.charAt(e) == '-' || t.charAt(e) == '\'') && Character.isLetter(Chars.at(t, e + 1)))) {
                e++;
            }
            if (e - k < 2 || Chars.digit(Chars.at(t, e))) {
                return null;
            }
            end = e;
            if (Chars.at(t, e) != ' ' || !Character.isUpperCase(Chars.at(t, e + 1))) {
                break;
            }
            k = e + 1;
        }
        return end < 0 ? null : new int[] {end, 1};
    }

    /** Whether one word of {@code l[from, to)} is no common English word nor a service word. */
    private static boolean rare(Scan scan, String l, int from, int to) {
        int k = from;
        while (k < to) {
            int e = k;
            while (e < to && Character.isLetter(l.charAt(e))) {
                e++;
            }
            if (e > k) {
                String w = l.substring(k, e);
                if (scan.pack().commonness(w) > 50 && !SERVICE.contains(w)) {
                    return true;
                }
            }
            k = e + 1;
        }
        return false;
    }

    /**
     * Column headers that name a person's name in a CSV, semicolon or tab export or a Markdown table: the keys of
     * {@link #NAME_KEYS} and their spaced and foreign forms. "name", "nom", "nome" and "nombre" alone count only beside a
     * contact column ({@link #CONTACT_HEADERS}): a bare "name" column names products as often as people.
     */
    private static final Set<String> NAME_HEADERS = Set.of("first name", "last name", "full name", "given name", "family name",
            "surname", "prénom", "prenom", "apellido", "apellidos", "cognome", "sobrenome", "vorname", "nachname", "imię", "imie",
            "nazwisko", "voornaam", "achternaam", "ad", "soyad", "ad soyad", "customer name", "contact name", "név");
    /**
     * Headers that hold a name only beside a contact column: "name" and its foreign forms, and (round 34) the party a row is
     * about — "customer", "client", "recipient", "contact" — which name a company or an id as often as a person alone.
     */
    private static final Set<String> BARE_NAME_HEADERS = Set.of("name", "nom", "nome", "nombre", "naam", "customer", "client",
            "recipient", "contact");
    private static final Set<String> CONTACT_HEADERS = Set.of("email", "e-mail", "mail", "phone", "mobile", "tel", "telephone",
            "téléphone", "teléfono", "telefono", "telefone", "telefon", "cell", "address", "adresse", "dirección", "indirizzo",
            "endereço", "adres", "dob", "birthdate", "date of birth", "prénom", "first_name", "firstname", "surname",
            "ship to", "deliver to", "shipping address", "delivery address", "billing address");
    /** Headers of a phone column (round 34): the cells under them that read as a phone number are one. */
    private static final Set<String> PHONE_HEADERS = Set.of("phone", "mobile", "tel", "telephone", "téléphone", "teléfono",
            "telefono", "telefone", "telefon", "cell", "phone number", "mobile number", "contact number", "whatsapp");

    /** The longest key of the header lists: a longer cell is none of them. */
    private static final int LONGEST_HEADER = java.util.stream.Stream.of(NAME_HEADERS, NAME_KEYS, BARE_NAME_HEADERS, CONTACT_HEADERS, PHONE_HEADERS)
            .flatMap(Set::stream).mapToInt(String::length).max().orElse(0);

    /**
     * The name cells of the rows under a header ({@link #NAME_HEADERS}) in a CSV, semicolon, tab or '|' export:
     * {@code first_name,last_name,email} then {@code Ada,Quist,ada@…}. A row counts while it has the header's separator
     * and number of cells; a name cell is one to four words of letters (with '-', '\'' or '.'), quoted or not, and is no
     * service word ("null", "unknown"). Each line is split once: linear.
     */
    private void tableRows(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        if (l.indexOf('\n') < 0) {
            return;
        }
        char sep = 0;
        int cells = 0;
        boolean[] names = null;
        boolean[] phones = null;
        int lineStart = 0;
        while (lineStart <= t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = t.length();
            }
            char lineSep = separator(t, lineStart, lineEnd);
            if (names != null && sep != ',' && lineSep == ',' && holds(t, lineStart, lineEnd, sep)) {
                lineSep = sep; // a semicolon, tab or '|' row whose address cell holds commas (round 34)
            }
            List<int[]> row = lineSep == 0 ? List.of() : cells(t, lineStart, lineEnd, lineSep);
            if (names != null && lineSep == sep && row.size() == cells) {
                for (int k = 0; k < cells; k++) {
                    int[] cell = row.get(k);
                    if (names[k] && nameCell(scan, t, l, cell[0], cell[1])) {
                        add(out, "PERSON", cell[0], cell[1], 0.6, "log-field");
                    } else if (phones[k] && phoneCell(t, cell[0], cell[1])) {
                        add(out, "PHONE_NUMBER", cell[0], cell[1], 0.6, "log-field");
                    }
                }
            } else if (names != null && row.size() > 0 && row.stream().allMatch(c -> dashes(t, c[0], c[1]))) {
                // a Markdown table's rule line under its header
            } else {
                names = null;
                if (row.size() >= 2) {
                    boolean[] marks = new boolean[row.size()];
                    boolean[] phoneMarks = new boolean[row.size()];
                    boolean any = false;
                    boolean contact = false;
                    boolean bare = false;
                    for (int k = 0; k < row.size(); k++) {
                        if (row.get(k)[1] - row.get(k)[0] > LONGEST_HEADER) {
                            continue; // a sentence between commas: no header of any list, without its substrings
                        }
                        String h = l.substring(row.get(k)[0], row.get(k)[1]).replace('_', ' ');
                        if (NAME_HEADERS.contains(h) || NAME_KEYS.contains(l.substring(row.get(k)[0], row.get(k)[1]))) {
                            marks[k] = true;
                            any = true;
                        } else if (BARE_NAME_HEADERS.contains(h)) {
                            marks[k] = true;
                            bare = true;
                        }
                        contact |= CONTACT_HEADERS.contains(h) || CONTACT_HEADERS.contains(l.substring(row.get(k)[0], row.get(k)[1]));
                        phoneMarks[k] = PHONE_HEADERS.contains(h);
                    }
                    if (any || bare && contact) {
                        names = marks;
                        phones = phoneMarks;
                        sep = lineSep;
                        cells = row.size();
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Whether {@code t[from, to)} holds {@code c}. */
    private static boolean holds(String t, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** The separator of a line: the most frequent of ',', ';', '\t' and '|' (0 when none). */
    private static char separator(String t, int from, int to) {
        int comma = 0;
        int semi = 0;
        int tab = 0;
        int bar = 0;
        for (int i = from; i < to; i++) {
            switch (t.charAt(i)) {
                case ',' -> comma++;
                case ';' -> semi++;
                case '\t' -> tab++;
                case '|' -> bar++;
                default -> { }
            }
        }
        int max = Math.max(Math.max(comma, semi), Math.max(tab, bar));
        return max == 0 ? 0 : max == bar ? '|' : max == tab ? '\t' : max == semi ? ';' : ',';
    }

    /**
     * The cells of a line split at {@code sep} outside double quotes, each trimmed of blanks and its quotes; a '|' line's
     * empty first and last cells (a Markdown table's borders) are dropped.
     */
    private static List<int[]> cells(String t, int from, int to, char sep) {
        List<int[]> cells = new java.util.ArrayList<>();
        int s = from;
        boolean quoted = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? t.charAt(i) : sep;
            if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && (!quoted || i == to)) {
                int a = s;
                int b = i;
                while (a < b && (t.charAt(a) == ' ' || t.charAt(a) == '\r')) {
                    a++;
                }
                while (b > a && (t.charAt(b - 1) == ' ' || t.charAt(b - 1) == '\r')) {
                    b--;
                }
                if (b - a >= 2 && t.charAt(a) == '"' && t.charAt(b - 1) == '"') {
                    a++;
                    b--;
                }
                cells.add(new int[] {a, b});
                s = i + 1;
                quoted = false;
            }
        }
        if (sep == '|' && !cells.isEmpty() && cells.get(0)[0] == cells.get(0)[1]) {
            cells.remove(0);
        }
        if (sep == '|' && !cells.isEmpty() && cells.get(cells.size() - 1)[0] == cells.get(cells.size() - 1)[1]) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /**
     * A phone number's cell (round 34): 7 to 15 digits, a '+' only first, otherwise blanks, '-', '.', '(' and ')' — no
     * letter, so "n/a", "ext. 12" or a date ("2026-12-01" has 8 digits but two '-' between groups of 4, 2 and 2: a date's
     * shape is left out) stay unreported. Reads the cell once.
     */
    private static boolean phoneCell(String t, int from, int to) {
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Chars.digit(c)) {
                digits++;
            } else if (!(c == '+' && i == from) && " -.()".indexOf(c) < 0) {
                return false;
            }
        }
        boolean isoDate = to - from == 10 && t.charAt(from + 4) == '-' && t.charAt(from + 7) == '-';
        return digits >= 7 && digits <= 15 && !isoDate;
    }

    private static boolean dashes(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("-: ".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * One to four words of letters ('-', '\'' and '.' inside), starting with a letter, not a service word; each word
     * capitalised, or else none of them a common English word ("see the attached file" in a name column names nobody).
     */
    private static boolean nameCell(Scan scan, String t, String l, int from, int to) {
        if (to - from < 2 || to - from > 60 || !Character.isLetter(t.charAt(from)) || SERVICE.contains(l.substring(from, to))
                || NOT_NAMES.contains(l.substring(from, to))) {
            return false;
        }
        int words = 1;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                words++;
                if (Chars.at(t, i + 1) == ' ') {
                    return false;
                }
            } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        if (words > 4) {
            return false;
        }
        int w = from;
        while (w < to) {
            int e = w;
            while (e < to && t.charAt(e) != ' ') {
                e++;
            }
            if (!Character.isUpperCase(t.charAt(w)) && scan.pack().commonness(l.substring(w, e)) <= 50) {
                return false;
            }
            w = e + 1;
        }
        return true;
    }

    private static final Set<String> NOT_NAMES = Set.of("n/a", "na", "tbd", "true", "false", "yes", "no", "x", "redacted");

    /**
     * A name spelled letter by letter with hyphens, as said on a call or typed to be sure: "O-K-A-F-O-R" (four capitals
     * or more, each alone between hyphens), when "name", "spell" or "spelt" stands within the 40 characters before it
     * ("surname's Okafor, O-K-A-F-O-R"). Codes of that shape without such a word ("the A-B-C-D plan") stay unread. Each
     * capital reads a constant window: linear.
     */
    private void spelledNames(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        int n = t.length();
        int i = 0;
        while (i + 6 < n) {
            int dash = t.indexOf('-', i);
            if (dash < 1) {
                return;
            }
            int s = dash - 1;
            if (!Character.isUpperCase(t.charAt(s)) || s > 0 && (Character.isLetterOrDigit(t.charAt(s - 1)) || t.charAt(s - 1) == '-')) {
                i = dash + 1;
                continue;
            }
            int e = s + 1;
            int letters = 1;
            while (Chars.at(t, e) == '-' && Character.isUpperCase(Chars.at(t, e + 1)) && !Character.isLetterOrDigit(Chars.at(t, e + 2))) {
                e += 2;
                letters++;
            }
            if (letters >= 4 && Chars.at(t, e) != '-' && !Character.isLetterOrDigit(Chars.at(t, e))) {
                String before = l.substring(Math.max(0, s - 40), s);
                if (before.contains("name") || before.contains("spell") || before.contains("spelt")) {
                    add(out, "PERSON", s, e, 0.6, "log-field");
                }
            }
            i = Math.max(dash + 1, e);
        }
    }

    /**
     * A reddit user, "u/quiet_heron77" or "/u/quiet_heron77": the 'u' opens a word (or follows a '/' that does), then
     * 3–20 letters, digits, '_' or '-' closed by no further word character or '/'; a common English word of letters
     * only is a unit ("5 u/day"). PERSON 0.5, as a chat handle. Each "u/" reads at most 21 characters: linear.
     */
    private void redditUsers(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        for (int u = l.indexOf("u/"); u >= 0; u = l.indexOf("u/", u + 2)) {
            char p = Chars.at(t, u - 1);
            boolean opens = u == 0 || Character.isWhitespace(p) || p == '(' || p == '/' && (u == 1 || Character.isWhitespace(t.charAt(u - 2)));
            if (!opens || t.charAt(u) != 'u') {
                continue;
            }
            int s = u + 2;
            int e = s;
            while (e < t.length() && e - s <= 20 && (Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '_' || t.charAt(e) == '-')) {
                e++;
            }
            if (e - s < 3 || e - s > 20 || Chars.at(t, e) == '/' || !Character.isLetterOrDigit(t.charAt(s))) {
                continue;
            }
            String v = l.substring(s, e);
            if (englishWord(scan, v) || SERVICE.contains(v)) {
                continue;
            }
            add(out, "PERSON", s, e, 0.5, "log-field");
        }
    }

    /**
     * The name after a key ending at {@code k}: a JSON key's closing quote, '=' or ':', blanks, then one to four capitalised
     * words, quoted or bare; reported as PERSON when at least one word is no common English word. The name's end, or -1.
     */
    private int valueAfterKey(Scan scan, List<Candidate> out, int k) {
        return valueAfterKey(scan, out, k, false);
    }

    /**
     * As {@link #valueAfterKey(Scan, List, int)}; with {@code linked} the key is already tied to its value (a sentence's
     * "is" or "'s" ends at {@code k}, or a label's colon stands there and one line break may follow it).
     */
    private int valueAfterKey(Scan scan, List<Candidate> out, int k, boolean linked) {
        String l = scan.lower();
        String t = scan.text();
        int h = k;
        if (!linked) {
            if (Chars.at(l, k) == '"' || Chars.at(l, k) == '\'') {
                k++;
            }
            char sep = Chars.at(l, k);
            if (sep != '=' && sep != ':') {
                return -1;
            }
        }
        k++;
        while (Chars.at(l, k) == ' ' && k - h < 12) {
            k++;
        }
        if (linked && Chars.at(l, k) == '\n' && Chars.at(l, h) == ':') {
            k++; // "SHIP TO:\nKENJI WATANABE": a label's value on the next line
        }
        if (linked) {
            // "Deliver to: Ms Ada Quist", "Destinatario: Sra. Ana Ruiz": a title before the name is not part of it
            int e = k;
            while (e < t.length() && e - k < 5 && Character.isLetter(t.charAt(e))) {
                e++;
            }
            if (e > k && TITLES.contains(l.substring(k, e)) && (Chars.at(t, e) == ' ' || Chars.at(t, e) == '.' && Chars.at(t, e + 1) == ' ')) {
                k = e + (Chars.at(t, e) == '.' ? 2 : 1);
            }
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

    /**
     * A chat transcript's speaker: a line that opens with a clock time — bracketed or not, with seconds, "AM" / "PM" or an
     * ISO date before it ("[08:15]", "[2026-05-09 13:07]", "9:03 PM -") — then either an IRC nick in angle brackets
     * ("14:22 &lt;ada_quist&gt;": 2–32 letters, digits, '.', '_' or '-', starting with a letter, no service account or common
     * English word) or one to four capitalised words (particles such as "van der" between them, a last initial "Q.")
     * closed by a colon ("[08:15] Ada Quist:"), one of them no common English word ("[08:16] Agent:", "[09:00] Support
     * Team:" name nobody). Each line reads at most 30 characters of time and 80 of name: linear.
     */
    private void chatSpeakers(Scan scan, List<Candidate> out) {
        String t = scan.text();
        int n = t.length();
        for (int line = 0; line < n; line = nextLine(t, line)) {
            int k = line;
            boolean bracket = Chars.at(t, k) == '[';
            if (bracket) {
                k++;
            }
            int time = clockTime(t, k);
            if (time < 0) {
                continue;
            }
            k = time;
            if (bracket) {
                if (Chars.at(t, k) != ']') {
                    continue;
                }
                k++;
            }
            if (Chars.at(t, k) != ' ') {
                continue;
            }
            k++;
            if ((Chars.at(t, k) == '-' || Chars.at(t, k) == '\u2013') && Chars.at(t, k + 1) == ' ') {
                k += 2;
            }
            if (Chars.at(t, k) == '<') {
                int s = k + 1;
                int e = s;
                while (e < n && e - s <= 32 && (Chars.word(t.charAt(e)) || ".-".indexOf(t.charAt(e)) >= 0)) {
                    e++;
                }
                String v = scan.lower().substring(s, e);
                if (Chars.at(t, e) == '>' && e - s >= 2 && e - s <= 32 && Character.isLetter(t.charAt(s)) && !SERVICE.contains(v)
                        && !englishWord(scan, v)) {
                    add(out, "PERSON", s, e, 0.5, "log-field");
                }
                continue;
            }
            int end = nameWords(scan, k, 4);
            if (end > k && Chars.at(t, end) == ':') {
                add(out, "PERSON", k, end, 0.6, "log-field");
            }
        }
    }

    /** Where the line after the one starting at {@code line} starts, or the text's length. */
    private static int nextLine(String t, int line) {
        int nl = t.indexOf('\n', line);
        return nl < 0 ? t.length() : nl + 1;
    }

    /**
     * The end of a clock time at {@code k} ("9:05", "13:07:44", "9:03 PM"; an ISO date and a blank or 'T' may come
     * first: "2026-05-09 13:07"), or -1.
     */
    private static int clockTime(String t, int k) {
        if (Chars.digit(Chars.at(t, k)) && Chars.digit(Chars.at(t, k + 3)) && Chars.at(t, k + 4) == '-' && Chars.at(t, k + 7) == '-'
                && Chars.digit(Chars.at(t, k + 9)) && (Chars.at(t, k + 10) == ' ' || Chars.at(t, k + 10) == 'T')) {
            k += 11;
        }
        int d = k;
        while (Chars.digit(Chars.at(t, d)) && d - k < 2) {
            d++;
        }
        if (d == k || Chars.at(t, d) != ':' || !Chars.digit(Chars.at(t, d + 1)) || !Chars.digit(Chars.at(t, d + 2))) {
            return -1;
        }
        d += 3;
        if (Chars.at(t, d) == ':' && Chars.digit(Chars.at(t, d + 1)) && Chars.digit(Chars.at(t, d + 2))) {
            d += 3;
        }
        if (Chars.at(t, d) == ' ' && "AaPp".indexOf(Chars.at(t, d + 1)) >= 0 && "Mm".indexOf(Chars.at(t, d + 2)) >= 0
                && !Chars.word(Chars.at(t, d + 3))) {
            d += 3;
        }
        return Chars.word(Chars.at(t, d)) ? -1 : d;
    }

    /**
     * The end of one to {@code max} name words from {@code k}, blank-separated: capitalised words of letters, '-' and
     * '\'' (a last word may be an initial with its dot, "Q."), particles ({@link NameModelRecognizer#PARTICLES}) between
     * them; the first and last capitalised, one of them no common English word. -1 when there are none.
     */
    private static int nameWords(Scan scan, int k, int max) {
        String t = scan.text();
        String l = scan.lower();
        int words = 0;
        int tokens = 0;
        int end = -1;
        boolean rare = false;
        while (tokens < max + 3 && words < max) {
            int e = k;
            while (e < t.length() && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' || t.charAt(e) == '\'' || t.charAt(e) == '\u2019')) {
                e++;
            }
            if (e == k) {
                break;
            }
            String w = l.substring(k, e);
            boolean cap = Character.isUpperCase(t.charAt(k));
            if (cap && e - k == 1 && Chars.at(t, e) == '.' && words > 0) {
                end = e + 1; // a last initial, "Ada Q."
                words++;
                break;
            }
            if (cap) {
                if (e - k < 2 || Chars.digit(Chars.at(t, e))) {
                    break;
                }
                rare |= scan.pack().commonness(w) > 50 && !SERVICE.contains(w);
                words++;
                end = e;
            } else if (!(words > 0 && NameModelRecognizer.PARTICLES.contains(w))) {
                break;
            }
            tokens++;
            if (Chars.at(t, e) != ' ') {
                break;
            }
            k = e + 1;
        }
        return rare ? end : -1;
    }

    /** Quote-header verbs that follow the writer's name ("…, Ada Quist &lt;ada@…&gt; wrote:"), in lower case. */
    private static final String[] WROTE_AFTER = {" wrote:", " wrote :", " a écrit :", " a écrit:", " ha scritto:", " escribió:",
            " escreveu:", " schreef:", " skrev:", " napisał:", " napisała:"};
    /** Quote-header verbs that come before the writer's name ("Am 4.11.2026 um 08:55 schrieb Ada Quist &lt;…&gt;:"). */
    private static final String[] WROTE_BEFORE = {" schrieb ", " schreef "};

    /**
     * The writer of a quoted mail's header line: the capitalised words (particles between them: "Joost van den Broekhuis")
     * right before a verb of {@link #WROTE_AFTER} — an address in angle brackets may stand between — when a comma, a
     * clock time or the line's start stands before them ("On 12/10/2026 17:02, Ada van der Quist wrote:"); or right after
     * a verb of {@link #WROTE_BEFORE}, closed by " &lt;" or a colon. One word must be no common English word ("Customer
     * Service &lt;…&gt; wrote:" names nobody). Each verb reads at most 100 characters back or on: linear.
     */
    private void quoteHeaders(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        if (!mayHoldQuoteVerb(l)) {
            return;
        }
        for (String v : WROTE_AFTER) {
            for (int at = l.indexOf(v); at >= 0; at = l.indexOf(v, at + 1)) {
                int e = at;
                if (Chars.at(t, e - 1) == '>') {
                    int lt = e - 2;
                    while (lt >= 0 && e - lt <= 100 && t.charAt(lt) != '<' && t.charAt(lt) != '\n') {
                        lt--;
                    }
                    if (lt < 0 || t.charAt(lt) != '<') {
                        continue;
                    }
                    e = lt;
                    while (e > 0 && t.charAt(e - 1) == ' ') {
                        e--;
                    }
                }
                // back over up to six words and particles
                int s = e;
                int cur = e;
                for (int words = 0; words < 6; words++) {
                    int b = cur;
                    while (b > 0 && cur - b < 40 && (Character.isLetter(t.charAt(b - 1)) || t.charAt(b - 1) == '-' || t.charAt(b - 1) == '\'')) {
                        b--;
                    }
                    if (b == cur || !Character.isUpperCase(t.charAt(b)) && !NameModelRecognizer.PARTICLES.contains(l.substring(b, cur))) {
                        break;
                    }
                    s = b;
                    if (Chars.at(t, b - 1) != ' ') {
                        break;
                    }
                    cur = b - 1;
                }
                if (s >= e || !Character.isUpperCase(t.charAt(s))) {
                    continue;
                }
                char before = Chars.at(t, s - 1);
                char before2 = Chars.at(t, s - 2);
                boolean opened = s == 0 || before == '\n' || before == ' ' && (before2 == ',' || Chars.digit(before2) || before2 == '>');
                int end = opened ? nameWords(scan, s, 6) : -1;
                if (end == e) {
                    add(out, "PERSON", s, end, 0.6, "log-field");
                }
            }
        }
        for (String v : WROTE_BEFORE) {
            for (int at = l.indexOf(v); at >= 0; at = l.indexOf(v, at + 1)) {
                int s = at + v.length();
                int end = nameWords(scan, s, 6);
                if (end > s && (Chars.at(t, end) == ':' || Chars.at(t, end) == ' ' && Chars.at(t, end + 1) == '<')) {
                    add(out, "PERSON", s, end, 0.6, "log-field");
                }
            }
        }
    }

    /**
     * Two-word particles of family names, as written inside a name ("Ana de la Cruz", "Ilse van der Kloost"), and the
     * Irish "Mac" / "Nic" written apart ("Órlaith Mac Conmara", "Pádraig Mac Giolla Bhríde"; round 32), capitalised as
     * they stand inside a name ("Apple Mac Mini" has a common first word).
     */
    static final String[] PARTICLE_PAIRS = {" van der ", " van den ", " van de ", " von der ", " de la ", " de las ",
            " de los ", " van 't ", " Mac Giolla ", " Nic Giolla ", " Mac ", " Nic "};
    /** The same, capitalised, opening a family name ("Van der Merwe is the surname"). */
    static final String[] OPENING_PAIRS = {"Van der ", "Van den ", "Van de ", "Von der ", "De la ", "De las ", "De los "};

    /**
     * A name held together by a two-word particle ({@link #PARTICLE_PAIRS}): a capitalised word before it and one after,
     * each no common English word ("Anne-Lise de la Roncière", "Joost van den Broek"; "Plaza de la Constitución" has
     * a common first word and stays a place's; "Mrs van der Merwe" a title); or a family name opened by the capitalised particle at a sentence's start
     * ("Van der Wijngaart is …"), its last word no common English word. One-word particles ("Rio de Janeiro", "Costa
     * del Sol") are left to the model. Each pair reads one word either side: linear.
     */
    private void particleNames(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        if (!mayHoldParticlePair(t)) {
            return;
        }
        for (String p : PARTICLE_PAIRS) {
            for (int at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
                int s = at;
                while (s > 0 && at - s < 40 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '-' || t.charAt(s - 1) == '\'')) {
                    s--;
                }
                int a = at + p.length();
                int e = a;
                while (e < t.length() && e - a < 40 && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' || t.charAt(e) == '\'')) {
                    e++;
                }
                // "Mrs van der Merwe": a title is no given name (the name model's title rule reads the rest)
                if (at - s >= 2 && e - a >= 2 && Character.isUpperCase(t.charAt(s)) && Character.isUpperCase(t.charAt(a))
                        && !TITLES.contains(l.substring(s, at)) && !Chars.word(Chars.at(t, s - 1)) && !Chars.word(Chars.at(t, e)) && rareName(scan, l, s, at) && rareName(scan, l, a, e)) {
                    add(out, "PERSON", s, e, 0.6, "log-field");
                }
            }
        }
        for (String p : OPENING_PAIRS) {
            for (int at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
                int a = at + p.length();
                int e = a;
                while (e < t.length() && e - a < 40 && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' || t.charAt(e) == '\'')) {
                    e++;
                }
                int b = at - 1;
                while (b >= 0 && t.charAt(b) == ' ') {
                    b--;
                }
                boolean opens = b < 0 || ".!?\n:\"(".indexOf(t.charAt(b)) >= 0;
                if (opens && e - a >= 2 && Character.isUpperCase(t.charAt(a)) && !Chars.word(Chars.at(t, e)) && rareName(scan, l, a, e)) {
                    add(out, "PERSON", at, e, 0.6, "log-field");
                }
            }
        }
    }

    /**
     * False only when the lower-cased text holds none of "wrote", "schrieb", "schreef", "crit" (also in "scritto",
     * "écrit"), "escrib", "escreveu", "skrev", "napisa": {@link #quoteHeaders} then has nothing to read. One pass over
     * the text, each character compared with the words it can start, in place of nine {@code indexOf} passes (round 32).
     */
    static boolean mayHoldQuoteVerb(String l) {
        int n = l.length();
        for (int i = 0; i + 4 <= n; i++) {
            boolean found = switch (l.charAt(i)) {
                case 'w' -> Chars.startsWith(l, i, "wrote");
                case 's' -> Chars.startsWith(l, i, "schrieb") || Chars.startsWith(l, i, "schreef") || Chars.startsWith(l, i, "skrev");
                case 'c' -> Chars.startsWith(l, i, "crit");
                case 'e' -> Chars.startsWith(l, i, "escrib") || Chars.startsWith(l, i, "escreveu");
                case 'n' -> Chars.startsWith(l, i, "napisa");
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * False only when the text holds none of {@link #PARTICLE_PAIRS} and {@link #OPENING_PAIRS}: each of them holds
     * "van ", "von ", "Van ", "Von ", "de l", "De l", "Mac " or "Nic ", which one pass looks for, in place of one
     * {@code indexOf} pass per pair over every text (round 32). A pair added to either list must hold one of them:
     * ScanGatesRound32Test checks every pair of both lists against this gate.
     */
    static boolean mayHoldParticlePair(String t) {
        int n = t.length();
        for (int i = 0; i + 4 <= n; i++) {
            char c = t.charAt(i);
            if ((c == 'v' || c == 'V') && (t.charAt(i + 1) == 'a' || t.charAt(i + 1) == 'o') && t.charAt(i + 2) == 'n'
                    && t.charAt(i + 3) == ' '
                    || (c == 'd' || c == 'D') && t.charAt(i + 1) == 'e' && t.charAt(i + 2) == ' ' && t.charAt(i + 3) == 'l'
                    || (c == 'M' && t.charAt(i + 1) == 'a' && t.charAt(i + 2) == 'c' || c == 'N' && t.charAt(i + 1) == 'i' && t.charAt(i + 2) == 'c')
                    && t.charAt(i + 3) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code l[s, e)} (hyphenated parts read one by one) has no part that is a common English word. */
    private static boolean rareName(Scan scan, String l, int s, int e) {
        int from = s;
        for (int c = s; c <= e; c++) {
            if (c == e || l.charAt(c) == '-') {
                if (c > from && scan.pack().commonness(l.substring(from, c)) <= 50) {
                    return false;
                }
                from = c + 1;
            }
        }
        return true;
    }
}
