package com.safesupport.redaction.detect;

import java.util.Set;

/**
 * Round rm4: where a text gives a <em>person context</em> to a run of words — the condition {@link SupportNameGate}
 * puts on the support model's own person runs (those the shipped model did not tag). Round rm3 measured that on English
 * text outside support chats (tweets, banking questions) the support model's extra persons are mostly wrong; in a support
 * message a name it alone finds mostly stands where the writer introduces, greets, labels, signs or refers to a person:
 * <ul>
 * <li>an introduction right before it ("my name is", "this is", "ik ben", "je m'appelle", "ich heiße", "me llamo",
 *     "mi chiamo", "nazywam się" …);</li>
 * <li>a greeting, an address or a thanks right before it ("Hi", "Dear", "Hallo", "Bonjour", "Thanks"), or the run opens
 *     the text and a comma follows it ("Anna, …");</li>
 * <li>a label or a record's key before a colon or '=' ("Name:", "customer:", "From:", {@code "full_name": "…"});</li>
 * <li>a title or a word of relation or role right before it ("Mr", "Frau", "my wife", "colleague", "agent");</li>
 * <li>a verb of speaking or contact right after it ("… said", "… called", "… wrote", "… here"), or a word of birth
 *     ("…, born", "…, geb.");</li>
 * <li>a capitalised run's possessive before a belonging ("Anna's laptop", "Anna's test key");</li>
 * <li>the run ends the text after a sentence's end, a comma or a dash ("… is that possible? Anna", "… — Anna");</li>
 * <li>a signature: the run alone on its line (nothing but blanks and punctuation beside it), that line the text's last
 *     with letters or digits, or the line before it ending in a closing word ("Regards", "Cheers", "Groeten", "Grüße",
 *     "Cordialement").</li>
 * </ul>
 * General words of the languages the project's messages use, no message text. Bounded: at most {@link #BACK} characters
 * before the run and {@link #AHEAD} after it on its line, and one earlier line of at most {@link #BACK} characters; the
 * text's last line is found once per text ({@link #lastLine}). Linear.
 */
final class PersonContext {

    static final int BACK = 64;
    static final int AHEAD = 40;

    /** Introductions: the words right before the name, lower case, one blank apart. */
    static final Set<String> INTRODUCTIONS = Set.of("my name is", "name is", "name's", "i am", "i'm", "im", "this is",
            "it's", "it is", "speaking is", "ik ben", "mijn naam is", "naam is", "met", "je m'appelle", "je m’appelle",
            "je suis", "mon nom est", "c'est", "c’est", "ich heiße", "ich heisse", "ich bin", "mein name ist", "hier ist",
            "hier spricht", "me llamo", "mi nombre es", "soy", "habla", "mi chiamo", "il mio nome è", "sono", "nazywam się",
            "jestem", "mam na imię", "z tej strony", "meu nome é", "me chamo", "chamo-me", "eu sou", "sou", "jag heter",
            "jag är", "jeg heter", "jeg er", "mit navn er", "benim adım", "adım", "nama saya", "saya", "nama aku",
            "spoke to", "spoke with", "speaking to", "speaking with", "talked to", "talked with", "named", "ask for",
            "asked for", "sprak met", "sprach mit", "parlé à", "parlé avec", "hablé con", "parlato con", "hier", "aqui é o",
            "aqui é a", "é o", "é a", "mimi ni", "jina langu ni", "namens", "on behalf of", "in the name of", "name of",
            "account of", "au nom de", "nom de", "a nombre de", "nombre de", "em nome de", "nome de", "a nome di",
            "im namen von", "konto von", "op naam van");

