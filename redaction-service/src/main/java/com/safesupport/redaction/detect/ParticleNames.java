package com.safesupport.redaction.detect;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Round 86 (rb86): a person's name with particles ("van der", "de", "von", "do", "Ní", "bin") is one name, read whole
 * across its particles after the other recognisers. The engine often finds only a piece: the family name after the
 * particle ("Sander de [Graaf]"), the two parts around it ("[Maarten] de [Wilde]", "[maria] do carmo dos [santos]"), the
 * given name before it ("Inhaber [Friedrich] von Haßfeld"), or nothing at all ("ik ben Femke de Wit"). Around each run
 * of one to three particles, one blank apart, this reads the word before it (L) and the word after it (R):
 * <ul>
 *   <li>R found as PERSON, and L found, initials ("W.", "J.C.M."), a word the gazetteer knows as a given name (or as a
 *   family name that is no place), or in a {@link PersonContext} no common English word ("Groet, Femke de [Jong]"): L
 *   to R is one name. R may also be a name word and particles before a found piece ("do carmo [santos]", "do carmo dos
 *   [santos]"); a known given name may stand before a family name that is also a place ("Thaís Guimarães do [Nascimento]").</li>
 *   <li>R found, no name word before a capitalised "Van", "Von", "De", "Ter", "Ten", "Ó", "Ní", "Nic" ("mevrouw Van der
 *   [Linden]"), or lower-case particles opening a record's value ({"last_name":"dos [Santos Oliveira]"}): the
 *   particles join R.</li>
 *   <li>L found, R not: R joins when it reads as a family name (below).</li>
 *   <li>Neither found: L a known given name (no place, no common English word; or a hyphenated one of known given names)
 *   or initials, with a known family name after a Dutch, German, Irish or Arabic particle; with a Romance particle, or an
 *   L the gazetteer does not know, only in a person context ("ik ben Femke de Wit"); in lower case only a known given name
 *   after an introduction, a greeting or a closing ("mijn naam is sem de vries").</li>
 * </ul>
 * R that nothing found reads as a family name: written in L's case, no place unless a known family name, found as
 * nothing else; after a Dutch, German, Irish or Arabic particle ("van", "von", "ter", "'t", "Ní", "Ó", "bin", "ibn") a
 * known family name or no common English word; after a Romance one ("de", "da", "do", "di", "du", "del", "dos") a known
 * family name (in a person context a capitalised word that is no place: "de Wit"), and after "do" (also English) a known
 * family name that is no common English word. L is never a greeting, a closing or an introduction word. Articles ("la", "le", "el", "der", "den",
 * "het") never open the run: "von der Karte", "de la Cruz" are read from their first particle. Names of several words
 * before L (given names, initials, found pieces) join too, at most two more. A span that meets a found piece ends where
 * that piece ends, so the longer span keeps all of it. Cases: particles in lower case between capitalised words;
 * a capitalised first particle ("Van der", "De", "Ní"); all in capitals ("MAARTEN VAN DEN BROECK"); all in lower case.
 * Every read is bounded (three particles, a few words each side, each at most 30 characters): linear in the text.
 */
final class ParticleNames {

    /** {@link NameNeighbours#PARTICLES} and the Irish and Arabic ones ("Ní Bhriain", "Ó Floinn", "bint", "abu"). */
    static final Set<String> PARTICLES;

    static {
        Set<String> p = new HashSet<>(NameNeighbours.PARTICLES);
        p.addAll(Set.of("ó", "ní", "nic", "uí", "bint", "binti", "abu", "’t"));
        PARTICLES = Set.copyOf(p);
    }

    /** Articles and prepositions that are particles only after another particle ("van der", "de la", "van het"). */
    static final Set<String> NOT_OPENING = Set.of("der", "den", "dem", "la", "las", "los", "le", "des", "het", "el", "al",
            "zur", "zu", "af", "av");

    /** Particles of Dutch, German, Irish and Arabic names, which ordinary running text seldom puts before a capitalised word. */
    static final Set<String> STRONG = Set.of("van", "von", "ter", "ten", "'t", "’t", "ó", "ní", "nic", "uí", "bin", "bint",
            "binti", "ibn", "abu");

    /** The particles that open a family name written without its given name, capitalised ("Van der Linden", "De Smedt", "Ní Bhriain"). */
    static final Set<String> STRONG_OR_DE = Set.of("van", "von", "ter", "ten", "o", "ni", "nic", "de");

    private static final int MAX_WORD = 30;

    private enum Case { LOWER, CAPITALISED, UPPER, OTHER }

    private ParticleNames() {
    }

    /** Adds to {@code out} the names read whole across their particles; {@code person} marks the PERSON findings. */
    static void find(Scan scan, List<Candidate> kept, BitSet person, Gazetteer gazetteer, List<Candidate> out) {
        if (gazetteer == null) {
            return;
        }
        String t = scan.text();
        BitSet other = null;
        int[] lastLine = {-1};
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!wordChar(t.charAt(i)) || i > 0 && wordChar(t.charAt(i - 1))) {
                i++;
                continue;
            }
            int we = wordEnd(t, i);
            if (we <= i || !particle(scan, i, we) || i > 0 && (t.charAt(i - 1) != ' ' && !isPunct(t.charAt(i - 1)))) {
                i = Math.max(we, i + 1);
                continue;
            }
            if (other == null) {
                other = new BitSet(n);
                for (Candidate c : kept) {
                    if (!c.type.equals("PERSON") && !c.type.equals("LOCATION") && !c.type.equals("NRP")) {
                        other.set(c.start, c.end);
                    }
                }
            }
            int next = read(scan, i, we, person, other, gazetteer, lastLine, out);
            i = Math.max(next, we);
        }
    }

    /**
     * The particle run opening at {@code ps} (its first word ends at {@code pe0}): adds a name if one reads, returns where
     * the scan goes on.
     */
    private static int read(Scan scan, int ps, int pe0, BitSet person, BitSet other, Gazetteer gazetteer, int[] lastLine,
            List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        // the run: one to three particles, one blank apart
        int[] starts = new int[3];
        int[] ends = new int[3];
        starts[0] = ps;
        ends[0] = pe0;
        int count = 1;
        while (count < 3 && Chars.at(t, ends[count - 1]) == ' ') {
            int s = ends[count - 1] + 1;
            int e = wordEnd(t, s);
            if (e <= s || !particle(scan, s, e)) {
                break;
            }
            starts[count] = s;
            ends[count] = e;
            count++;
        }
        int pe = ends[count - 1];
        String opener = l.substring(ps, pe0);
        Case pcase = particleCase(t, starts, ends, count);
        if (pcase == Case.OTHER) {
            return pe;
        }
        // R: the word after the run, one blank on
        if (Chars.at(t, pe) != ' ') {
            return pe;
        }
        int rs = pe + 1;
        int re = wordEnd(t, rs);
        if (re <= rs || re - rs < 2) {
            return pe;
        }
        // the particles may be the end of a found piece ("W.F. van" 't Hoff, "cormac ó" súilleabháin), never inside one
        int firstFree = 0;
        while (firstFree < count && person.get(starts[firstFree])) {
            firstFree++;
        }
        for (int k = firstFree; k < count; k++) {
            if (person.get(starts[k], ends[k]).cardinality() > 0) {
                return pe;
            }
        }
        if (firstFree > 0 && (person.get(ends[firstFree - 1]) || ps == 0 || !person.get(ps - 2 < 0 ? 0 : ps - 2))) {
            return pe; // a found piece that goes on past the particle, or one that is the particle alone
        }
        if (firstFree == count && person.get(rs)) {
            return pe; // all one found piece already
        }
        // L: the word before the run, one blank back
        int ls = -1;
        boolean lFound = false;
        if (ps >= 2 && t.charAt(ps - 1) == ' ') {
            int w = wordStartBefore(t, ps - 1);
            if (w >= 0) {
                ls = w;
                lFound = person.get(ps - 2);
            } else if (initialsEnding(t, ps - 1) >= 0) {
                ls = initialsEnding(t, ps - 1);
                lFound = person.get(ps - 2);
            }
        }
        if (firstFree > 0 && !lFound) {
            return pe;
        }
        if (lFound) {
            ls = person.previousClearBit(ps - 2) + 1;
        }
        boolean rFound = person.get(rs);
        int end = -1;
        int rEnd = re;
        if (!rFound && !other.get(rs, re).isEmpty()) {
            return pe;
        }
        if (!rFound) {
            // "do carmo [santos]", "do carmo dos [santos]": one known name word, perhaps particles, then a found piece
            int m = middleThenFound(scan, re, person, gazetteer);
            if (m > 0 && (nameKnown(gazetteer, t.substring(rs, re)) || middleWord(scan, t, rs, re))
                    && sameCase(wordCase(t, rs, re), pcase)) {
                rFound = true;
                rEnd = m;
            }
        } else {
            rEnd = person.nextClearBit(rs);
        }
        Case rcase = wordCase(t, rs, re);
        Case lcase = ls < 0 ? Case.OTHER : initials(t, ls, ps - 1) ? Case.CAPITALISED : wordCase(t, ls, wordEnd(t, ls));
        boolean lInitials = ls >= 0 && initials(t, ls, ps - 1);
        if (rFound && ls >= 0 && !lFound && lcase == Case.CAPITALISED && rcase == Case.CAPITALISED && !lInitials
                && !lenientName(scan, gazetteer, t, ls, ps - 1, pcase) && ls >= 2 && t.charAt(ls - 1) == ' ') {
            // "Thaís Guimarães do [Nascimento]": a family name that is also a place, after a known given name
            int g2 = wordStartBefore(t, ls - 1);
            if (g2 >= 0 && wordCase(t, g2, ls - 1) == Case.CAPITALISED && given(gazetteer, t.substring(g2, ls - 1))
                    && gazetteer.place(title(t.substring(g2, ls - 1))) == null && middleWord(scan, t, ls, ps - 1)
                    && other.get(g2, ps - 1).isEmpty()) {
                out.add(new Candidate("PERSON", g2, rEnd, NameNeighbours.SCORE, NameNeighbours.SOURCE, null)
                        .withContext("particle-name"));
                return rEnd;
            }
        }
        if (rFound) {
            // L and R in one case ("Giorgio della linea" is no name); L that nothing found is capitalised or in capitals:
            // a known name, initials, or a word that is no common English word in a person context ("Groet, Femke de [Jong]")
            if (ls >= 0 && (lInitials || lcase == rcase)
                    && (lFound || rcase == Case.LOWER && strictGivenName(scan, gazetteer, t, ls, ps - 1, pcase)
                            && other.get(ls, ps - 1).isEmpty()
                        || rcase != Case.LOWER && other.get(ls, ps - 1).isEmpty() && (lInitials
                            || lenientName(scan, gazetteer, t, ls, ps - 1, pcase)
                            || unknownWord(scan, gazetteer, t, ls, ps - 1) && context(scan, lastLine, ls, rEnd)))) {
                end = rEnd;
            } else if (pcase == Case.CAPITALISED && STRONG_OR_DE.contains(Chars.foldAccents(opener)) && rcase == Case.CAPITALISED
                    && (ls < 0 || lcase != Case.CAPITALISED && lcase != Case.UPPER)
                    || pcase == Case.LOWER && rcase == Case.CAPITALISED && ls < 0 && !NOT_OPENING.contains(opener)
                            && opensValue(t, ps)) {
                // or a family name with its lower-case particles opening a value: {"last_name":"dos [Santos Oliveira]"}
                // "mevrouw Van der [Linden]", "met [De Smedt]": no name word before the capitalised particles
                out.add(new Candidate("PERSON", ps, rEnd, NameNeighbours.SCORE, NameNeighbours.SOURCE, null)
                        .withContext("particle-name"));
                return rEnd;
            }
        } else if (ls >= 0 && !NOT_OPENING.contains(opener) && (lcase == rcase || lInitials && rcase == Case.CAPITALISED)
                && other.get(ls, ps - 1).isEmpty()) {
            // R in L's case: "Friedrich von Haßfeld", "cormac ó súilleabháin", "MAARTEN VAN DEN BROECK"
            boolean family = familyAfter(scan, gazetteer, opener, t, rs, re, rcase, pcase);
            if (lFound) {
                end = family ? re : -1;
            } else if (rcase == Case.LOWER) {
                // lower case: a known given name after an introduction, a greeting or a closing ("mijn naam is sem de vries")
                if (strictGivenName(scan, gazetteer, t, ls, ps - 1, pcase) && PersonContext.before(t, l, ls)
                        && !opener.equals("do") && unknownWord(scan, gazetteer, t, rs, re)) {
                    end = re;
                }
            } else if (!afterOtherCapitalised(scan, gazetteer, person, ls)) {
                boolean given = lInitials || strictGivenName(scan, gazetteer, t, ls, ps - 1, pcase);
                boolean context = context(scan, lastLine, ls, re);
                boolean strong = STRONG.contains(opener) || STRONG.contains(Chars.foldAccents(opener));
                if (given && family && (strong || context)) {
                    end = re; // "Siobhán Ní Bhriain", "W. van Dijk"; a Romance particle also opens places ("Quinta do Paço")
                } else if (context && pcase != Case.CAPITALISED && !opener.equals("do")
                        && (given || unknownWord(scan, gazetteer, t, ls, ps - 1))
                        && (family || capitalisedFamily(scan, gazetteer, t, rs, re))) {
                    end = re; // "ik ben Femke de Wit", "ich bin Friederike von Elsterberg"
                } else if (context && pcase == Case.CAPITALISED && given && capitalisedFamily(scan, gazetteer, t, rs, re)) {
                    end = re; // "met Pieter-Jan De Smedt"
                }
            }
        }
        if (end < 0 || ls < 0) {
            return pe;
        }
        int start = lFound ? ls : extendLeft(scan, gazetteer, person, ls, wordCase(t, ls, wordEnd(t, ls)));
        out.add(new Candidate("PERSON", start, end, NameNeighbours.SCORE, NameNeighbours.SOURCE, null).withContext("particle-name"));
        return end;
    }

    /** The case of the particle run: all lower; the first capitalised and the rest lower; all in capitals; or none of them. */
    private static Case particleCase(String t, int[] starts, int[] ends, int count) {
        Case first = wordCase(t, starts[0], ends[0]);
        if (ends[0] - starts[0] == 1 && Character.isUpperCase(t.charAt(starts[0]))) {
            first = Case.CAPITALISED; // "Ó"
        }
        boolean restLower = true;
        boolean allUpper = first == Case.UPPER;
        for (int k = 1; k < count; k++) {
            Case c = wordCase(t, starts[k], ends[k]);
            restLower &= c == Case.LOWER;
            allUpper &= c == Case.UPPER;
        }
        if (first == Case.LOWER && restLower) {
            return Case.LOWER;
        }
        if (first == Case.CAPITALISED && restLower) {
            return Case.CAPITALISED;
        }
        return allUpper ? Case.UPPER : Case.OTHER;
    }

    /** The case a name word must have around particles of case {@code p}: capitalised around lower-case particles. */
    private static boolean sameCase(Case word, Case p) {
        return switch (p) {
            case LOWER -> word == Case.CAPITALISED || word == Case.LOWER;
            case CAPITALISED -> word == Case.CAPITALISED;
            case UPPER -> word == Case.UPPER;
            default -> false;
        };
    }

    /** R, found by nothing, as a family name after the particles (see the class comment). */
    private static boolean familyAfter(Scan scan, Gazetteer g, String opener, String t, int rs, int re, Case rcase, Case pcase) {
        if (!sameCase(rcase, pcase)) {
            return false;
        }
        String w = t.substring(rs, re);
        boolean family = known(g, w, true);
        if (g.place(title(w)) != null && !family) {
            return false;
        }
        boolean common = false;
        for (String part : w.toLowerCase(Locale.ROOT).split("-")) {
            common |= part.isEmpty() || scan.pack().commonness(part) <= 50;
        }
        if (opener.equals("do")) {
            return family && !common;
        }
        if (STRONG.contains(opener) || STRONG.contains(Chars.foldAccents(opener))) {
            return family || !common && vowel(w);
        }
        return family;
    }


    /** {@code ps} opens a record's value or an entry: right after a quote, ':', '=', '(' or '|', perhaps one blank between. */
    private static boolean opensValue(String t, int ps) {
        int b = ps > 0 && t.charAt(ps - 1) == ' ' ? ps - 1 : ps;
        return b > 0 && "\"':=(|".indexOf(t.charAt(b - 1)) >= 0;
    }

    /** A word between particles of one name whose both ends were found ("do carmo dos"): no common English word, a vowel. */
    private static boolean middleWord(Scan scan, String t, int s, int e) {
        String lw = t.substring(s, e).toLowerCase(Locale.ROOT);
        if (!vowel(lw) || PersonContext.GREETINGS.contains(lw) || PersonContext.CLOSINGS.contains(lw)) {
            return false;
        }
        return rareParts(scan, lw);
    }

    /** A capitalised L or R no one found: no common English word, no place, no greeting or closing, with a vowel. */
    private static boolean unknownWord(Scan scan, Gazetteer g, String t, int s, int e) {
        String w = t.substring(s, e);
        String lw = w.toLowerCase(Locale.ROOT);
        if (!vowel(w) || g.place(title(w)) != null || PersonContext.GREETINGS.contains(lw) || PersonContext.CLOSINGS.contains(lw)
                || PARTICLES.contains(lw)) {
            return false;
        }
        return rareParts(scan, lw);
    }

    /** Every hyphen-separated part of {@code lw} is no common English word (commonness above 50), and none is empty. */
    private static boolean rareParts(Scan scan, String lw) {
        for (String part : lw.split("-")) {
            if (part.isEmpty() || scan.pack().commonness(part) <= 50) {
                return false;
            }
        }
        return true;
    }

    /** R in a person context, capitalised after its particles: no place, no greeting; a common English word is allowed ("de Wit"). */
    private static boolean capitalisedFamily(Scan scan, Gazetteer g, String t, int s, int e) {
        String w = t.substring(s, e);
        String lw = w.toLowerCase(Locale.ROOT);
        return vowel(w) && g.place(title(w)) == null && !PersonContext.GREETINGS.contains(lw) && !PersonContext.CLOSINGS.contains(lw)
                && e - s >= 3;
    }

    /** {@link PersonContext#of} for the run {@code [s, e)}; the text's last line is found once per scan. */
    private static boolean context(Scan scan, int[] lastLine, int s, int e) {
        if (lastLine[0] < 0) {
            lastLine[0] = PersonContext.lastLine(scan.text());
        }
        return PersonContext.of(scan.text(), scan.lower(), s, e, lastLine[0]);
    }

    /** The word is known to the gazetteer as a family name ({@code familyOnly}) or as a given or family name. */
    private static boolean known(Gazetteer g, String w, boolean familyOnly) {
        String tw = title(w);
        String fw = title(Chars.foldAccents(w));
        boolean family = g.surname(tw) > 0 || g.surname(fw) > 0;
        if (!family && w.indexOf('-') > 0) {
            family = true;
            for (String part : w.split("-")) {
                family &= !part.isEmpty() && (g.surname(title(part)) > 0 || g.firstName(title(part)) > 0);
            }
        }
        return family || !familyOnly && (g.firstName(tw) > 0 || g.firstName(fw) > 0);
    }

    private static boolean nameKnown(Gazetteer g, String w) {
        return known(g, w, false);
    }

    /** Given name of L when R was found: known as a given name, or as a family name that is no place. */
    private static boolean lenientName(Scan scan, Gazetteer g, String t, int s, int e, Case pcase) {
        if (!sameCase(wordCase(t, s, e), pcase)) {
            return false;
        }
        String w = t.substring(s, e);
        return given(g, w) || known(g, w, true) && g.place(title(w)) == null;
    }

    /** Given name of L when nothing was found: a known given name, no place, no common English word. */
    private static boolean strictGivenName(Scan scan, Gazetteer g, String t, int s, int e, Case pcase) {
        Case c = wordCase(t, s, e);
        if (!sameCase(c, pcase)) {
            return false;
        }
        String w = t.substring(s, e);
        if (!given(g, w) || g.place(title(w)) != null) {
            return false;
        }
        if (w.indexOf('-') > 0) {
            return true; // "Dirk-Jan", "Pieter-Jan": every part a known given name, together no English word
        }
        for (String part : w.toLowerCase(Locale.ROOT).split("-")) {
            if (part.isEmpty() || scan.pack().commonness(part) <= 50) {
                return false;
            }
        }
        return true;
    }

    /** Known as a given name, whole or each part of a hyphenated one ("Pieter-Jan", "Dirk-Jan"); never a greeting or a closing ("Merci"). */
    private static boolean given(Gazetteer g, String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (PersonContext.GREETINGS.contains(lw) || PersonContext.CLOSINGS.contains(lw) || PersonContext.INTRODUCTIONS.contains(lw)) {
            return false;
        }
        if (g.firstName(title(w)) > 0 || g.firstName(title(Chars.foldAccents(w))) > 0) {
            return true;
        }
        if (w.indexOf('-') <= 0) {
            return false;
        }
        for (String part : w.split("-")) {
            if (part.isEmpty() || g.firstName(title(part)) <= 0 && g.firstName(title(Chars.foldAccents(part))) <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * L (nothing found) stands after a capitalised word that is no name and does not open the sentence ("in San Juan de
     * …", "Hotel Maria de …"): not read.
     */
    private static boolean afterOtherCapitalised(Scan scan, Gazetteer g, BitSet person, int ls) {
        String t = scan.text();
        if (ls < 2 || t.charAt(ls - 1) != ' ') {
            return false;
        }
        int w = wordStartBefore(t, ls - 1);
        if (w < 0 || wordCase(t, w, ls - 1) != Case.CAPITALISED || person.get(ls - 2) || given(g, t.substring(w, ls - 1))) {
            return false;
        }
        int b = w;
        while (b > 0 && t.charAt(b - 1) == ' ') {
            b--;
        }
        return !(b == 0 || ".!?\n:,;\"(".indexOf(t.charAt(b - 1)) >= 0);
    }

    /** At most two more words before {@code ls}, one blank apart: found pieces, initials or known given names. */
    private static int extendLeft(Scan scan, Gazetteer g, BitSet person, int ls, Case lcase) {
        String t = scan.text();
        int start = ls;
        for (int k = 0; k < 2 && start >= 2 && t.charAt(start - 1) == ' '; k++) {
            if (person.get(start - 2)) {
                start = person.previousClearBit(start - 2) + 1;
                break;
            }
            int w = wordStartBefore(t, start - 1);
            if (w >= 0 && !person.get(w) && wordCase(t, w, start - 1) == lcase && lcase != Case.LOWER
                    && given(g, t.substring(w, start - 1)) && g.place(title(t.substring(w, start - 1))) == null) {
                start = w;
                continue;
            }
            int in = initialsEnding(t, start - 1);
            if (in >= 0 && lcase != Case.LOWER) {
                start = in;
                continue;
            }
            break;
        }
        return start;
    }

    /** After {@code re}: one blank, perhaps particles, then a found piece; where that piece ends, or -1. */
    private static int middleThenFound(Scan scan, int re, BitSet person, Gazetteer g) {
        String t = scan.text();
        int k = re;
        for (int p = 0; p < 3 && Chars.at(t, k) == ' '; p++) {
            int s = k + 1;
            if (s < t.length() && person.get(s)) {
                return person.nextClearBit(s);
            }
            int e = wordEnd(t, s);
            if (e <= s || !particle(scan, s, e)) {
                return -1;
            }
            k = e;
        }
        return -1;
    }

    /** Whether {@code [s, e)} is a particle. */
    private static boolean particle(Scan scan, int s, int e) {
        if (e - s > 5) {
            return false;
        }
        String w = scan.lower().substring(s, e);
        return PARTICLES.contains(w);
    }

    /** Initials ending at {@code end} ("W.", "W.F.", "J.C.M."): their start, or -1. */
    private static int initialsEnding(String t, int end) {
        int k = end;
        int n = 0;
        while (n < 4 && k >= 2 && t.charAt(k - 1) == '.' && Character.isUpperCase(t.charAt(k - 2))) {
            k -= 2;
            n++;
        }
        return n > 0 && (k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)) && t.charAt(k - 1) != '.') ? k : -1;
    }

    private static boolean initials(String t, int s, int e) {
        return initialsEnding(t, e) == s;
    }

    private static Case wordCase(String t, int s, int e) {
        if (e <= s) {
            return Case.OTHER;
        }
        boolean lower = false;
        boolean upper = false;
        for (int k = s; k < e; k++) {
            char c = t.charAt(k);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
                if (k > s && t.charAt(k - 1) != '-' && t.charAt(k - 1) != '\'' && t.charAt(k - 1) != '’' && lower) {
                    return Case.OTHER; // "McGregor" is capitalised, "iPhone" is not a name word here
                }
            }
        }
        if (!upper) {
            return Case.LOWER;
        }
        if (!lower) {
            return e - s >= 2 ? Case.UPPER : Case.CAPITALISED;
        }
        return Character.isUpperCase(t.charAt(s)) || t.charAt(s) == '\'' ? Case.CAPITALISED : Case.OTHER;
    }

    private static boolean vowel(String w) {
        String f = Chars.foldAccents(w.toLowerCase(Locale.ROOT));
        for (int k = 0; k < f.length(); k++) {
            if ("aeiouy".indexOf(f.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunct(char c) {
        return "(\"[/\n:,;".indexOf(c) >= 0;
    }

    private static String title(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean wordChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '\'' || c == '’';
    }

    /** The start of the word of letters that ends at {@code end}, or -1. */
    private static int wordStartBefore(String t, int end) {
        int s = end;
        while (s > 0 && end - s < MAX_WORD && wordChar(t.charAt(s - 1))) {
            s--;
        }
        return s < end && (s == 0 || !wordChar(t.charAt(s - 1)) && t.charAt(s - 1) != '.') && Character.isLetter(t.charAt(end - 1))
                && Character.isLetter(t.charAt(s)) ? s : -1;
    }

    /**
     * The end of the word at {@code s} (letters of one script, inner hyphens and apostrophes), at most {@link #MAX_WORD}
     * long: "Hung입니다" ends before the Hangul.
     */
    private static int wordEnd(String t, int s) {
        int e = s;
        Character.UnicodeScript script = null;
        while (e < t.length() && e - s <= MAX_WORD && wordChar(t.charAt(e))) {
            char c = t.charAt(e);
            if (Character.isLetter(c)) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (script == null) {
                    script = sc;
                } else if (sc != script) {
                    break;
                }
            }
            e++;
        }
        while (e > s && !Character.isLetter(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
