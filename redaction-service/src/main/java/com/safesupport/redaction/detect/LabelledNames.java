package com.safesupport.redaction.detect;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Round 90 (rb90): a capitalised name after a word that names the person holding or receiving a payment, in the
 * languages of the desk ("Empfänger Ida Wendtland", "beneficiário Tiago Carvalhal", "t.n.v. R. Smeulders-Aarts",
 * "kontoeier Torbjørg Lien", "Kontoinhaberin ist Wiebke Harmsen"), or after a courtesy title ("Frau Ostermeyer", "Mrs
 * Quilliam"). The name words are capitalised words of letters (inner hyphens and apostrophes), none a place, a stop word
 * of the Snowball lists, or a common English word unless the gazetteer knows it as a name. After a payment word two or
 * three of them (or initials and one): the first a known given name (accents folded) or initials, or the last a known
 * family name and none a common English word ("kontoeier Sparebank Vest" names a bank). After a title one to three, each
 * after the first known as a name, following a known given name, or closing the entry ("Frau Jansen Bescheid sagen"
 * reads no name), and none a common English word ("Ms. Word document") or a role (round 90b, the lead's spot check:
 * "Señora Presidenta"). The run must end its entry (punctuation, a dash, a line's or the text's end, or a lower-case word), and
 * no finding of another type may overlap it. Each label
 * occurrence reads at most three words of at most {@link #MAX_WORD} characters: linear.
 */
final class LabelledNames {

    /** Words naming the holder or receiver of an account or payment, lower case: general words of the languages. */
    static final List<String> PAYEES = List.of("empfänger", "empfängerin", "zahlungsempfänger", "kontoinhaber",
            "kontoinhaberin", "beneficiary", "payee", "bénéficiaire", "titulaire du compte", "beneficiario", "beneficiaria",
            "beneficiário", "beneficiária", "intestatario", "intestataria", "begunstigde", "t.n.v.", "ten name van",
            "rekeninghouder", "kontoeier", "kontohaver", "kontoinnehavare", "mottaker", "mottagare", "modtager", "tilhører",
            "tillhör", "odbiorca", "majiteľ", "majiteľka", "majitel", "majitelka", "příjemce", "prijímateľ", "gavėjas", "gavėja",
            "saaja", "tilinomistaja", "kedvezményezett");

    /** Courtesy titles before a family name, lower case, without their full stop. */
    static final List<String> TITLES = List.of("frau", "herr", "mrs", "mr", "ms", "mme", "madame", "monsieur", "mevrouw",
            "meneer", "mevr", "dhr", "señora", "señor", "sra", "signora", "signor", "senhora", "senhor");

    /**
     * Round 92 (rb92): self-introductions of the desk's languages beside {@link LowerIntroNames#INTROS}, lower case, with
     * their trailing blank: general phrases of the languages. After these, which say that a name follows ("adım", "em dic",
     * "zovem se", "nama saya"), and after round 89's naming introductions ({@link LowerIntroNames#NAMING}), a capitalised
     * name is read as after a payment word.
     */
    static final List<String> NAMING_INTRODUCTIONS = List.of("mitt namn är ", "mitt navn er ", "nimeni on ", "minu nimi on ",
            "adım ", "benim adım ", "mé jméno je ", "moje jméno je ", "volám sa ", "moje meno je ", "em dic ", "mă numesc ",
            "numele meu este ", "zovem se ", "ime mi je ", "nama saya ", "ako si ", "mano vardas ", "mani sauc ", "ég heiti ",
            "a nevem ");

    /**
     * Round 92: introductions by a copula or "here is" ("det er", "olen", "tady", "aqui é a"), which also open ordinary
     * capitalised words ("soy Cliente Preferente"): after these and round 89's other introductions (not its chat shorthand
     * {@link LowerIntroNames#WEAK}) the name must open with a known given name or initials.
     */
    static final List<String> COPULA_INTRODUCTIONS = List.of("det er ", "jeg er ", "det är ", "jag är ", "olen ", "tady je ",
            "tady ", "jsem ", "aqui é a ", "aqui é o ", "aqui é ", "sóc ");

    /** Words linking a payment word to its name: "Kontoinhaberin ist …", "the payee is …". */
    private static final List<String> COPULAS = List.of("ist ", "is ", "er ", "é ", "es ", "est ", "je ", "är ", "on ");

    /** Words after a title that are another title or a role, not the name: "Frau Doktor …", "Herr Professor …". */
    private static final Set<String> ROLES = Set.of("doktor", "doctor", "professor", "direktor", "direktorin", "director",
            "präsident", "president", "pfarrer", "kollege", "kollegin", "minister", "ministerin", "richter", "richterin",
            "anwalt", "anwältin", "bürgermeister", "bürgermeisterin", "ober", "kellner",
            // round 90b (the lead's spot check: "Señora Presidenta"): the roles of the other titles' languages
            "presidente", "presidenta", "directora", "doctora", "licenciado", "licenciada", "ingeniero", "ingeniera",
            "abogado", "abogada", "alcalde", "alcaldesa", "ministro", "ministra", "juez", "jueza", "profesor", "profesora",
            "directeur", "directrice", "président", "présidente", "docteur", "maire", "ministre", "juge", "avocat", "avocate",
            "dottore", "dottoressa", "professore", "professoressa", "avvocato", "ingegnere", "sindaco", "direttore",
            "direttrice", "doutor", "doutora", "diretor", "diretora", "advogado", "advogada", "prefeito",
            "prefeita", "burgemeester", "dokter", "voorzitter", "notaris", "advocaat");

    private static final int MAX_WORD = 30;

    private LabelledNames() {
    }

    static void find(Scan scan, List<Candidate> kept, BitSet person, Gazetteer g, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        if (l.length() != t.length() || g == null) {
            return;
        }
        BitSet other = new BitSet(t.length()); // what findings of other types cover: one pass over the kept ones
        for (Candidate c : kept) {
            if (!c.type.equals("PERSON") && c.start < c.end) {
                other.set(c.start, c.end);
            }
        }
        for (String label : PAYEES) {
            for (int h = l.indexOf(label); h >= 0; h = l.indexOf(label, h + 1)) {
                int k = h + label.length();
                if (h > 0 && Character.isLetterOrDigit(l.charAt(h - 1)) || k < t.length() && Character.isLetterOrDigit(t.charAt(k))) {
                    continue; // inside a word
                }
                if (k < t.length() && t.charAt(k) == ':') {
                    k++;
                }
                int s = blanks(t, k, 2);
                if (s == k) {
                    continue;
                }
                for (String c : COPULAS) {
                    if (l.startsWith(c, s)) {
                        s += c.length();
                        break;
                    }
                }
                read(scan, other, person, g, s, false, false, out);
            }
        }
        for (String title : TITLES) {
            for (int h = l.indexOf(title); h >= 0; h = l.indexOf(title, h + 1)) {
                int k = h + title.length();
                if (h > 0 && Character.isLetterOrDigit(l.charAt(h - 1)) || k < t.length() && Character.isLetterOrDigit(t.charAt(k))
                        || !Character.isUpperCase(t.charAt(h))) {
                    continue; // inside a word, or the title not capitalised ("mr" in running lower-case text)
                }
                if (k < t.length() && t.charAt(k) == '.') {
                    k++;
                }
                int s = blanks(t, k, 1);
                if (s == k) {
                    continue;
                }
                read(scan, other, person, g, s, true, false, out);
            }
        }
        afterIntroductions(scan, other, person, g, out);
    }

    /** Round 92: a capitalised name right after a self-introduction written in lower case ("jmenuji se Tomáš Kratochvíl"). */
    private static void afterIntroductions(Scan scan, BitSet other, BitSet person, Gazetteer g, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        for (List<String> list : List.of(LowerIntroNames.INTROS, NAMING_INTRODUCTIONS, COPULA_INTRODUCTIONS)) {
            for (String intro : list) {
                if (LowerIntroNames.WEAK.contains(intro)) {
                    continue;
                }
                boolean naming = list == NAMING_INTRODUCTIONS || LowerIntroNames.NAMING.contains(intro);
                for (int h = l.indexOf(intro); h >= 0; h = l.indexOf(intro, h + 1)) {
                    int s = h + intro.length();
                    if (h > 0 && (Character.isLetterOrDigit(l.charAt(h - 1)) || l.charAt(h - 1) == '\'' || l.charAt(h - 1) == '’')
                            || !t.startsWith(intro, h) || s >= t.length() || !Character.isUpperCase(t.charAt(s))) {
                        continue; // inside a word, the introduction not in lower case, or no capital after it
                    }
                    read(scan, other, person, g, s, false, !naming, out);
                }
            }
        }
    }

    /** Past at most {@code max} blanks (or no-break spaces) from {@code k}. */
    private static int blanks(String t, int k, int max) {
        int s = k;
        while (s < t.length() && s - k < max && (t.charAt(s) == ' ' || t.charAt(s) == '\u00a0')) {
            s++;
        }
        return s;
    }

    /**
     * Reads the name from {@code s} and adds it: after a title ({@code titled}) or after a payment word or an introduction;
     * with {@code givenFirst} only a name opened by a known given name or initials.
     */
    private static void read(Scan scan, BitSet other, BitSet person, Gazetteer g, int s, boolean titled, boolean givenFirst,
            List<Candidate> out) {
        String t = scan.text();
        int[] starts = new int[3];
        int[] ends = new int[3];
        int n = 0;
        int k = s;
        boolean initial = false;
        while (n < 3 && k < t.length()) {
            int e = initialEnd(t, k);
            if (e > k) {
                if (titled || n > 0) {
                    break; // initials only open a payee's name: "t.n.v. R. Smeulders-Aarts"
                }
                initial = true;
            } else {
                e = wordEnd(t, k);
                if (e <= k || !nameWord(scan, g, t.substring(k, e))) {
                    break;
                }
                if (titled && n > 0 && !tagged(person, k, e) && !LowerIntroNames.known(g, t.substring(k, e), true)
                        && !LowerIntroNames.known(g, t.substring(k, e), false)
                        && !LowerIntroNames.known(g, t.substring(starts[n - 1], ends[n - 1]), true) && !endsHard(t, e)) {
                    break; // after a title a second word unknown as a name must close the entry: "Frau Jansen Bescheid sagen"
                }
            }
            starts[n] = k;
            ends[n] = e;
            n++;
            if (e + 1 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1))) {
                k = e + 1;
            } else {
                break;
            }
        }
        int names = initial ? n - 1 : n;
        if (names < (titled ? 1 : 2) && !(initial && names == 1) || n == 0) {
            return;
        }
        int end = ends[n - 1];
        if (!endsEntry(t, end) || titled && common(scan, t, starts, ends, n)) {
            return; // after a title no common English word even if a family name: "Ms. Word document", "Mr Brown's Boys"
        }
        if (!titled) {
            if (!initial && !LowerIntroNames.known(g, t.substring(starts[0], ends[0]), true) && (givenFirst
                    || !(LowerIntroNames.known(g, t.substring(starts[n - 1], ends[n - 1]), false) && !common(scan, t, starts, ends, n)))) {
                return; // "kontoeier Sparebank Vest": a known given name or initials first, or a known family name last and no English word
            }
        }
        if (person.nextClearBit(s) >= end) {
            return; // wholly found already
        }
        if (tagged(other, s, end)) {
            return; // another finding there: left as it is
        }
        out.add(new Candidate("PERSON", s, end, NameNeighbours.SCORE, NameNeighbours.SOURCE, null)
                .withContext(titled ? "title-name" : "payee-name"));
    }

    /** Any of the {@code n} words (or a part of a hyphenated one) a common English word (SCOWL size 50 or less). */
    private static boolean common(Scan scan, String t, int[] starts, int[] ends, int n) {
        for (int j = 0; j < n; j++) {
            for (String part : t.substring(starts[j], ends[j]).toLowerCase(java.util.Locale.ROOT).split("[-'’]")) {
                if (!part.isEmpty() && scan.pack().commonness(part) <= 50) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean tagged(BitSet person, int s, int e) {
        int b = person.nextSetBit(s);
        return b >= 0 && b < e;
    }

    /** The entry ends at {@code e}: the text's end, punctuation, a dash, a bracket, a line break, or a blank and a lower-case word. */
    private static boolean endsEntry(String t, int e) {
        if (e >= t.length()) {
            return true;
        }
        char c = t.charAt(e);
        if (c == ' ' && e + 1 < t.length()) {
            char d = t.charAt(e + 1);
            return Character.isLowerCase(d) || "—–-(".indexOf(d) >= 0;
        }
        return "\n\r.,;:)!?—–/|".indexOf(c) >= 0;
    }

    /** The entry ends at {@code e} with punctuation, a dash, a bracket, a line's or the text's end (not a lower-case word). */
    private static boolean endsHard(String t, int e) {
        if (e >= t.length()) {
            return true;
        }
        char c = t.charAt(e);
        if (c == ' ' && e + 1 < t.length()) {
            return "—–-(".indexOf(t.charAt(e + 1)) >= 0;
        }
        return "\n\r.,;:)!?—–/|".indexOf(c) >= 0;
    }

    /** A capital and a full stop ("R."), followed by a blank: the end after the stop, or {@code s}. */
    private static int initialEnd(String t, int s) {
        if (s + 2 < t.length() && Character.isUpperCase(t.charAt(s)) && t.charAt(s + 1) == '.' && t.charAt(s + 2) == ' ') {
            return s + 2;
        }
        return s;
    }

    /** A capitalised word: an upper-case letter, then lower-case letters, inner '-' or apostrophe before a letter. */
    private static int wordEnd(String t, int s) {
        if (s >= t.length() || !Character.isUpperCase(t.charAt(s))) {
            return s;
        }
        int k = s + 1;
        while (k < t.length() && k - s <= MAX_WORD) {
            char c = t.charAt(k);
            if (Character.isLowerCase(c) || Character.isLetter(c) && !Character.isUpperCase(c)) {
                k++;
            } else if ((c == '-' || c == '\'' || c == '’') && k + 2 < t.length() && Character.isLetter(t.charAt(k + 1))
                    && Character.isLowerCase(t.charAt(k + 2))) {
                k += 2; // "Schulte-Brandt", "O'Neill", "Ould-abbas": a capital may open the part after the hyphen
            } else {
                break;
            }
        }
        if (k - s > MAX_WORD || k - s < 2 || k < t.length() && (Character.isLetterOrDigit(t.charAt(k)) || t.charAt(k) == '_'
                || t.charAt(k) == '@')) {
            return s; // too long, one letter, or a capital or digit inside ("McDonald's" stays out with "iPhone"-like shapes)
        }
        return k;
    }

    /** No place, no stop word, no role, not a common English word unless known as a name; a vowel in it. */
    private static boolean nameWord(Scan scan, Gazetteer g, String w) {
        String lw = w.toLowerCase(java.util.Locale.ROOT);
        if (LowerIntroNames.STOP.contains(lw) || ROLES.contains(lw) || g.place(w) != null) {
            return false;
        }
        if (!LowerIntroNames.vowel(lw)) {
            return false;
        }
        if (LowerIntroNames.known(g, w, true) || LowerIntroNames.known(g, w, false)) {
            return true;
        }
        for (String part : lw.split("[-'’]")) {
            if (!part.isEmpty() && scan.pack().commonness(part) <= 50) {
                return false;
            }
        }
        return true;
    }

}