    /** Greetings, addresses and thanks: the word (or two) right before the name, a blank or a comma between. */
    static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "hiya", "dear", "morning", "afternoon", "evening",
            "thanks", "thank you", "thankyou", "thx", "cheers", "hallo", "hoi", "beste", "geachte", "dag", "bedankt", "dank je",
            "dank u", "bonjour", "bonsoir", "salut", "cher", "chère", "merci", "liebe", "lieber", "geehrte", "geehrter",
            "servus", "moin", "danke", "hola", "estimado", "estimada", "buenos días", "buenas tardes", "buenas", "gracias",
            "ciao", "salve", "gentile", "caro", "cara", "buongiorno", "grazie", "olá", "ola", "oi", "prezado", "prezada",
            "obrigado", "obrigada", "cześć", "witam", "dzień dobry", "szanowny", "szanowna", "dziękuję", "hej", "hejsan",
            "tack", "takk", "merhaba", "sayın", "teşekkürler", "halo", "selamat pagi", "terima kasih", "habari", "kia ora",
            "ta");

    /** Titles, relations and roles right before the name ("Mr", "Mrs.", "my wife", "the agent", "collega"). */
    static final Set<String> RELATIONS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr",
            "frau", "hr", "fr", "mevrouw", "meneer", "mevr", "dhr", "monsieur", "madame", "mme", "mlle", "señor", "señora",
            "señorita", "sr", "sra", "srta", "signor", "signora", "sig", "dott", "senhor", "senhora", "pan", "pani", "bay",
            "bayan", "bapak", "ibu", "wife", "husband", "son", "daughter", "mother", "father", "mom", "mum", "dad",
            "brother", "sister", "partner", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance", "fiancee", "friend",
            "colleague", "coworker", "co-worker", "boss", "manager", "neighbour", "neighbor", "landlord", "landlady",
            "tenant", "roommate", "flatmate", "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin",
            "nephew", "niece", "agent", "technician", "engineer", "courier", "driver", "advisor", "adviser", "consultant",
            "representative", "rep", "supervisor", "assistant", "secretary", "doctor", "nurse", "lawyer", "accountant",
            "teacher", "colleagues", "vrouw", "zoon", "dochter", "moeder", "vader", "broer", "zus", "collega", "vriend",
            "vriendin", "buurman", "buurvrouw", "sohn", "tochter", "mutter", "vater", "bruder", "schwester", "kollege",
            "kollegin", "freund", "freundin", "nachbar", "nachbarin", "femme", "mari", "fille", "mère", "père", "frère",
            "sœur", "collègue", "amie", "voisin", "voisine", "conseiller", "conseillère", "esposa", "esposo", "marido",
            "hijo", "hija", "madre", "padre", "hermano", "hermana", "compañero", "compañera", "amigo", "amiga", "vecino",
            "vecina", "moglie", "marito", "figlio", "figlia", "fratello", "sorella", "amico", "amica", "filho", "filha",
            "mãe", "pai", "irmão", "irmã", "colega", "żona", "mąż", "córka", "matka", "ojciec", "siostra", "kolega",
            "koleżanka", "agente");

    /** Labels and record keys before a colon or '=' ("Name:", "account holder =", "full_name": …), '_' read as a blank. */
    static final Set<String> LABELS = Set.of("name", "full name", "fullname", "first name", "firstname", "last name",
            "lastname", "given name", "family name", "surname", "customer", "customer name", "client", "client name",
            "account holder", "holder", "card holder", "cardholder", "holder name", "account name", "contact",
            "contact name", "contact person", "from", "to", "cc", "bcc", "attn", "attention", "agent", "recipient",
            "sender", "signed", "signature", "owner", "patient", "employee", "guest", "passenger", "traveller",
            "traveler", "beneficiary", "payee", "requester", "requested by", "reported by", "assigned to", "caller",
            "naam", "volledige naam", "voornaam", "achternaam", "klant", "nom", "prénom", "nom complet", "titulaire",
            "destinataire", "expéditeur", "kunde", "kundin", "vorname", "nachname", "empfänger", "absender",
            "ansprechpartner", "inhaber", "kontoinhaber", "nombre", "apellido", "apellidos", "titular", "cliente",
            "nome", "cognome", "destinatario", "mittente", "intestatario", "sobrenome", "imię", "nazwisko",
            "imię i nazwisko", "klient", "odbiorca", "nadawca", "namn", "navn", "ad", "soyad", "ad soyad", "isim", "nama",
            "penerima", "name on card", "name on the card", "card name", "nome completo", "nombre completo",
            "beneficiário", "beneficiario", "bénéficiaire", "begunstigde");

    /** Labels that name a name: also without a colon ("name on card X", "nome completo x", "beneficiary X"). */
    static final Set<String> NAME_LABELS = Set.of("name", "full name", "name on card", "name on the card", "card name",
            "first name", "last name", "surname", "naam", "volledige naam", "nom", "nom complet", "nombre",
            "nombre completo", "nome", "nome completo", "imię", "nazwisko", "imię i nazwisko", "namn", "navn", "nama",
            "isim", "ad soyad", "vorname", "nachname", "beneficiary", "beneficiário", "beneficiario", "bénéficiaire",
            "begunstigde", "titular", "titulaire", "holder", "cardholder", "card holder", "account holder");

    /** Verbs of speaking or contact right after the name ("Anna said", "Jan belde"), and "here" ("Anna here"). */
    static final Set<String> VERBS_AFTER = Set.of("said", "says", "called", "calls", "phoned", "rang", "wrote", "writes",
            "emailed", "e-mailed", "messaged", "texted", "told", "tells", "asked", "asks", "mentioned", "replied",
            "answered", "promised", "confirmed", "explained", "informed", "here", "zei", "zegt", "belde", "schreef",
            "vertelde", "sagte", "sagt", "rief", "schrieb", "meinte", "dit", "dijo", "llamó", "escribió", "disse",
            "powiedział", "powiedziała", "dzwonił", "dzwoniła", "napisał", "napisała");

    /** Closing words that end the line before a signature ("Regards,", "Met vriendelijke groet", "Grüße"). */
    static final Set<String> CLOSINGS = Set.of("thanks", "thank you", "thankyou", "thx", "regards", "cheers", "best", "sincerely",
            "wishes", "yours", "groeten", "groet", "grüße", "grüsse", "gruß", "gruss", "mfg", "cordialement",
            "salutations", "merci", "saludos", "atentamente", "saluti", "cordiali saluti", "grazie", "atenciosamente",
            "abraços", "obrigado", "obrigada", "pozdrawiam", "poważaniem", "pozdrowienia", "hälsningar", "mvh", "hilsen",
            "saygılarımla", "teşekkürler", "hormat", "danke", "gracias", "bedankt", "tack", "takk");

    private PersonContext() {
    }

    /** Start of the text's last line with a letter or a digit (0 if none): one pass from the end. */
    static int lastLine(String text) {
        int c = text.length() - 1;
        while (c >= 0 && !Character.isLetterOrDigit(text.charAt(c))) {
            c--;
        }
        while (c >= 0 && text.charAt(c) != '\n') {
            c--;
        }
        return c + 1;
    }

    /**
     * Whether the run {@code [from, to)} of {@code text} ({@code lower}: its lower case, same length) stands in a person
     * context; {@code lastLine}: {@link #lastLine(String)} of the text.
     */
    static boolean of(String text, String lower, int from, int to, int lastLine) {
        if (to - from <= 16 && (GREETINGS.contains(lower.substring(from, to)) || CLOSINGS.contains(lower.substring(from, to)))) {
            return false; // "… cancel it. Thankyou": a closing word is no name
        }
        return before(text, lower, from) || after(text, lower, to)
                || Character.isUpperCase(text.charAt(from)) && possessive(text, lower, to) || signature(text, lower, from, to, lastLine)
                || opensWithComma(text, from, to) || endsText(text, from, to);
    }

    /**
     * The run ends the text (nothing but punctuation after it) and a sentence's end, a comma or a dash stands before it on
     * its line: "… is that possible? Anna", "… — Anna Okafor", "…, groet, daan".
     */
    static boolean endsText(String text, int from, int to) {
        if (text.length() - to > AHEAD) {
            return false;
        }
        for (int c = to; c < text.length(); c++) {
            if (Character.isLetterOrDigit(text.charAt(c))) {
                return false;
            }
        }
        int c = from - 1;
        int floor = Math.max(0, from - 8);
        while (c >= floor && blank(text.charAt(c))) {
            c--;
        }
        if (c < floor) {
            return false;
        }
        char ch = text.charAt(c);
        return ch == '.' || ch == '!' || ch == '?' || ch == ',' || ch == '-' || ch == '—' || ch == '–' || ch == ')';
    }

    private static boolean blank(char ch) {
        return ch == ' ' || ch == '\u00a0' || ch == '\t';
    }

    private static boolean wordChar(char ch) {
        return Character.isLetter(ch) || ch == '\'' || ch == '’' || ch == '_' || ch == '-';
    }

    /** The context before the run, on its line. */
    static boolean before(String text, String lower, int from) {
        int floor = Math.max(0, from - BACK);
        int c = from - 1;
        boolean label = false;
        boolean comma = false;
        boolean dot = false;
        int quotes = 0;
        // the separator: blanks, at most one colon or '=', a comma, a dot (a title's), quotes (a record's)
        while (c >= floor) {
            char ch = text.charAt(c);
            if (blank(ch)) {
                c--;
            } else if ((ch == ':' || ch == '=') && !label) {
                label = true;
                c--;
            } else if (ch == ',' && !comma && !label) {
                comma = true;
                c--;
            } else if (ch == '.' && !dot && !label && !comma) {
                dot = true;
                c--;
            } else if ((ch == '"' || ch == '\'') && quotes < 2) {
                quotes++;
                c--;
            } else {
                break;
            }
        }
        if (c < floor || !wordChar(text.charAt(c)) || text.charAt(c) == '-') {
            return false;
        }
        // up to three words before it, one blank apart, on the line
        String[] words = new String[3];
        int count = 0;
        while (count < 3 && c >= floor && wordChar(text.charAt(c))) {
            int end = c + 1;
            while (c >= floor && wordChar(text.charAt(c))) {
                c--;
            }
            words[count++] = lower.substring(c + 1, end).replace('_', ' ').replace('’', '\'');
            if (c - 1 >= floor && blank(text.charAt(c)) && wordChar(text.charAt(c - 1))) {
                c--;
            } else {
                break;
            }
        }
        if (count == 0) {
            return false;
        }
        String one = words[0];
        String two = count > 1 ? words[1] + " " + one : null;
        String three = count > 2 ? words[2] + " " + two : null;
        if (label) {
            return LABELS.contains(one) || two != null && LABELS.contains(two) || three != null && LABELS.contains(three);
        }
        if (quotes > 0) {
            return false;
        }
        if (dot) {
            return !comma && RELATIONS.contains(one); // "Mr. Okafor", "Dr. Zorvanek"
        }
        if (GREETINGS.contains(one) || two != null && GREETINGS.contains(two) || CLOSINGS.contains(one)
                || two != null && CLOSINGS.contains(two)) {
            return true; // "Hi Anna", "Hallo, Jan", "thank you Marta"
        }
        if (comma) {
            return false;
        }
        if (NAME_LABELS.contains(one) || two != null && NAME_LABELS.contains(two) || three != null && NAME_LABELS.contains(three)) {
            return true; // "name on card X", "beneficiário X"
        }
        return RELATIONS.contains(one) || INTRODUCTIONS.contains(one) || two != null && INTRODUCTIONS.contains(two)
                || three != null && INTRODUCTIONS.contains(three);
    }

    /** A verb of speaking or contact right after the run, a blank apart ("Anna said", "Jan belde"). */
    static boolean after(String text, String lower, int to) {
        int c = to;
        int limit = Math.min(text.length(), to + AHEAD);
        boolean comma = c < limit && text.charAt(c) == ',';
        if (comma) {
            c++;
        }
        int blanks = 0;
        while (c < limit && blank(text.charAt(c))) {
            c++;
            blanks++;
        }
        if (blanks == 0 || blanks > 2) {
            return false;
        }
        int start = c;
        while (c < limit && wordChar(text.charAt(c))) {
            c++;
        }
        if (c == start) {
            return false;
        }
        String word = lower.substring(start, c);
        return comma ? BIRTH.contains(word) : VERBS_AFTER.contains(word) || BIRTH.contains(word);
    }

    /** What a person's possessive names in a support message: a device, an account, a key, a team, a relative. */
    static final Set<String> BELONGINGS = Set.of("laptop", "computer", "pc", "machine", "phone", "mobile", "device", "tablet",
            "account", "card", "key", "keys", "script", "code", "team", "desk", "office", "car", "email", "e-mail", "mailbox",
            "address", "number", "password", "login", "profile", "wife", "husband", "son", "daughter", "mother", "father",
            "mom", "mum", "dad", "brother", "sister", "partner", "boss", "colleague", "manager", "order", "parcel", "package",
            "name", "birthday", "shop", "workstation", "server", "router", "inbox");

    /**
     * A possessive of a capitalised run before a belonging, one or two words on ("Anna's laptop", "Anna's test key"):
     * the caller checks the capital (a lower-case "mcdonald's reviews" is a shop's as often).
     */
    static boolean possessive(String text, String lower, int to) {
        int limit = Math.min(text.length(), to + AHEAD);
        if (to + 3 >= limit || text.charAt(to) != '\'' && text.charAt(to) != '’' || lower.charAt(to + 1) != 's'
                || !blank(text.charAt(to + 2))) {
            return false;
        }
        int c = to + 3;
        for (int w = 0; w < 2; w++) {
            int start = c;
            while (c < limit && wordChar(text.charAt(c))) {
                c++;
            }
            if (c == start) {
                return false;
            }
            if (BELONGINGS.contains(lower.substring(start, c))) {
                return true;
            }
            if (c >= limit || !blank(text.charAt(c))) {
                return false;
            }
            c++;
        }
        return false;
    }

    /** Words of birth after a name, a comma allowed between ("Anna Okafor, born …", "…, geb. …", "…, née le …"). */
    static final Set<String> BIRTH = Set.of("born", "geb", "geboren", "né", "née", "nacido", "nacida", "nato", "nata",
            "nascido", "nascida", "urodzona", "urodzony", "geboren op");

    /**
     * The run alone on its line (blanks and punctuation beside it: "— Anna", "Anna Okafor."), that line the text's last
     * with letters or digits or the line before it ending in a closing word.
     */
    static boolean signature(String text, String lower, int from, int to, int lastLine) {
        int floor = Math.max(0, from - BACK);
        int c = from - 1;
        while (c >= floor && text.charAt(c) != '\n') {
            if (Character.isLetterOrDigit(text.charAt(c))) {
                return false;
            }
            c--;
        }
        if (c >= floor && text.charAt(c) != '\n' || c < floor && floor > 0) {
            return false;
        }
        int limit = Math.min(text.length(), to + AHEAD);
        int e = to;
        while (e < limit && text.charAt(e) != '\n') {
            if (Character.isLetterOrDigit(text.charAt(e))) {
                return false;
            }
            e++;
        }
        if (e == limit && limit < text.length()) {
            return false;
        }
        if (from >= lastLine) {
            return true;
        }
        // the line before it (blank lines skipped) ends in a closing word
        int p = c - 1;
        int pfloor = Math.max(0, c - BACK);
        while (p >= pfloor && !Character.isLetterOrDigit(text.charAt(p))) {
            p--;
        }
        if (p < pfloor) {
            return false;
        }
        int end = p + 1;
        while (p >= pfloor && wordChar(text.charAt(p))) {
            p--;
        }
        String last = lower.substring(p + 1, end);
        if (CLOSINGS.contains(last)) {
            return true;
        }
        // two words ("thank you", "cordiali saluti")
        if (p >= pfloor && blank(text.charAt(p))) {
            int q = p - 1;
            while (q >= pfloor && wordChar(text.charAt(q))) {
                q--;
            }
            return q + 1 < p && CLOSINGS.contains(lower.substring(q + 1, p) + " " + last);
        }
        return false;
    }

    /** The run opens the text (blanks before it only) and a comma follows it: "Anna, the parcel …". */
    static boolean opensWithComma(String text, int from, int to) {
        if (from > BACK) {
            return false;
        }
        for (int c = 0; c < from; c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return to < text.length() && text.charAt(to) == ',';
    }
}
