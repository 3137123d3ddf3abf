package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Round 48: names that stand next to something the recognisers already found, read after them as one more step of
 * {@link Analyzer}'s filtering (the kept candidates are what the step reads; it adds PERSON candidates and removes
 * nothing). Three kinds, each a shape read from a found span, never a word list of names:
 * <ul>
 *   <li>{@link #particleSurnameFirst}: a form or list entry written surname first with its particle — "van den Berg,
 *   Joost", "de la Cruz, Mariana", "ter Horst, Annelies" — where the engine already tags a part as a name;</li>
 *   <li>{@link #afterAddressDash}: the name that closes an address line after a dash — "…, 28005 Madrid — Rocío Benítez";</li>
 *   <li>{@link #afterIdentifier}: the name right after a national identifier and a comma or a dash — "personnummer
 *   860214-…, Ingrid Sjöberg".</li>
 *   <li>Round 49, {@link #afterClosing}: the name after a letter's closing of the desk's languages, perhaps with the
 *   writer's town ("Herzliche Grüße aus Graz, …"), before a bracket, a dash or the end; and {@link ScriptIntroductions}:
 *   a name in Georgian, Armenian, Ge'ez or Cyrillic letters after a self-introduction of that script.</li>
 *   <li>Round 50, {@link #lowerAfterHolder} and {@link #lowerAfterFor}: a name written in lower case after a holder's
 *   lead-in ("holder: …", "the name on it is …") or after an identifier and "for".</li>
 *   <li>Round 86 (rb86), {@link ParticleNames}: a name with particles read whole across them ("Sander de [Graaf]",
 *   "[Maarten] de [Wilde]", "W. van den [Berg]", "Femke de Wit").</li>
 * </ul>
 * The name words are capitalised words of letters (inner hyphens and apostrophes allowed, at least one lower-case
 * letter: no capitals codes); a word the engine did not tag PERSON is no place of the gazetteer and no common English
 * word unless the gazetteer knows it as a given or family name; and the run is known as a name (a word tagged PERSON, a
 * known given name first, or a known family name before a known given name). Every read is bounded (a few words from a
 * found span or a comma): linear in the text.
 */
final class NameNeighbours {

    static final double SCORE = 0.6;

    /** The source named on the findings this step adds. */
    static final Recognizer SOURCE = new Recognizer() {
        @Override
        public String name() {
            return "NameNeighbours";
        }

        @Override
        public Set<String> types() {
            return Set.of("PERSON");
        }

        @Override
        public boolean scoresOwnContext() {
            return true;
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
        }
    };

    /** Lower-case family-name particles (one to three of them open the surname): "van den", "de la", "ter", "von". */
    static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "dem", "de", "del", "della", "delle", "di", "da",
            "do", "dos", "das", "du", "des", "la", "las", "los", "le", "ter", "ten", "zu", "zur", "af", "av", "bin", "ibn", "al",
            "el", "het", "'t");

    /** Words between the dash and the name that address a parcel to someone: "— att. Ana Lima", "- c/o Ben Okafor". */
    private static final List<String> ATTENTION = List.of("att. ", "attn. ", "attn: ", "attn ", "att: ", "c/o ");

    private static final int MAX_WORD = 30;

    private final Gazetteer gazetteer;

    NameNeighbours(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The PERSON candidates the three readings add next to {@code kept}; {@code kept} itself is not changed. */
    List<Candidate> find(Scan scan, List<Candidate> kept) {
        String t = scan.text();
        BitSet person = new BitSet(t.length());
        for (Candidate c : kept) {
            if (c.type.equals("PERSON")) {
                person.set(c.start, c.end);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : kept) {
            if (c.type.equals("STREET_ADDRESS")) {
                afterAddressDash(scan, person, c.end, out);
            } else if (identifier(c)) {
                afterIdentifier(scan, person, c.end, out);
                lowerAfterFor(scan, person, c.end, out);
            } else if (c.recognizer instanceof IbanRecognizer) {
                afterIdentifier(scan, person, c.end, out); // round 92: "… AT34 1904 …, Anna Feuerstein"
            }
        }
        lowerAfterHolder(scan, person, out);
        if (!person.isEmpty()) {
            particleSurnameFirst(scan, person, out);
        }
        ParticleNames.find(scan, kept, person, gazetteer, out);
        LowerIntroNames.find(scan, person, gazetteer, out);
        LabelledNames.find(scan, kept, person, gazetteer, out);
        afterClosing(scan, person, out);
        signatureAtEnd(scan, person, out);
        dashSignOff(scan, person, out);
        ScriptIntroductions.find(scan, out);
        ScriptIntroductions.findCjk(scan, out);
        ScriptNames.find(scan, out);
        return out;
    }

    /**
     * Round 51: a message signed by a name alone in its last sentence ("… 2 85 05 75 113 042 58. Inès Cabanel", "… not
     * the 13th. Siobhán Ní Bhriain"): after ". ", "! " or "? " (an earlier sentence), two or three name words of
     * {@link #nameWords} (known as a name), none of them tagged PERSON already ("Ihr Ferdinand Kuhnert" stays the model's
     * "Ferdinand Kuhnert"), and nothing but a full stop and blanks to the text's end. Reads at most 120
     * characters back from the end: constant.
     */
    void signatureAtEnd(Scan scan, BitSet person, List<Candidate> out) {
        String t = scan.text();
        int e = t.length();
        while (e > 0 && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (e > 0 && t.charAt(e - 1) == '.') {
            e--;
        }
        int b = e;
        while (b > 1 && e - b < 120 && !(t.charAt(b - 1) == ' ' && ".!?".indexOf(t.charAt(b - 2)) >= 0)) {
            b--;
        }
        if (b <= 1 || e - b >= 120) {
            return;
        }
        int s = skipBlanks(t, b);
        int tagged = person.nextSetBit(s);
        if (s < e && (tagged < 0 || tagged >= e) && nameWords(scan, person, s, 2, 3) == e) {
            out.add(new Candidate("PERSON", s, e, SCORE, SOURCE, null).withContext("signature"));
        }
    }

    /** A national identifier of any country, or an SSN, ITIN, NHS number or NINO. */
    private static boolean identifier(Candidate c) {
        Recognizer r = c.recognizer;
        return r instanceof NationalIdRecognizers.Digits || r instanceof NationalIdRecognizers.Codes
                || r instanceof NumberRecognizers.Ssn || r instanceof NumberRecognizers.Itin || r instanceof NumberRecognizers.Nhs
                || r instanceof CodeRecognizers.Nino;
    }

    /**
     * Round 50: what ties a card's or an account's holder to a name written in lower case ("holder: anna-lena brückner",
     * "the name on it is venkataraman priya"), read in the lower-cased text; "holder" follows no letter ("placeholder:")
     * unless it is "cardholder".
     */
    private static final List<String> HOLDER_LEADS = List.of("holder: ", "holder - ", "holder is ", "name on it is ",
            "name on it: ", "name on the card is ", "name on card is ", "name on card: ", "name on the card: ",
            "name on the account is ", "name on account: ");

    /**
     * Round 50: a name in lower case after a holder lead-in of {@link #HOLDER_LEADS}: {@link #lowerNameWords} (two or three
     * words, one known as a name, ending the entry). Each occurrence of a lead-in reads at most three words on: linear.
     */
    void lowerAfterHolder(Scan scan, BitSet person, List<Candidate> out) {
        String l = scan.lower();
        String t = scan.text();
        for (String lead : HOLDER_LEADS) {
            for (int h = l.indexOf(lead); h >= 0; h = l.indexOf(lead, h + 1)) {
                if (h > 0 && Character.isLetter(l.charAt(h - 1)) && !(lead.startsWith("holder") && l.startsWith("cardholder", h - 4))) {
                    continue;
                }
                int s = skipBlanks(t, h + lead.length());
                int e = lowerNameWords(scan, person, s);
                if (e > s && endsEntry(t, e)) {
                    out.add(new Candidate("PERSON", s, e, SCORE, SOURCE, null).withContext("holder-lower"));
                }
            }
        }
    }

    /**
     * Round 50: after an identifier, " for " and a name in lower case ("aadhaar no 7395 0418 2644 for rajesh kumar reddy"):
     * {@link #lowerNameWords}, ending the entry.
     */
    void lowerAfterFor(Scan scan, BitSet person, int end, List<Candidate> out) {
        String t = scan.text();
        if (!scan.lower().startsWith(" for ", end)) {
            return;
        }
        int s = skipBlanks(t, end + 5);
        int e = lowerNameWords(scan, person, s);
        if (e > s && endsEntry(t, e)) {
            out.add(new Candidate("PERSON", s, e, SCORE, SOURCE, null).withContext("identifier-for-lower"));
        }
    }

    /**
     * Round 50: two or three words wholly in lower case (letters, inner hyphens or apostrophes) from {@code s}, single
     * blanks apart, each tagged PERSON or {@link #nameLike} (no common English word, no place), at least one tagged PERSON
     * or known to the gazetteer as a given or family name: the end of the last, or -1.
     */
    private int lowerNameWords(Scan scan, BitSet person, int s) {
        String t = scan.text();
        int k = s;
        int words = 0;
        int end = -1;
        boolean known = false;
        while (words < 3) {
            int e = wordEnd(t, k);
            if (e - k < 2 || !Character.isLowerCase(t.charAt(k)) || !lowerCase(t, k, e)) {
                break;
            }
            int tagged = person.nextSetBit(k);
            boolean isTagged = tagged >= 0 && tagged < e;
            String w = Character.toUpperCase(t.charAt(k)) + t.substring(k + 1, e);
            if (!isTagged && !nameLike(scan, w)) {
                break;
            }
            known |= isTagged || givenName(w) || familyName(w);
            words++;
            end = e;
            if (Chars.at(t, e) != ' ' || e + 1 >= t.length() || !Character.isLowerCase(t.charAt(e + 1))) {
                break;
            }
            k = e + 1;
        }
        return words >= 2 && known ? end : -1;
    }

    /** No letter of {@code t[s, e)} is upper case. */
    private static boolean lowerCase(String t, int s, int e) {
        for (int c = s; c < e; c++) {
            if (Character.isUpperCase(t.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * After an address: blanks, a dash ("—", "–", "-"), blanks, perhaps "att." / "attn" / "c/o", then two or three name
     * words that end the line or the text (or stand before punctuation).
     */
    void afterAddressDash(Scan scan, BitSet person, int end, List<Candidate> out) {
        String t = scan.text();
        int k = skipBlanks(t, end);
        if (k == end || k >= t.length() || "—–-".indexOf(t.charAt(k)) < 0) {
            return;
        }
        int s = skipBlanks(t, k + 1);
        if (s == k + 1) {
            return; // "Madrid-Norte": a dash inside a place name
        }
        String l = scan.lower();
        for (String a : ATTENTION) {
            if (l.startsWith(a, s)) {
                s = skipBlanks(t, s + a.length());
                break;
            }
        }
        int e = nameWords(scan, person, s, 2, 3);
        if (e > s && endsEntry(t, e)) {
            out.add(new Candidate("PERSON", s, e, SCORE, SOURCE, null).withContext("address-dash"));
        }
    }

    /** After an identifier: ", " or a blank-surrounded dash, then two or three name words that end the line, the text or a list item. */
    void afterIdentifier(Scan scan, BitSet person, int end, List<Candidate> out) {
        String t = scan.text();
        int s;
        if (Chars.at(t, end) == ',' && Chars.at(t, end + 1) == ' ') {
            s = skipBlanks(t, end + 1);
        } else {
            int k = skipBlanks(t, end);
            if (k == end || k >= t.length() || "—–-".indexOf(t.charAt(k)) < 0 || Chars.at(t, k + 1) != ' ') {
                return;
            }
            s = skipBlanks(t, k + 1);
        }
        int e = nameWords(scan, person, s, 2, 3);
        if (e < 0) {
            e = familyLast(scan, person, s);
        }
        if (e > s && endsEntry(t, e)) {
            out.add(new Candidate("PERSON", s, e, SCORE, SOURCE, null).withContext("after-identifier"));
        }
    }

    /**
     * A surname with its particle(s), a comma and the given name(s), opening an entry (the text, a line, or after ':',
     * '(', '|', ';', '/'): one to three particles of {@link #PARTICLES}, one or two capitalised words, ", ", one to three
     * name words ending the entry. At least one part is already tagged PERSON; each given name is tagged PERSON or
     * {@link #nameLike} (no place, no common English word unless a known name). Each ", " reads at most ~90 characters
     * back and ~100 on.
     */
    void particleSurnameFirst(Scan scan, BitSet person, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        for (int c = t.indexOf(", "); c >= 0; c = t.indexOf(", ", c + 2)) {
            // the surname's capitalised words, read back from the comma
            int b = c;
            int words = 0;
            while (words < 2) {
                int ws = wordStartBefore(t, b);
                if (ws < 0 || !capitalised(t, ws, b)) {
                    break;
                }
                words++;
                b = ws;
                if (words < 2 && b >= 2 && t.charAt(b - 1) == ' ') {
                    int prev = wordStartBefore(t, b - 1);
                    if (prev >= 0 && capitalised(t, prev, b - 1)) {
                        b--; // a second capitalised word before ("de la Cruz Olmedo, Ana"): step onto the blank
                        continue;
                    }
                }
                break;
            }
            if (words == 0) {
                continue;
            }
            // the particles before it
            int p = b;
            int particles = 0;
            while (particles < 3 && p >= 2 && t.charAt(p - 1) == ' ') {
                int ws = wordStartBefore(t, p - 1);
                if (ws < 0 || !PARTICLES.contains(l.substring(ws, p - 1)) || !Character.isLowerCase(t.charAt(ws))
                        && t.charAt(ws) != '\'') {
                    break;
                }
                particles++;
                p = ws;
            }
            if (particles == 0 || !opensEntry(t, p)) {
                continue;
            }
            int s = c + 2;
            int e = givenNames(scan, person, s);
            if (e <= s || !endsEntry(t, e)) {
                continue;
            }
            int tagged = person.nextSetBit(p);
            if (tagged < 0 || tagged >= e) {
                continue;
            }
            out.add(new Candidate("PERSON", p, e, SCORE, SOURCE, null).withContext("particle-surname-first"));
        }
    }

    /**
     * Round 49: closings of letters in the desk's languages, lower case, that a name follows after a comma, a colon or a
     * line break. Each must open the text, a line or a sentence.
     */
    static final List<String> CLOSINGS = List.of("regards", "kind regards", "best regards", "warm regards", "many thanks",
            "best wishes", "merci d'avance", "merci d’avance", "merci beaucoup", "cordialement", "bien cordialement",
            "bien à vous", "freundliche grüße", "freundliche grüsse", "mit freundlichen grüßen", "mit freundlichen grüssen",
            "viele grüße", "viele grüsse", "liebe grüße", "liebe grüsse", "herzliche grüße", "herzliche grüsse", "groeten",
            "met vriendelijke groet", "vriendelijke groeten", "hartelijke groet", "saludos", "un saludo", "atentamente",
            "cordiali saluti", "distinti saluti", "pozdrawiam", "z poważaniem", "hälsningar", "med vänlig hälsning", "hilsen",
            "med venlig hilsen", "med vennlig hilsen", "atenciosamente", "cumprimentos", "saygılarımla", "iyi günler",
            "üdvözlettel", "s pozdravem", "srdečně",
            // Round 50: the thank-you that closes a message in place of a greeting ("Obrigada, Inês …", "Danke, Jonas …")
            "obrigada", "obrigado", "muito obrigada", "muito obrigado", "gracias", "muchas gracias", "grazie", "grazie mille",
            "merci", "danke", "vielen dank", "bedankt", "alvast bedankt", "dziękuję", "tack", "takk");

    /** "Regards from Leeds, …", "Groeten uit Gent, …": the word before the writer's town (one capitalised word). */
    private static final List<String> FROM = List.of(" from ", " uit ", " aus ", " de ", " desde ", " da ", " z ", " från ", " fra ");

    /** Words that follow a closing and name nobody: a wish or a team ("Bonne Journée", "Equipe Support"), lower case. */
    static final Set<String> NOT_AFTER_CLOSING = Set.of("bonne", "journée", "soirée", "semaine", "fin", "und", "alles",
            "gute", "schönen", "tag", "buen", "día", "dia", "buona", "giornata", "fijne", "dag", "prettige", "trevlig", "god",
            "equipe", "équipe", "service", "kundenservice", "klantenservice", "servicio", "atención", "atendimento", "cliente",
            "client", "clientes", "team", "support", "dein", "ihr", "votre", "vos", "su", "seu", "sua", "uw", "je", "jouw", "tu");

    /**
     * After a closing of {@link #CLOSINGS} that opens the text, a line or a sentence — perhaps with "from"/"aus"/"uit" and
     * one capitalised word (the town) — a comma, colon or line break, then two or three capitalised name words (tagged
     * PERSON or {@link #nameLike}, none of {@link #NOT_AFTER_CLOSING}) ending the entry: before punctuation, a bracket, a
     * dash or the end. Each closing occurrence reads a fixed number of words.
     */
    void afterClosing(Scan scan, BitSet person, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        if (l.length() != t.length()) {
            return;
        }
        for (String closing : CLOSINGS) {
            for (int i = l.indexOf(closing); i >= 0; i = l.indexOf(closing, i + 1)) {
                int k = i + closing.length();
                if (!opensSentence(t, i) || k < t.length() && Character.isLetter(t.charAt(k))) {
                    continue;
                }
                for (String from : FROM) {
                    if (l.startsWith(from, k)) {
                        int w = k + from.length();
                        int e = wordEnd(t, w);
                        if (e > w && capitalised(t, w, e)) {
                            k = e;
                        }
                        break;
                    }
                }
                int s = k;
                while (s < t.length() && s - k < 6 && (t.charAt(s) == ' ' || t.charAt(s) == '\u00a0')) {
                    s++;
                }
                if (s >= t.length() || ",:\n".indexOf(t.charAt(s)) < 0) {
                    continue;
                }
                s++;
                while (s < t.length() && s - k < 8 && (t.charAt(s) == ' ' || t.charAt(s) == '\n' || t.charAt(s) == '\u00a0')) {
                    s++;
                }
                int e = closingName(scan, person, s);
                if (e > s && endsEntry(t, e)) {
                    out.add(new Candidate("PERSON", s, e, SCORE, SOURCE, null).withContext("after-closing"));
                } else {
                    lastGivenName(scan, person, s, out);
                }
            }
        }
        for (String closing : LAST_LINE_CLOSINGS) {
            for (int i = l.indexOf(closing); i >= 0; i = l.indexOf(closing, i + 1)) {
                int k = i + closing.length();
                if (!opensSentence(t, i) || k < t.length() && Character.isLetter(t.charAt(k))) {
                    continue;
                }
                int s = skipBlanks(t, k);
                if (s >= t.length() || ",\n".indexOf(t.charAt(s)) < 0) {
                    continue;
                }
                s++;
                while (s < t.length() && s - k < 10 && (t.charAt(s) == ' ' || t.charAt(s) == '\n' || t.charAt(s) == '\u00a0')) {
                    s++;
                }
                int e = closingName(scan, person, s);
                if (e > s && endsText(t, e) && knownGiven(scan, person, s)) {
                    out.add(new Candidate("PERSON", s, e, SCORE, SOURCE, null).withContext("after-closing"));
                } else {
                    lastGivenName(scan, person, s, out);
                }
            }
        }
    }

    /**
     * Round 53: the English thanks and closings ("thanks,", "cheers,", "best,") after which a name ends the message — read
     * only when the name is the text's last word, as a sign-off.
     */
    static final List<String> LAST_LINE_CLOSINGS = List.of("thanks", "thank you", "thanks again", "thanks in advance",
            "cheers", "best", "all the best", "thx", "ty", "love");

    /**
     * Round 53: one capitalised word after a closing that is the text's last word (only blanks, "." or "!" after it): a
     * given name of the gazetteer, no place, no common English word, none of {@link #NOT_AFTER_CLOSING} ("… Cumprimentos,
     * Inês", "Cheers,\nMarta").
     */
    private void lastGivenName(Scan scan, BitSet person, int s, List<Candidate> out) {
        String t = scan.text();
        int e = wordEnd(t, s);
        if (e <= s || !capitalised(t, s, e) || !endsText(t, e) || NOT_AFTER_CLOSING.contains(scan.lower().substring(s, e))) {
            return;
        }
        String w = t.substring(s, e);
        int tagged = person.nextSetBit(s);
        if (tagged >= 0 && tagged < e || !givenName(w) && !givenName(fold(w)) || gazetteer.place(w) != null) {
            return;
        }
        for (String part : w.split("-")) {
            if (!part.isEmpty() && scan.pack().commonness(part.toLowerCase(Locale.ROOT)) <= 50) {
                return;
            }
        }
        out.add(new Candidate("PERSON", s, e, SCORE, SOURCE, null).withContext("after-closing"));
    }

    /**
     * Round 53: a dash sign-off — the text ends with a dash ("-", "–", "—") after a blank or a line break, a blank and one
     * capitalised given name as {@link #lastGivenName} reads it ("… or mail me - Tobias"). Looks at the text's last word
     * only.
     */
    void dashSignOff(Scan scan, BitSet person, List<Candidate> out) {
        String t = scan.text();
        int e = t.length();
        while (e > 0 && e > t.length() - 16 && " \n\r\t.!\u00a0".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        int s = wordStartBefore(t, e);
        if (s < 3 || t.charAt(s - 1) != ' ' || "-–—".indexOf(t.charAt(s - 2)) < 0 || " \n".indexOf(t.charAt(s - 3)) < 0) {
            return;
        }
        lastGivenName(scan, person, s, out);
    }

    /**
     * The word at {@code s} is tagged PERSON or a given name of the gazetteer (accents folded): after an English thanks the
     * first of two or three name words must be one ("Thanks, Amex Wróblewski" names nobody's given name).
     */
    private boolean knownGiven(Scan scan, BitSet person, int s) {
        String t = scan.text();
        int e = wordEnd(t, s);
        if (e <= s) {
            return false;
        }
        int tagged = person.nextSetBit(s);
        String w = t.substring(s, e);
        return tagged >= 0 && tagged < e || givenName(w) || givenName(fold(w));
    }

    private static String fold(String w) {
        return java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Only blanks, line breaks, "." or "!" from {@code e} to the text's end (at most 16 characters looked at). */
    private static boolean endsText(String t, int e) {
        int k = e;
        while (k < t.length() && k - e < 16 && " \n\r\t.!\u00a0".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        return k >= t.length();
    }

    /** Two or three capitalised words from {@code s}, single blanks apart, each tagged PERSON or name-like: the end, or -1. */
    private int closingName(Scan scan, BitSet person, int s) {
        String t = scan.text();
        String l = scan.lower();
        int k = s;
        int end = -1;
        int words = 0;
        while (words < 3) {
            int e = wordEnd(t, k);
            if (e <= k || !capitalised(t, k, e) || NOT_AFTER_CLOSING.contains(l.substring(k, e))) {
                break;
            }
            int tagged = person.nextSetBit(k);
            if (!(tagged >= 0 && tagged < e) && !nameLike(scan, t.substring(k, e))) {
                break;
            }
            words++;
            end = e;
            if (Chars.at(t, e) != ' ' || e + 1 >= t.length() || !Character.isUpperCase(t.charAt(e + 1))) {
                break;
            }
            k = e + 1;
        }
        return words >= 2 ? end : -1;
    }

    /** {@code i} opens the text, a line or a sentence: blanks back to the start, a line break or ".!?". */
    private static boolean opensSentence(String t, int i) {
        int b = i;
        while (b > 0 && t.charAt(b - 1) == ' ') {
            b--;
        }
        return b == 0 || ".!?\n".indexOf(t.charAt(b - 1)) >= 0 && (b < i || t.charAt(b - 1) == '\n');
    }

    /** The start of the word of letters (inner '-' or apostrophe) that ends at {@code end}, or -1. */
    private static int wordStartBefore(String t, int end) {
        int s = end;
        while (s > 0 && end - s < MAX_WORD && wordChar(t.charAt(s - 1))) {
            s--;
        }
        return s < end && (s == 0 || !wordChar(t.charAt(s - 1))) ? s : -1;
    }

    private static boolean wordChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '\'' || c == '’';
    }

    /** {@code t[s, e)}: an upper-case letter, then letters, hyphens or apostrophes, at least one lower-case letter. */
    private static boolean capitalised(String t, int s, int e) {
        if (e - s < 2 || !Character.isUpperCase(t.charAt(s))) {
            return false;
        }
        boolean lower = false;
        for (int k = s + 1; k < e; k++) {
            char ch = t.charAt(k);
            if (!wordChar(ch)) {
                return false;
            }
            lower |= Character.isLowerCase(ch);
        }
        return lower && Character.isLetter(t.charAt(e - 1));
    }

    /** The end of the word at {@code s} (letters, inner hyphens and apostrophes), at most {@link #MAX_WORD} long. */
    private static int wordEnd(String t, int s) {
        int e = s;
        while (e < t.length() && e - s <= MAX_WORD && wordChar(t.charAt(e))) {
            e++;
        }
        while (e > s && !Character.isLetter(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * {@code min} to {@code max} name words from {@code s}, single blanks apart: the end of the last, or -1. Every word
     * capitalised and, unless tagged PERSON, {@link #nameLike}; and the run known as a name: a word tagged PERSON, or a
     * first word the gazetteer knows as a given name, or a family name followed by a known given name (surname first).
     */
    private int nameWords(Scan scan, BitSet person, int s, int min, int max) {
        String t = scan.text();
        int k = s;
        int words = 0;
        int end = -1;
        boolean known = false;
        boolean firstIsSurname = false;
        while (words < max) {
            int e = wordEnd(t, k);
            if (e <= k || !capitalised(t, k, e)) {
                break;
            }
            int tagged = person.nextSetBit(k);
            boolean isTagged = tagged >= 0 && tagged < e;
            String w = t.substring(k, e);
            if (!isTagged && !nameLike(scan, w)) {
                break;
            }
            known |= isTagged || words == 0 && (givenName(w) || givenName(fold(w))) || words > 0 && firstIsSurname && givenName(w);
            firstIsSurname |= words == 0 && familyName(w);
            words++;
            end = e;
            if (Chars.at(t, e) != ' ' || e + 1 >= t.length() || !Character.isUpperCase(t.charAt(e + 1))) {
                break;
            }
            k = e + 1;
        }
        return words >= min && known ? end : -1;
    }

    /**
     * Round 92 (rb92): two or three capitalised words from {@code s}, single blanks apart, the last a known family name and
     * none tagged PERSON, a place or a common English word (SCOWL size 50 or less, even if a known name: "Deutsche Bank",
     * "Credit Suisse" name banks): the end of the last, or -1. Read after an identifier only, where a given name the
     * gazetteer does not know ("Zendrik Johansson") still opens the holder's name.
     */
    private int familyLast(Scan scan, BitSet person, int s) {
        String t = scan.text();
        int k = s;
        int words = 0;
        int end = -1;
        String last = null;
        while (words < 3) {
            int e = wordEnd(t, k);
            if (e <= k || !capitalised(t, k, e)) {
                break;
            }
            int tagged = person.nextSetBit(k);
            String w = t.substring(k, e);
            if (tagged >= 0 && tagged < e || !nameLike(scan, w) || common(scan, w)) {
                return -1;
            }
            words++;
            end = e;
            last = w;
            if (Chars.at(t, e) != ' ' || e + 1 >= t.length() || !Character.isUpperCase(t.charAt(e + 1))) {
                break;
            }
            k = e + 1;
        }
        return words >= 2 && familyName(last) ? end : -1;
    }

    /** A part of {@code word} (split at hyphens and apostrophes) is a common English word (SCOWL size 50 or less). */
    private static boolean common(Scan scan, String word) {
        for (String part : word.toLowerCase(Locale.ROOT).split("[-'’]")) {
            if (!part.isEmpty() && scan.pack().commonness(part) <= 50) {
                return true;
            }
        }
        return false;
    }

    /** One to three given-name words from {@code s}, each tagged PERSON or {@link #nameLike}: the end of the last, or -1. */
    private int givenNames(Scan scan, BitSet person, int s) {
        String t = scan.text();
        int k = s;
        int end = -1;
        for (int words = 0; words < 3; words++) {
            int e = wordEnd(t, k);
            int tagged = person.nextSetBit(k);
            if (e <= k || !capitalised(t, k, e) || !(tagged >= 0 && tagged < e) && !nameLike(scan, t.substring(k, e))) {
                break;
            }
            end = e;
            if (Chars.at(t, e) != ' ' || e + 1 >= t.length() || !Character.isUpperCase(t.charAt(e + 1))) {
                break;
            }
            k = e + 1;
        }
        return end;
    }

    /** No part (split at hyphens) a common English word unless the gazetteer knows the word as a name; never a place. */
    private boolean nameLike(Scan scan, String word) {
        if (gazetteer != null && gazetteer.place(word) != null) {
            return false;
        }
        if (givenName(word) || familyName(word)) {
            return true;
        }
        for (String part : word.split("-")) {
            if (!part.isEmpty() && scan.pack().commonness(part.toLowerCase(Locale.ROOT)) <= 50) {
                return false;
            }
        }
        return true;
    }

    private boolean givenName(String word) {
        return gazetteer != null && gazetteer.firstName(title(word)) > 0;
    }

    private boolean familyName(String word) {
        return gazetteer != null && gazetteer.surname(title(word)) > 0;
    }

    private static String title(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The entry opens at {@code p}: the text's start, or blanks back to a line break or one of ":(|;/". */
    private static boolean opensEntry(String t, int p) {
        int b = p;
        while (b > 0 && t.charAt(b - 1) == ' ') {
            b--;
        }
        return b == 0 || ":(|;/\n".indexOf(t.charAt(b - 1)) >= 0;
    }

    /** The entry ends at {@code e}: the text's end, or blanks then a line break, punctuation, a bracket or a dash. */
    private static boolean endsEntry(String t, int e) {
        int k = e;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        return k >= t.length() || "\n.,;:()!?—–-<[/|".indexOf(t.charAt(k)) >= 0;
    }

    /** {@code k} past at most eight blanks. */
    private static int skipBlanks(String t, int k) {
        int from = k;
        while (k < t.length() && k - from < 8 && (t.charAt(k) == ' ' || t.charAt(k) == '\u00a0')) {
            k++;
        }
        return k;
    }
}
