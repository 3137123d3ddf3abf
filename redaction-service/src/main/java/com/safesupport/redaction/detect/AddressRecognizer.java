package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Street addresses from word tokens, each shape anchored on a word a dictionary look-up recognises, so the
 * cost is one look-up per word plus a bounded look around it (the regular expressions this replaces were
 * quadratic on hyphenated words):
 * <ul>
 *   <li>a house number, up to three capitalised words and a street suffix: "221B Baker Street", "1600 Pennsylvania Ave NW, Apt 4";</li>
 *   <li>a compound street word and a number: "Hammarvägen 15", "Friedhofstrasse 33", "Puruntie 82";</li>
 *   <li>a street prefix, the name and a number: "Rue de Virton 38", "Via Roma 12", "12 rue de la Paix";</li>
 *   <li>PO boxes and military addresses ("PSC 1234, Box 5678");</li>
 *   <li>with an address word near ("lives at", "ship to") only: a word or two and a number ("Allika 46").</li>
 * </ul>
 */
final class AddressRecognizer extends ScannerRecognizer {

    private static final Set<String> SUFFIXES = Set.of("Street", "St", "Road", "Rd", "Avenue", "Ave", "Av", "Boulevard", "Blvd", "Lane",
            "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Place", "Pl", "Square", "Sq", "Terrace", "Ter", "Parkway", "Pkwy", "Highway",
            "Hwy", "Circle", "Cir", "Trail", "Trl", "Crescent", "Cres", "Close", "Row", "Gardens", "Grove", "Mews", "Walk", "Alley",
            "Loop", "Plaza", "Ridge", "Heights", "Crossing", "Pike", "Turnpike", "Causeway", "Expressway", "Freeway", "Point", "Green",
            "Hill", "Park", "View", "Vale", "Rise", "Wharf", "Quay", "Parade", "Esplanade", "Broadway", "Strand", "Gate", "Yard",
            "Junction", "Landing", "Manor", "Meadow", "Meadows", "Mill", "Mills", "Spring", "Springs", "Shore", "Shores", "Estate",
            "Estates", "Station", "Route", "Path", "Pass", "Run", "Track", "Via", "Fork", "Forks", "Glen", "Harbor", "Harbour",
            "Hollow", "Island", "Knoll", "Lake", "Lakes", "Oval", "Pines", "Port", "Prairie", "Ranch", "Summit", "Valley",
            "Villa", "Village", "Ville", "Vista", "Wells", "Woods", "Cove", "Creek", "Crest", "Dale", "Divide", "Extension", "Field",
            "Fields", "Flat", "Flats", "Ford", "Forest", "Garden", "Haven", "Key", "Keys", "Light", "Lights", "Lodge", "Mall",
            "Motorway", "Orchard", "Pointe", "Rest", "Stream", "Throughway", "Trace", "Tunnel", "Underpass", "Union",
            "Bypass", "Cape", "Center", "Centre", "Club", "Common", "Corner", "Corners", "Curve", "Dam", "Down", "Downs", "Falls",
            "Ferry", "Gateway", "Hills", "Inlet", "Isle", "Mount", "Mountain", "Neck", "Overpass", "Plain", "Plains", "Radial",
            "Ramp", "Rapids", "Ridges", "River", "Shoal", "Skyway", "Spur", "Squares", "Stravenue", "Streets", "Viaduct", "Views",
            "Well");
    private static final Set<String> DIRECTIONS = Set.of("N", "S", "E", "W", "NW", "NE", "SW", "SE", "North", "South", "East", "West");
    private static final String[] COMPOUND = {"vænget", "stræti", "torget", "gränd", "backe", "stigen", "kaari", "mäki", "rinne",
            "ranta", "tér", "út", "utca", "sor", "kapu", "strasse", "straße", "gasse", "weg", "allee", "platz", "ring", "damm", "ufer",
            "vägen", "gatan", "gata", "vej", "veien", "vei", "gade", "tie", "katu", "kuja", "polku", "laan", "straat", "gracht", "plein",
            "kade", "dreef", "singel", "ulica", "cesta", "ulice", "iela", "gatvė", "tänav", "caddesi", "sokak", "sokağı", "odos",
            "str", "gaten", "stieg", "pfad", "chaussee", "markt", "hof", "straeti", "vegur", "braut", "vegen", "stræde", "allé",
            "plass", "torv", "bakken", "väylä", "puistikko", "tori"};
    private static final Set<String> PREFIXES = Set.of("rue", "avenue", "av", "avda", "boulevard", "bd", "calle", "carrer", "via", "viale",
            "piazza", "corso", "largo", "rua", "avenida", "praça", "paseo", "plaza", "ulica", "ul", "chemin", "allée", "quai",
            "impasse", "cours", "place", "strada", "travessa", "rambla", "camino", "carretera", "plac", "aleja", "ulitsa", "jl", "jalan",
            "str", "calea", "bulevardul", "soseaua", "laan", "al", "os",
            // Round 50: Welsh "Heol" (road, street), "Ffordd" (way), "Stryd" (street) before the street's name
            "heol", "ffordd", "stryd");
    /** Round 50: the Welsh prefixes, after which the article "y" / "yr" may stand before the name ("Heol y Nant"). */
    private static final Set<String> WELSH_PREFIXES = Set.of("heol", "ffordd", "stryd");
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "la", "le", "di", "del", "della", "da", "do", "dos", "das",
            "von", "van", "der", "l", "d", "dei", "degli", "delle", "dello", "dal", "los", "las");
    private static final Set<String> UNITS = Set.of("apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "room", "rm",
            "appartement", "appt", "wohnung", "piso", "apto");

    /**
     * The prefixes and units looked up in the scan's lower-cased text, without a {@code toLowerCase} per word. A word
     * whose {@code toLowerCase} is listed is listed here too (per-character lower-casing differs from the string's only
     * for 'İ' and final sigma, which no listed word holds), so this is a filter in front of the sets, which still decide.
     */
    private static final RegionMap<Boolean> PREFIX_WORDS = regions(PREFIXES);
    private static final RegionMap<Boolean> UNIT_WORDS = regions(UNITS);
    /** The suffixes as written ("Street", "St"), looked up in the text: the same answers as {@link #SUFFIXES}. */
    private static final RegionMap<Boolean> SUFFIX_WORDS = regions(SUFFIXES);

    private static RegionMap<Boolean> regions(Set<String> words) {
        return new RegionMap<>(words.stream().collect(java.util.stream.Collectors.toMap(w -> w, w -> Boolean.TRUE)));
    }

    /** First letters (ASCII, lower case) and longest length of the prefixes and units: a cheap filter before the set. */
    private static final long PREFIX_FIRST = firstLetters(PREFIXES);
    private static final int PREFIX_MAX = longest(PREFIXES);
    private static final long UNIT_FIRST = firstLetters(UNITS);
    private static final int UNIT_MAX = longest(UNITS);

    private static long firstLetters(Set<String> words) {
        long mask = 0;
        for (String w : words) {
            char c = w.charAt(0);
            if (c < 'a' || c > 'z' || !w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("list word not lower case ASCII first: " + w);
            }
            mask |= 1L << (c - 'a');
        }
        return mask;
    }

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * False only when the lower-cased word cannot be in a list with these first letters and this longest length: longer
     * (lower-casing never shortens a word), or an ASCII first letter that no listed word starts with. A word starting
     * with any other character is left to the set.
     */
    private static boolean mayBeListed(char first, int length, long firstLetters, int maxLength) {
        if (length > maxLength) {
            return false;
        }
        char c = first;
        if (c >= 'A' && c <= 'Z') {
            c = (char) (c + 32);
        }
        return c >= 0x80 || c < 'a' || c > 'z' || (firstLetters & 1L << (c - 'a')) != 0;
    }

    /** Names known as given names only (round 47's district rule); null in tests that build the recogniser alone. */
    private final Gazetteer gazetteer;

    AddressRecognizer() {
        this(null);
    }

    AddressRecognizer(Gazetteer gazetteer) {
        super("StreetAddressRecognizer", null, "STREET_ADDRESS");
        this.gazetteer = gazetteer;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        int before = out.size();
        streets(scan, out);
        for (int k = before; k < out.size(); k++) {
            Candidate c = out.get(k);
            int unit = c.recognizer == this ? unitWordOpening(scan.text(), scan.lower(), c.start) : -1;
            if (unit >= 0) {
                Candidate joined = new Candidate(c.type, unit, c.end, c.baseScore, this, c.validator, c.requiresContext)
                        .withContext(c.contextWord);
                joined.score = c.score;
                joined.withoutContext = c.withoutContext;
                out.set(k, joined);
                c = joined;
            }
            int district = c.recognizer == this ? districtEnd(scan, c.end) : -1;
            if (district > c.end) {
                Candidate joined = new Candidate(c.type, c.start, district, c.baseScore, this, c.validator, c.requiresContext)
                        .withContext(c.contextWord);
                joined.score = c.score;
                joined.withoutContext = c.withoutContext;
                out.set(k, joined);
            }
        }
    }

    /**
     * Round 47: endings of English and Irish place names ("Ballsbridge", "Sandymount", "Headingley", "Edgbaston") that mark a
     * district standing last in an address, with no city after it.
     */
    /** Weekdays and months, which the English word list keeps capitalised and so does not know in lower case. */
    private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    private static final String[] PLACE_ENDINGS = {"bridge", "town", "ton", "ham", "ford", "field", "wood", "ley", "bury",
            "borough", "burgh", "wick", "stead", "worth", "dale", "mount", "more", "port", "minster", "cester", "chester", "mines"};

    /**
     * Round 47: a district or neighbourhood written after a street and its comma ("14 Elm Road, Rathmines, Dublin 6";
     * "9 Clyde Lane, Ballsbridge, blue door"): one or two capitalised words of letters (the first four letters or more, a
     * hyphen allowed inside), none a known English word ("…, Thanks for …", "…, Regards" stay out), followed by a comma and
     * a capitalised word or a digit (the city or postcode after it), or — when the last word ends as a place name ends
     * ({@link #PLACE_ENDINGS}) — by a comma, a full stop, a line break, a dash or the text's end. The district joins the
     * street. Reads at most two words after the street: constant per street.
     */
    private int districtEnd(Scan scan, int end) {
        String t = scan.text();
        if (!t.startsWith(", ", end) || end == 0 || !Character.isLetter(t.charAt(end - 1))) {
            return -1; // only after a street ending in its street word ("… Lane"), not a house number ("Rua … 77", round 41's tails)
        }
        int k = end + 2;
        int last = -1;
        int lastStart = -1;
        for (int w = 0; w < 2; w++) {
            if (!Character.isUpperCase(Chars.at(t, k))) {
                break;
            }
            int z = k + 1;
            while (z < t.length() && z - k <= 24 && (Character.isLowerCase(t.charAt(z)) || t.charAt(z) == '-' && Character.isLetter(Chars.at(t, z + 1)))) {
                z++;
            }
            if (z - k < (w == 0 ? 4 : 3) || z - k > 24 || Character.isLetterOrDigit(Chars.at(t, z))
                    || scan.pack().commonness(scan.lower().substring(k, z)) != 99 || CALENDAR_WORDS.contains(scan.lower().substring(k, z))
                    || gazetteer != null && gazetteer.firstName(t.substring(k, z)) > 0 && gazetteer.place(t.substring(k, z)) == null) {
                break;
            }
            last = z;
            lastStart = k;
            if (Chars.at(t, z) == ' ' && Character.isUpperCase(Chars.at(t, z + 1))) {
                k = z + 1;
            } else {
                break;
            }
        }
        if (last < 0) {
            return -1;
        }
        char after = Chars.at(t, last);
        if (after == ',' && Chars.at(t, last + 1) == ' ' && (Character.isUpperCase(Chars.at(t, last + 2)) || Character.isDigit(Chars.at(t, last + 2)))) {
            return last;
        }
        if (after == ',' || after == '.' || after == '\n' || after == '\r' || last == t.length()
                || after == ' ' && (Chars.at(t, last + 1) == '\u2014' || Chars.at(t, last + 1) == '-' || Chars.at(t, last + 1) == '\u2013')) {
            String word = scan.lower().substring(lastStart, last);
            for (String e : PLACE_ENDINGS) {
                if (word.endsWith(e) && word.length() > e.length() + 2) {
                    return last;
                }
            }
        }
        return -1;
    }

    /** Round 41: flat and apartment words that open an address at its unit's number ("Apt 12, Riverside Court, …"). */
    private static final Set<String> OPENING_UNITS = Set.of("apt", "apartment", "flat", "unit", "suite", "appt", "appartement",
            "wohnung", "apto");

    /**
     * Round 41: where a flat or apartment word of {@link #OPENING_UNITS} ("Apt", "Apt.", "Flat", "Unit", "Wohnung", "Appt"),
     * capitalised or in lower case, and one blank stand right before an address found from its first digit, which begins a
     * number of one to four letters and digits ("Apt 12, Riverside Court …", "Wohnung 4b Lindenhof 3 …"): the word's start,
     * so that the unit word joins the address it begins; -1 otherwise. Reads at most 16 characters back: constant.
     */
    static int unitWordOpening(String t, String l, int start) {
        if (start < 3 || !Chars.digit(t.charAt(start)) || t.charAt(start - 1) != ' ') {
            return -1;
        }
        int n = start;
        while (n < t.length() && n - start < 5 && Chars.asciiAlnum(t.charAt(n))) {
            n++;
        }
        if (n - start > 4) {
            return -1;
        }
        int w = start - 1;
        if (t.charAt(w - 1) == '.') {
            w--; // "Apt. 12"
        }
        int ws = w;
        while (ws > 0 && Chars.asciiLetter(t.charAt(ws - 1)) && w - ws < 12) {
            ws--;
        }
        if (ws == w || Chars.letterOrDigit(Chars.at(t, ws - 1)) || !OPENING_UNITS.contains(l.substring(ws, w))) {
            return -1;
        }
        boolean lower = true;
        for (int k = ws + 1; k < w; k++) {
            lower &= Character.isLowerCase(t.charAt(k));
        }
        return lower ? ws : -1; // "Apt", "apt", not "APT" shouting nor "aPt"
    }

    private void streets(Scan scan, List<Candidate> out) {
        boolean digits = scan.hasDigit();
        if (!digits) {
            // Every address below holds a number (a house number, a box, a unit, a ZIP, a fleet office's five digits):
            // a text without a digit (nearly half of all texts) has none, and its tokens are not walked.
            return;
        }
        String t = scan.text();
        String l = scan.lower();
        List<Tokens.Token> tokens = scan.tokens();
        int addressContext = scan.pack().index().id("STREET_ADDRESS");
        boolean context = digits && scan.context().any(addressContext);
        int next = 0;
        // The end of the last postcode line reported: each is looked for once, after the first address line above it.
        int postcodeEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if ((i & 255) == 255) {
                scan.checkDeadline();
            }
            Tokens.Token tok = tokens.get(i);
            if (tok.start() < next) {
                continue;
            }
            // The word is read through its offsets; its String is made only where a set must be asked.
            char w0 = tok.first();
            int end = -1;
            int start = -1;
            // The start without a number read before the street, when one was ("32 221B Baker Street" after an IBAN).
            int core = -1;
            double score = 0;
            boolean unitAlone = false;
            // Every suffix starts with an ASCII capital: any other word is no suffix, without hashing it.
            if (digits && i > 0 && Chars.upper(w0) && SUFFIX_WORDS.contains(t, tok.start(), tok.end())) {
                start = numberedStreetStart(t, tokens, i);
                if (start >= 0) {
                    // "3178 254 Damvergi Street": a second number before belongs to the address too.
                    core = start;
                    start = numberBefore(t, start);
                }
                if (start >= 0) {
                    end = afterStreet(t, l, tokens, i);
                    score = 0.75;
                }
            }
            // A letter word right before a house number: read once, asked by three shapes below.
            boolean house = Character.isLetter(w0) && followedByHouseNumber(t, tok.end());
            if (start < 0 && digits && house && mayEndCompound(t, tok.start(), tok.end())) {
                String lw = tok.text().toLowerCase(Locale.ROOT);
                // "During 1971", "offering 20": an English word is no compound street name, whatever its ending.
                if (compound(lw) && tok.length() > 4 && scan.pack().commonness(lw) == 99) {
                    core = tok.start();
                    start = numberBefore(t, tok.start());
                    end = unit(t, l, houseNumberEnd(t, tok.end()));
                    score = 0.7;
                } else if (i > 0 && isCompoundWord(lw) && tokens.get(i - 1).capitalized() && Tokens.adjacent(t, tokens.get(i - 1), tok)) {
                    start = numberBefore(t, tokens.get(i - 1).start());
                    end = unit(t, l, houseNumberEnd(t, tok.end()));
                    score = 0.6;
                }
            }
            // Every prefix is lower case, so a word that does not start upper case can only match as written.
            if (start < 0 && mayBeListed(w0, tok.length(), PREFIX_FIRST, PREFIX_MAX) && PREFIX_WORDS.contains(l, tok.start(), tok.end())
                    && (Character.isUpperCase(w0) ? PREFIXES.contains(tok.text().toLowerCase(Locale.ROOT)) : PREFIXES.contains(tok.text()))) {
                int[] span = prefixed(t, tokens, i, digits);
                if (span != null) {
                    start = span[0];
                    core = tok.start();
                    end = unit(t, l, span[1]);
                    score = 0.7;
                }
            }
            if (start < 0 && (w0 == 'C' || w0 == 'S' || w0 == 'B') && TR_TYPES.contains(tok.text())) {
                int[] span = turkish(t, tokens, i);
                if (span != null) {
                    start = span[0];
                    end = span[1];
                    score = 0.7;
                }
            }
            if (start < 0 && (w0 == 'C' || w0 == 'c') && tok.length() == 1 && Chars.at(t, tok.end()) == '/' && Chars.at(t, tok.end() + 1) == ' ') {
                int[] span = prefixed(t, tokens, i, digits);
                if (span != null) {
                    start = span[0];
                    core = tok.start();
                    end = unit(t, l, span[1]);
                    score = 0.7;
                }
            }
            if (start < 0 && digits) {
                int[] span = box(t, l, tokens, i);
                if (span != null) {
                    start = span[0];
                    end = span[1];
                    score = span[2] / 100.0;
                }
            }
            if (start < 0 && digits && Character.isUpperCase(w0) && mayBeListed(w0, tok.length(), UNIT_FIRST, UNIT_MAX)
                    && UNIT_WORDS.contains(l, tok.start(), tok.end()) && UNITS.contains(tok.text().toLowerCase(Locale.ROOT))) {
                // "Apt. 641", "Suite 274" alone: part of an address written over several lines.
                int e = unitAt(t, l, tok.start(), tok.start());
                // "Unit 5 of the course", "Room 2 of the game": a part of something, not a unit of an address. A room
                // alone ("meeting moved to Room 12", "Room 4 on the floor plan") is a place inside a building — an
                // office, a hotel, a school — not a postal unit; with a street it is still read as one (unit(), above).
                String w = tok.text().toLowerCase(Locale.ROOT);
                if (e > tok.end() && !l.startsWith(" of ", e) && !w.equals("room") && !w.equals("rm")) {
                    start = tok.start();
                    end = e;
                    score = 0.5;
                    unitAlone = true;
                }
            }
            if (start < 0 && w0 == 'U' && (tok.text().equals("USNS") || tok.text().equals("USS") || tok.text().equals("USCGC")
                    || tok.text().equals("USNV")) && i + 1 < tokens.size()) {
                // "USNS Miller FPO AP 12428": a ship's name, then the fleet post office.
                int k = i + 1;
                while (k < tokens.size() && k <= i + 3 && !isFleetOffice(tokens.get(k).text())) {
                    k++;
                }
                if (k < tokens.size() && isFleetOffice(tokens.get(k).text())) {
                    int m = tokens.get(k).end();
                    if (Chars.at(t, m) == ' ' && t.startsWith("A", m + 1) && "AEP".indexOf(Chars.at(t, m + 2)) >= 0) {
                        int z = numberAfter(t, m + 3, 5, 5);
                        if (z > 0) {
                            start = tok.start();
                            end = z;
                            score = 0.8;
                        }
                    }
                }
            }
            if (start < 0 && digits && house) {
                // "22829 Jagerij 64 / Apt. 591", "Suite 541 6343 Skogstien 106": a name and a house number on an
                // address line, told by the unit line right after or right before it.
                int first = lineStreetFirst(t, l, tokens, i, true);
                int e = houseNumberEnd(t, tok.end());
                // Or, anywhere, by a building number before and a city, state and ZIP after it, written over lines
                // ("30102 Kaevu 94 / Nicosia / , NI / 61089").
                if (first < 0 && cityStateZip(t, e) > e) {
                    first = lineStreetFirst(t, l, tokens, i, false);
                    if (first >= 0 && numberBefore(t, tokens.get(first).start()) == tokens.get(first).start()) {
                        first = -1;
                    }
                }
                if (first >= 0) {
                    int s = numberBefore(t, tokens.get(first).start());
                    if (unitLineAfter(t, l, e) || unitLineBefore(t, l, s) || cityStateZip(t, e) > e) {
                        start = s;
                        core = tokens.get(first).start();
                        // The unit line stays a finding of its own ("Apt. 591" below), as the lines are read.
                        end = e;
                        score = 0.6;
                    }
                }
            }
            if (start < 0 && context && house) {
                // "Allika 46", "20789 Edeby 55", "Khadzhiyev FPO AA 65607": only an address word near makes this an address.
                int first = i;
                while (first > i - 2 && first > 0 && Tokens.adjacent(t, tokens.get(first - 1), tokens.get(first))
                        && Character.isLetter(tokens.get(first - 1).text().charAt(0))) {
                    first--;
                }
                // "Ring me on 0172 4839 261", "Call me on 07700 900 412" (round 36): no house number opens with a 0
                // and runs on in more digit groups — a phone's trunk prefix does.
                if (tokens.get(first).text().length() < 3 || countingWord(scan, tok) || zeroLedNumber(t, tok.end())) {
                    continue;
                }
                start = numberBefore(t, tokens.get(first).start());
                end = unit(t, l, houseNumberEnd(t, tok.end()));
                if (start >= 0 && end > start) {
                    addNeedingContext(out, "STREET_ADDRESS", start, end, 0.3, null);
                }
                continue;
            }
            if (start >= 0 && end > start) {
                int unitStart = unitCommaBefore(t, l, start);
                if (unitStart < 0) {
                    unitStart = unitSlashBefore(t, l, start);
                }
                if (unitStart < 0) {
                    unitStart = namedFlatBefore(t, l, start);
                }
                if (unitStart < 0) {
                    unitStart = hashUnitBefore(t, start);
                }
                if (unitStart < 0) {
                    unitStart = flatBlankBefore(t, l, start);
                }
                if (unitStart >= 0) {
                    start = unitStart;
                } else {
                    start = particleBefore(t, start);
                }
                // "Suite 210, 1450 Queen Street West, …": a unit before the house number is no street; its street (found
                // next, the unit joining it) takes the tails, and "1450 Queen …" is no postcode and city.
                if (!(unitAlone && Chars.at(t, end) == ',' && Chars.digit(Chars.at(t, Chars.skipBlanks(t, end + 1))))) {
                    int tail = cityStateZip(t, end);
                    if (tail == end) {
                        tail = brazilTail(t, end);
                    }
                    if (tail == end) {
                        tail = postcodeCity(t, end);
                    }
                    end = tail > end ? tail : regionalTail(t, l, end, false);
                    end = dublinDistrict(t, end);
                    int sg = singaporeTail(t, end);
                    if (sg > end) {
                        end = sg;
                        start = blockBefore(t, l, start);
                    }
                }
                start = blockLotBefore(t, l, start);
                add(out, "STREET_ADDRESS", start, end, score, null);
                if (core > start && core < end) {
                    // Should the longer span lose to an overlapping one, the street itself still stands.
                    add(out, "STREET_ADDRESS", core, end, score, null);
                }
                next = end;
                if (end >= postcodeEnd) {
                    int[] postcode = postcodeLine(t, l, end);
                    if (postcode != null) {
                        add(out, "STREET_ADDRESS", postcode[0], postcode[1], 0.5, null);
                        postcodeEnd = postcode[1];
                    }
                }
            }
        }
        indian(t, l, out);
        japanese(t, l, out);
        lowerCaseUk(t, l, tokens, out);
        particleStreets(t, out);
        canadianCityProvince(t, out);
        ruralRoute(t, out);
        korean(t, l, out);
    }

    /** The two-letter abbreviations of Canada's provinces and territories. */
    private static final Set<String> CA_PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

    /**
     * Round 44: "Gatineau QC J8Y 2L3", "Red Deer AB T4N 1A1": one to three capitalised words of a city, a province's
     * abbreviation and a Canadian postal code (its shape alone is distinctive), the city after a comma, a line break or
     * the text's start — the line of a Canadian address even when a unit between it and the street kept the street's
     * reading from reaching it. Reads a bounded window back from each postal code: linear.
     */
    void canadianCityProvince(String t, List<Candidate> out) {
        int n = t.length();
        for (int i = 4; i + 6 <= n; i++) {
            if (t.charAt(i - 1) != ' ' || !Chars.upper(t.charAt(i)) || Chars.at(t, i - 4) != ' ' || !CA_PROVINCES.contains(t.substring(i - 3, i - 1))) {
                continue;
            }
            int end = ZipCodeRecognizer.canada(t, i);
            if (end < 0) {
                continue;
            }
            int start = -1;
            int k = i - 4; // the blank before the province
            for (int words = 0; words < 3; words++) {
                int e = k;
                int b = e;
                while (b > 0 && e - b < 25 && (Character.isLetter(t.charAt(b - 1)) || t.charAt(b - 1) == '-' || t.charAt(b - 1) == '\'')) {
                    b--;
                }
                if (e - b < 2 || !Character.isUpperCase(t.charAt(b))) {
                    break;
                }
                char before = Chars.at(t, b - 1);
                if (b == 0 || before == '\n' || before == ' ' && (Chars.at(t, b - 2) == ',' || Chars.at(t, b - 2) == '\n')) {
                    start = b;
                    break;
                }
                if (before != ' ') {
                    break;
                }
                k = b - 1;
            }
            if (start >= 0) {
                add(out, "STREET_ADDRESS", start, end, 0.6, null);
                i = end;
            }
        }
    }

    /** German prepositions (with their article) that open a street's name: "Am Mühlgraben", "Zur Alten Post", "In der Aue". */
    private static final String[] STREET_OPENERS = {"Am ", "Im ", "Zum ", "Zur ", "Beim ", "An der ", "An den ", "Auf der ",
            "Auf dem ", "Auf den ", "In der ", "In den ", "Unter den ", "Hinter der ", "Hinter dem ", "Vor dem "};

    /**
     * Round 44: a German street named by a preposition and one capitalised noun with no street word ("Am Mühlgraben 12",
     * "Zum Steinbruch 3a", "In der Aue 5"), then one to three digits (and a letter) of a house number, an optional comma and
     * a five-digit postcode with its city ("…, 79098 Freiburg"): the whole, from the preposition. Without the postcode
     * and city it is no address ("Am Montag 3 Pakete"). Reads a bounded window from each capital A, I, Z, B, U, H, V at a
     * word start: linear.
     */
    void particleStreets(String t, List<Candidate> out) {
        int n = t.length();
        for (int i = 0; i + 8 < n; i++) {
            if ("AIZBUHV".indexOf(t.charAt(i)) < 0 || i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
                continue;
            }
            String opener = null;
            for (String o : STREET_OPENERS) {
                if (t.startsWith(o, i)) {
                    opener = o;
                    break;
                }
            }
            if (opener == null) {
                continue;
            }
            int p = i + opener.length();
            if (!Character.isUpperCase(Chars.at(t, p))) {
                continue;
            }
            int e = p + 1;
            while (e < n && e - p < 30 && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-')) {
                e++;
            }
            if (e - p < 3 || Chars.at(t, e) != ' ' || !Chars.digit(Chars.at(t, e + 1))
                    || GERMAN_TIME_NOUNS.contains(t.substring(p, e))) {
                continue;
            }
            int h = e + 1;
            while (Chars.digit(Chars.at(t, h)) && h - e <= 4) {
                h++;
            }
            if (h - e - 1 > 3) {
                continue;
            }
            if (Chars.at(t, h) >= 'a' && Chars.at(t, h) <= 'z' && !Chars.letterOrDigit(Chars.at(t, h + 1))) {
                h++;
            }
            int k = Chars.at(t, h) == ',' ? h + 1 : h;
            if (Chars.at(t, k) != ' ' || !Chars.allDigits(t, k + 1, Math.min(n, k + 6)) || k + 6 >= n || t.charAt(k + 6) != ' '
                    || !Character.isUpperCase(Chars.at(t, k + 7))) {
                continue;
            }
            int tail = postcodeCity(t, h);
            if (tail > k + 7) {
                add(out, "STREET_ADDRESS", i, tail, 0.6, null);
                i = tail;
            }
        }
    }

    /**
     * "#1207 - 845 Burrard St" (Canada, round 29): a unit number written with '#' (one to five letters or digits, the
     * first a digit), a dash between blanks, then the house number at {@code start}: the '#', or -1. Reads 10 characters back.
     */
    static int hashUnitBefore(String t, int start) {
        if (start < 6 || !Chars.digit(Chars.at(t, start)) || t.charAt(start - 1) != ' '
                || t.charAt(start - 2) != '-' && t.charAt(start - 2) != '\u2013' || t.charAt(start - 3) != ' ') {
            return -1;
        }
        int e = start - 3;
        int k = e;
        while (k > 0 && Chars.asciiAlnum(t.charAt(k - 1)) && e - k < 6) {
            k--;
        }
        if (k == e || e - k > 5 || !Chars.digit(t.charAt(k)) || Chars.at(t, k - 1) != '#') {
            return -1;
        }
        return Chars.letterOrDigit(Chars.at(t, k - 2)) ? -1 : k - 1;
    }

    /** Parts of a Canadian rural address after the route: "Site 12", "Comp 4" (compartment), "Box 7", "Lot 3". */
    private static final String[] RURAL_PARTS = {" Site", " Comp", " Box", " Lot"};

    /**
     * Canadian rural routes (round 29): "RR 3", "R.R. 3" or "Rural Route 3" at a word's start, then up to three parts
     * of {@link #RURAL_PARTS} with their numbers after commas, closed by a town, a province and a postal code as
     * {@link #cityStateZip} reads them ("R.R. 3, Site 12, Comp 4, Salmon Arm BC V1E 4M2"). Without that closing line nothing is
     * reported ("RR 3" is also a rating, a round, a ratio). One pass over the capital R's; each reads a bounded window.
     */
    private void ruralRoute(String t, List<Candidate> out) {
        for (int i = t.indexOf('R'); i >= 0; i = t.indexOf('R', i + 1)) {
            if (i > 0 && Chars.letterOrDigit(t.charAt(i - 1))) {
                continue;
            }
            int k;
            if (t.startsWith("RR", i)) {
                k = i + 2;
            } else if (t.startsWith("R.R.", i)) {
                k = i + 4;
            } else if (t.startsWith("Rural Route", i)) {
                k = i + 11;
            } else {
                continue;
            }
            int e = numberAfter(t, k, 1, 3);
            if (e < 0) {
                continue;
            }
            for (int parts = 0; parts < 3 && Chars.at(t, e) == ','; parts++) {
                int m = -1;
                for (String w : RURAL_PARTS) {
                    if (t.startsWith(w, e + 1)) {
                        m = numberAfter(t, e + 1 + w.length(), 1, 4);
                        break;
                    }
                }
                if (m < 0) {
                    break;
                }
                e = m;
            }
            int tail = cityStateZip(t, e);
            if (tail > e) {
                add(out, "STREET_ADDRESS", i, tail, 0.7, null);
                i = tail - 1;
            }
        }
    }

    /** Korean road words, as romanised: "-ro" (road), "-daero" (boulevard), "-gil" (street). */
    private static final String[] KR_ROADS = {"-ro", "-daero", "-gil"};

    /**
     * Korean road-name addresses in Latin letters (round 29): a building number and a capitalised road name ending in
     * {@link #KR_ROADS} ("88 Jong-ro") or the road and then the number ("Sejong-daero 110"), then — required — a
     * district ", Jongno-gu" (or a county "-gun", a city "-si"), then the city and postal code as {@link #regionalTail}
     * reads them (", Seoul 03157"), or a city alone (", Seoul"). One pass per road word; each match reads at most
     * 200 characters.
     */
    private void korean(String t, String l, List<Candidate> out) {
        for (String road : KR_ROADS) {
            for (int p = t.indexOf(road); p >= 0; p = t.indexOf(road, p + 1)) {
                int re = p + road.length();
                if (Chars.letterOrDigit(Chars.at(t, re)) || Chars.at(t, re) == '-') {
                    continue; // "-road", "-robot", "-ro-"
                }
                int ws = p;
                while (ws > 0 && Chars.asciiLetter(t.charAt(ws - 1)) && p - ws < 20) {
                    ws--;
                }
                if (p - ws < 2 || !Character.isUpperCase(t.charAt(ws)) || ws > 0 && Chars.at(t, ws - 1) != ' ') {
                    continue;
                }
                int start = numberBefore(t, ws);
                int end = re;
                if (start == ws) {
                    end = numberAfter(t, re, 1, 4);
                    if (end < 0) {
                        continue;
                    }
                }
                if (!t.startsWith(", ", end)) {
                    continue;
                }
                int g = end + 2;
                int ge = g;
                while (ge < t.length() && Chars.asciiLetter(t.charAt(ge)) && ge - g < 20) {
                    ge++;
                }
                if (ge - g < 2 || !Character.isUpperCase(t.charAt(g))) {
                    continue;
                }
                int de = t.startsWith("-gun", ge) ? ge + 4 : t.startsWith("-gu", ge) || t.startsWith("-si", ge) ? ge + 3 : -1;
                if (de < 0 || Chars.letterOrDigit(Chars.at(t, de))) {
                    continue;
                }
                end = regionalTail(t, l, de, false);
                if (end == de && t.startsWith(", ", de)) {
                    int c = tailPlaceEnd(t, de + 2, Math.min(t.length(), de + 40));
                    end = c > de + 2 ? c : de;
                }
                add(out, "STREET_ADDRESS", start, end, 0.7, null);
                p = end - 1;
            }
        }
    }

    /** Street words of UK addresses as chat writes them, in lower case ("victoria road", "elm grove"). */
    private static final Set<String> UK_STREET_WORDS = Set.of("road", "rd", "street", "st", "avenue", "ave", "lane", "drive", "close",
            "crescent", "grove", "way", "terrace", "gardens", "place", "square", "rise", "walk", "mews", "court", "row", "parade", "hill",
            "park", "view", "green");
    /** {@link #UK_STREET_WORDS} read in place: most lower-case words are refused by its filter, without a substring. */
    private static final RegionMap<Boolean> UK_STREET_TABLE = regions(UK_STREET_WORDS);

    /**
     * A UK address written in lower case without commas, as chat does (round 28b): an optional unit ("flat 1", "flat 2b"),
     * a house number, one to three lower-case words and a street word, zero to three words of a town, and a UK postcode in
     * any case ("flat 1 42 victoria road london n4 3ss"). The postcode is required: without it nothing is reported ("page
     * 2 main road works"). Commas between the parts are allowed. Each street word reads at most four words back and four
     * words and a postcode forward: linear.
     */
    private void lowerCaseUk(String t, String l, List<Tokens.Token> tokens, List<Candidate> out) {
        int next = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Tokens.Token tok = tokens.get(i);
            // In capitals too ("14 ALDER GROVE, LEEDS LS6 2AB"): a form or a shouted message, read as in lower case.
            boolean upper = tok.shape() == Tokens.Shape.UPPER;
            if (tok.start() < next || tok.shape() != Tokens.Shape.LOWER && !upper || tok.length() > 8
                    || !UK_STREET_TABLE.contains(l, tok.start(), tok.end())) {
                continue;
            }
            // back: name words, then the house number
            int p = tok.start();
            int start = -1;
            for (int words = 0; words < 4 && p > 1 && t.charAt(p - 1) == ' '; words++) {
                int e = p - 1;
                int b = e;
                while (b > 0 && b > e - 12 && Chars.letterOrDigit(t.charAt(b - 1))) {
                    b--;
                }
                if (b == e || b > 0 && t.charAt(b - 1) != ' ' && t.charAt(b - 1) != ',' && t.charAt(b - 1) != ':' && t.charAt(b - 1) != '\n') {
                    break;
                }
                if (Chars.digit(t.charAt(b))) {
                    int d = b;
                    while (d < e && Chars.digit(t.charAt(d))) {
                        d++;
                    }
                    boolean number = d - b <= 4 && (d == e || d + 1 == e && Chars.asciiLetter(t.charAt(d)) && Character.isLowerCase(t.charAt(d)) != upper);
                    if (number && words > 0) {
                        start = b;
                    }
                    break;
                }
                if (!(upper ? allUpperLetters(t, b, e) : allLowerLetters(t, b, e)) || e - b < 2) {
                    break;
                }
                p = b;
            }
            if (start < 0) {
                continue;
            }
            // forward: up to three town words, then the postcode
            int k = tok.end();
            int end = -1;
            for (int words = 0; words <= 3; words++) {
                if (Chars.at(t, k) == ',') {
                    k++;
                }
                if (Chars.at(t, k) != ' ') {
                    break;
                }
                k++;
                int pc = anyCaseUkPostcodeEnd(t, k);
                if (pc > 0) {
                    end = pc;
                    break;
                }
                int e = k;
                while (e < t.length() && e - k <= 20 && Character.isLetter(t.charAt(e))) {
                    e++;
                }
                if (e - k < 3 || Chars.letterOrDigit(Chars.at(t, e))) {
                    break;
                }
                k = e;
            }
            if (end < 0) {
                continue;
            }
            // a unit before the house number: "flat 1 42 …", "flat 2b 7 …"
            int unit = lowerUnitBefore(l, start);
            add(out, "STREET_ADDRESS", unit >= 0 ? unit : start, end, 0.7, null);
            next = end;
        }
    }

    private static boolean allUpperLetters(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isLetter(t.charAt(k)) || !Character.isUpperCase(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allLowerLetters(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (!Character.isLetter(c) || !Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** "flat 1 " / "flat 2b " / "apt 4 " / "unit 3, " right before {@code start}: the unit's start, or -1. */
    private static int lowerUnitBefore(String l, int start) {
        int e = start - 1;
        if (e < 1 || l.charAt(e) != ' ') {
            return -1;
        }
        if (l.charAt(e - 1) == ',') {
            e--;
        }
        int b = e;
        if (b > 0 && Chars.asciiLetter(l.charAt(b - 1))) {
            b--;
        }
        int digitsEnd = b;
        while (b > 0 && digitsEnd - b < 4 && Chars.digit(l.charAt(b - 1))) {
            b--;
        }
        if (b == digitsEnd || b < 2 || l.charAt(b - 1) != ' ') {
            return -1;
        }
        for (String unit : List.of("flat", "apt", "unit")) {
            int u = b - 1 - unit.length();
            if (u >= 0 && l.startsWith(unit, u) && (u == 0 || !Chars.letterOrDigit(l.charAt(u - 1)))) {
                return u;
            }
        }
        return -1;
    }

    /** {@link #ukPostcodeEnd} in upper or lower case ("n4 3ss", "LS6 2PQ"), the case the same throughout. Reads 9 characters. */
    private static int anyCaseUkPostcodeEnd(String t, int k) {
        int to = Math.min(t.length(), k + 9);
        String window = t.substring(k, to);
        String upper = window.toUpperCase(Locale.ROOT);
        if (!window.equals(upper) && !window.equals(window.toLowerCase(Locale.ROOT))) {
            // mixed case within the window is allowed only after the postcode ("n4 3ss Thanks"): check the postcode part
            int pc = ukPostcodeEnd(upper, 0);
            if (pc < 0) {
                return -1;
            }
            String part = window.substring(0, pc);
            return part.equals(part.toUpperCase(Locale.ROOT)) || part.equals(part.toLowerCase(Locale.ROOT)) ? k + pc : -1;
        }
        int pc = ukPostcodeEnd(upper, 0);
        if (pc < 0 || Chars.letterOrDigit(Chars.at(t, k + pc))) {
            return -1;
        }
        return k + pc;
    }

    /** Turkish street words, as written: "Cad." (Caddesi), "Sok." / "Sk." (Sokak), "Bulvarı" / "Blv."; "Mah." is the quarter. */
    private static final Set<String> TR_TYPES = Set.of("Cad", "Cd", "Caddesi", "Sok", "Sk", "Sokak", "Sokağı", "Bulvarı", "Blv");
    private static final Set<String> TR_QUARTERS = Set.of("Mah", "Mahallesi");

    /**
     * A Turkish street: one to three capitalised words, a street word ({@link #TR_TYPES}, its dot), "No:" / "No." and the
     * house number ("Bağdat Cad. No: 112", "Lale Sok. No: 8/3"); a quarter before it ("Gazi Mah. Lale Sok.") belongs to it.
     * Without the number word and the number it is none ("Bağdat Cad. is closed"). {start, end} or null; reads a bounded
     * number of tokens around {@code i}.
     */
    private static int[] turkish(String t, List<Tokens.Token> tokens, int i) {
        int first = i;
        for (int quarter = 0; quarter < 2; quarter++) {
            int words = 0;
            while (words < 3 && first > 0 && tokens.get(first - 1).capitalized() && first - 1 >= 0
                    && tokens.get(first).start() - tokens.get(first - 1).end() <= 2
                    && !TR_QUARTERS.contains(tokens.get(first - 1).text())) {
                int gapAt = tokens.get(first - 1).end();
                if (t.charAt(gapAt) != ' ') {
                    break;
                }
                first--;
                words++;
            }
            if (words == 0) {
                return null;
            }
            // "Gazi Mah. Lale Sok.": the quarter and its name before the street, once.
            if (quarter == 0 && first > 1 && TR_QUARTERS.contains(tokens.get(first - 1).text())
                    && tokens.get(first).start() - tokens.get(first - 1).end() <= 2) {
                first--;
                continue;
            }
            break;
        }
        int e = tokens.get(i).end();
        if (Chars.at(t, e) == '.') {
            e++;
        }
        int marker = houseNumberMarker(t, e);
        if (marker == e || t.charAt(e) == ',' || !followedByHouseNumber(t, marker)) {
            return null;
        }
        return new int[] {tokens.get(first).start(), houseNumberEnd(t, marker)};
    }

    /** Unit words of the rest of an address line, lower case: Romanian "bl.", "sc.", "et.", "ap.", "sector"; Italian "int.",
     *  "scala"; Turkish "Daire:", "D:", "Kat:", "Blok"; Polish "lok."; Spanish "piso", "puerta"; English "apt", "flat", "unit". */
    private static final Set<String> TAIL_UNITS = Set.of("bl", "bloc", "sc", "scara", "et", "etaj", "ap", "apt", "sector", "int",
            "interno", "scala", "daire", "d", "kat", "blok", "lok", "piso", "puerta", "esc", "flat", "unit", "suite", "apto", "apartamento",
            "depto", "dpto", "dept", "no");
    /** Floor words that stand alone in a part: Spanish "bajo" (ground floor), "ático", "entlo", "entresuelo", "sótano". */
    private static final Set<String> TAIL_FLOORS = Set.of("bajo", "bajos", "ático", "atico", "entlo", "entresuelo", "principal");
    /** Lower-case words inside a place's name: "Ciudad de México", "Rio de Janeiro", "Reggio di Calabria". */
    private static final Set<String> TAIL_PARTICLES = Set.of("de", "del", "di", "da", "do", "dos", "das", "la", "el", "am", "an",
            "sur", "upon", "on");

    /**
     * The rest of an address line after a street, in the forms of many countries: comma-separated parts — a unit (a word
     * of {@link #TAIL_UNITS}, its dot or colon and a number or short code: "ap. 14", "bl. A3", "int. 5", "Daire: 5",
     * "sector 3"; or a floor word alone: "bajo") or a place (one to four capitalised words, particles between, perhaps
     * opened by a capitalised abbreviation with its dot: "Jakarta Pusat", "Col. Roma Norte", "Shinjuku-ku") — closed by
     * a postal code (four to six digits, or three digits, a dash and four as in Japan) after the last place or before
     * its city ("Yogyakarta 55271", "20127 Milano (MI)", "34728 Kadıköy/İstanbul"). The parts join the address only when
     * a postal code closes them; with {@code bare} the first part follows a blank instead of a comma (the Japanese block
     * number). The new end, or {@code end}. Reads at most 160 characters.
     */
    static int regionalTail(String t, String l, int end, boolean bare) {
        int limit = Math.min(t.length(), end + 160);
        int k = end;
        for (int parts = 0; parts < 7 && k < limit; parts++) {
            int s;
            if (bare && parts == 0) {
                s = Chars.at(t, k) == ' ' ? k + 1 : -1;
            } else if (Chars.at(t, k) == ',' && Chars.at(t, k + 1) == ' ') {
                s = k + 2;
            } else if (bare && Chars.at(t, k) == '\n' && Character.isUpperCase(Chars.at(t, k + 1))) {
                s = k + 1; // a Japanese label's city line under the block line ("…, NAKA-KU\nNAGOYA 460-0008", round 29)
            } else if (Chars.at(t, k) == ' ' && parts > 0 || Chars.at(t, k) == ' ' && !bare) {
                // a unit after a blank ("No: 112 Daire: 5")
                int u = tailUnit(t, l, k + 1, limit);
                if (u > 0) {
                    k = u;
                    continue;
                }
                s = -1;
            } else {
                s = -1;
            }
            if (s < 0 || s >= limit) {
                break;
            }
            if (!bare || parts > 0) {
                int postal = postalEnd(t, s, bare);
                if (postal > 0) {
                    int c = tailPlaceEnd(t, postal + 1, limit);
                    if (Chars.at(t, postal) == ' ' && c > postal + 1) {
                        return province(t, c, limit);
                    }
                    // A bare postal code closes the line only after at least one part ("…, ap. 2, 400114").
                    return parts > 0 ? postal : end;
                }
                int u = tailUnit(t, l, s, limit);
                if (u > 0) {
                    k = u;
                    continue;
                }
            }
            int p = tailPlaceEnd(t, s, limit);
            if (p <= s) {
                break;
            }
            if (Chars.at(t, p) == ' ') {
                int postal = postalEnd(t, p + 1, bare);
                if (postal > 0) {
                    return province(t, postal, limit);
                }
            }
            k = p;
        }
        return end;
    }

    /** After a postal code and city: "/İstanbul", " (MI)" or " RM" (a province's two capitals) also belong to the line. */
    private static int province(String t, int k, int limit) {
        if (Chars.at(t, k) == '/' && Character.isUpperCase(Chars.at(t, k + 1))) {
            int c = tailPlaceEnd(t, k + 1, limit);
            return c > k + 1 ? c : k;
        }
        if (Chars.at(t, k) == ' ' && Chars.at(t, k + 1) == '(' && Chars.upper(Chars.at(t, k + 2)) && Chars.upper(Chars.at(t, k + 3))
                && Chars.at(t, k + 4) == ')') {
            return k + 5;
        }
        return k;
    }

    /**
     * A postal code at {@code k}: four to six digits (with {@code japan}: three digits, a dash and four), no letter, digit
     * or further digit group after it. Its end, or -1.
     */
    private static int postalEnd(String t, int k, boolean japan) {
        int e = k;
        while (Chars.digit(Chars.at(t, e)) && e - k <= 6) {
            e++;
        }
        if (japan) {
            if (e - k != 3 || Chars.at(t, e) != '-' || !Chars.allDigits(t, e + 1, Math.min(t.length(), e + 5)) || e + 5 > t.length()) {
                return -1;
            }
            e += 5;
        } else if (e - k < 4 || e - k > 6) {
            return -1;
        }
        char a = Chars.at(t, e);
        return Chars.letterOrDigit(a) || (a == '-' || a == '.' || a == '/' || a == ':') && Chars.letterOrDigit(Chars.at(t, e + 1)) ? -1 : e;
    }

    /** A unit part at {@code k}: a word of {@link #TAIL_UNITS}, its dot or colon, a blank and a number or short code; or a floor word alone. Its end, or -1. */
    private static int tailUnit(String t, String l, int k, int limit) {
        int we = Chars.wordEnd(l, k);
        if (we == k || we - k > 12 || we >= limit) {
            return -1;
        }
        String w = l.substring(k, we);
        if (TAIL_FLOORS.contains(w)) {
            return Chars.letterOrDigit(Chars.at(t, we)) ? -1 : we;
        }
        if (!TAIL_UNITS.contains(w)) {
            return -1;
        }
        int v = we;
        if (Chars.at(t, v) == '.' || Chars.at(t, v) == ':') {
            v++;
        }
        if (Chars.at(t, v) != ' ') {
            return -1;
        }
        v++;
        int c = v;
        boolean digit = false;
        while (c < limit && Chars.asciiAlnum(t.charAt(c)) && c - v < 4) {
            digit |= Chars.digit(t.charAt(c));
            c++;
        }
        if (c == v || Chars.letterOrDigit(Chars.at(t, c)) || !digit && c - v > 2) {
            return -1;
        }
        return c;
    }

    /**
     * A place at {@code k}: up to four capitalised words (letters, inner hyphens and apostrophes), lower-case particles of
     * {@link #TAIL_PARTICLES} between them, single blanks apart; the first may be an abbreviation with its dot ("Col.").
     * Its end, or {@code k}.
     */
    private static int tailPlaceEnd(String t, int k, int limit) {
        int end = k;
        int p = k;
        for (int words = 0; words < 4 && p < limit; words++) {
            char c = t.charAt(p);
            int e = p;
            while (e < limit && (Character.isLetter(t.charAt(e)) || (t.charAt(e) == '-' || t.charAt(e) == '\'')
                    && Character.isLetter(Chars.at(t, e + 1)))) {
                e++;
            }
            if (e - p < 2) {
                break;
            }
            if (Character.isUpperCase(c)) {
                if (words == 0 && Chars.at(t, e) == '.' && Chars.at(t, e + 1) == ' ' && e - p <= 4
                        && Character.isUpperCase(Chars.at(t, e + 2))) {
                    p = e + 2; // "Col. Roma Norte", "Kel. Menteng"
                    continue;
                }
                if (Chars.letterOrDigit(Chars.at(t, e))) {
                    break;
                }
                end = e;
            } else if (end == k || !TAIL_PARTICLES.contains(t.substring(p, e))) {
                break;
            }
            if (Chars.at(t, e) != ' ' || !Character.isLetter(Chars.at(t, e + 1))) {
                break;
            }
            p = e + 1;
        }
        return end;
    }

    /**
     * Japanese addresses written in Latin letters: a block number ("2-11-3", "1-4-7": two or three groups of one to four
     * digits joined by dashes, at a word's start), a blank, then the rest of the line as {@link #regionalTail} reads it,
     * closed by a Japanese postal code ("Tokyo 150-0001"). Without that postal code nothing of this form is reported
     * ("1-2-3 Steps, done"). One pass over the text; each block number reads at most 160 characters, and the scan resumes
     * after a reported address.
     */
    private void japanese(String t, String l, List<Candidate> out) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!Chars.digit(c) || i > 0 && (Chars.letterOrDigit(t.charAt(i - 1)) || "-./:".indexOf(t.charAt(i - 1)) >= 0)) {
                i++;
                continue;
            }
            int e = i;
            int groups = 0;
            while (groups < 3) {
                int g = e;
                while (Chars.digit(Chars.at(t, e)) && e - g < 5) {
                    e++;
                }
                if (e == g || e - g > 4) {
                    groups = -1;
                    break;
                }
                groups++;
                if (groups < 3 && Chars.at(t, e) == '-' && Chars.digit(Chars.at(t, e + 1))) {
                    e++;
                } else if (groups == 1 && chomeEnd(t, e) > 0) {
                    e = chomeEnd(t, e); // "2-chome-7-15": the district's block written with its word (round 29)
                } else {
                    break;
                }
            }
            if (groups >= 2 && Chars.at(t, e) == ' ' && Character.isUpperCase(Chars.at(t, e + 1))) {
                int end = regionalTail(t, l, e, true);
                if (end > e) {
                    add(out, "STREET_ADDRESS", i, end, 0.7, null);
                    i = end;
                    continue;
                }
            }
            i = Math.max(e, i + 1);
        }
    }

    /** After a block number's first group at {@code k}: "-chome-" or "-chōme-" (any case) and a digit: the digit's index, or -1. */
    private static int chomeEnd(String t, int k) {
        int e = t.regionMatches(true, k, "-chome-", 0, 7) || t.regionMatches(true, k, "-chōme-", 0, 7) ? k + 7 : -1;
        return e > 0 && Chars.digit(Chars.at(t, e)) ? e : -1;
    }

    /** House-number labels of Indian addresses, lower case: "House No. 12", "H.No. 7-1-45", "Flat 302", "Plot No 9". */
    private static final String[] INDIAN_LABELS = {"house no", "h.no", "h. no", "h no", "flat no", "flat", "plot no", "plot", "door no", "d.no"};

    /**
     * Indian addresses: a house-number label and its number ("House No. 12", "H.No. 7-1-45", "Flat 302"), then one to
     * six comma-separated parts of capitalised words and numbers ("Sector 4", "Sai Krupa Apartments", "MG Road",
     * "Rohini", "Delhi"), the last closed by a six-digit PIN code ("Delhi 110085", "Bengaluru - 560001", "560 001"). Without
     * the PIN nothing is reported ("the House No. field"). One pass over the labels; each walk reads at most 200 characters.
     */
    private void indian(String t, String l, List<Candidate> out) {
        for (int i = l.indexOf("no"); i >= 0; i = l.indexOf("no", i + 1)) {
            // every label but "flat" has "no" in it; "flat" is read at its own 'f' below
            scanIndian(t, l, i, out);
        }
        for (int i = l.indexOf("flat"); i >= 0; i = l.indexOf("flat", i + 1)) {
            scanIndian(t, l, i, out);
        }
        for (int i = l.indexOf("plot"); i >= 0; i = l.indexOf("plot", i + 1)) {
            scanIndian(t, l, i, out); // "Plot 14, Sector 21, …" (round 28b): read at its own 'p' as "flat"
        }
    }

    /** Labels without "no" in them, read where they start: "Flat 302", "Plot 14". */
    private static boolean bareIndianLabel(String label) {
        return label.equals("flat") || label.equals("plot");
    }

    private void scanIndian(String t, String l, int at, List<Candidate> out) {
        for (String label : INDIAN_LABELS) {
            boolean bare = bareIndianLabel(label);
            int start = bare ? at : at - label.indexOf('n');
            if (bare != (l.startsWith("flat", at) || l.startsWith("plot", at)) || start < 0 || !l.startsWith(label, start)
                    || bare && l.startsWith(" no", at + 4)
                    || start > 0 && Chars.word(l.charAt(start - 1)) || Chars.letter(Chars.at(l, start + label.length()))) {
                continue;
            }
            if (!Character.isUpperCase(t.charAt(start))) {
                return; // written as an address line: "House No.", "H.No.", "Flat"
            }
            int k = start + label.length();
            if (Chars.at(t, k) == '.' || Chars.at(t, k) == ':') {
                k++;
            }
            k = Chars.skipBlanks(t, k);
            if (Chars.at(t, k) == '#') {
                k++;
            }
            int numberStart = k;
            while (k < t.length() && k - numberStart < 12 && (Chars.letterOrDigit(t.charAt(k)) || (t.charAt(k) == '-' || t.charAt(k) == '/')
                    && Chars.letterOrDigit(Chars.at(t, k + 1)))) {
                k++;
            }
            if (k == numberStart || !Chars.digit(t.charAt(numberStart)) || Chars.letterOrDigit(Chars.at(t, k))) {
                return;
            }
            int end = indianParts(t, k);
            if (end > 0) {
                add(out, "STREET_ADDRESS", start, end, 0.7, null);
            }
            return;
        }
    }

    /** After the house number at {@code k}: ", part, part, City 110085"; the PIN's end, or -1. Reads at most 200 characters. */
    private static int indianParts(String t, int k) {
        int limit = Math.min(t.length(), k + 200);
        for (int part = 0; part < 7; part++) {
            if (Chars.at(t, k) != ',' || Chars.at(t, k + 1) != ' ') {
                return -1;
            }
            k += 2;
            int words = 0;
            while (k < limit && words < 5) {
                char c = t.charAt(k);
                int e = k;
                if (Chars.digit(c)) {
                    while (e < limit && Chars.digit(t.charAt(e))) {
                        e++;
                    }
                    int pin = pinEnd(t, k);
                    if (pin > 0 && (words > 0 || part > 0)) {
                        return pin;
                    }
                } else if (Character.isUpperCase(c)) {
                    e++;
                    while (e < limit && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' && Character.isLetter(Chars.at(t, e + 1)))) {
                        e++;
                    }
                    if (Chars.at(t, e) == '.') {
                        e++;
                    }
                } else if (c == '-' && words > 0 && Chars.at(t, k + 1) == ' ' && pinEnd(t, k + 2) > 0) {
                    return pinEnd(t, k + 2); // "Bengaluru - 560001"
                } else {
                    return -1;
                }
                if (e == k || Chars.letterOrDigit(Chars.at(t, e))) {
                    return -1;
                }
                words++;
                k = e;
                if (Chars.at(t, k) == ' ' && k + 1 < limit && Chars.at(t, k + 1) != '-' || Chars.at(t, k) == ' ' && Chars.at(t, k + 1) == '-') {
                    k++;
                    continue;
                }
                break;
            }
            if (words == 0) {
                return -1;
            }
        }
        return -1;
    }

    /** A six-digit Indian PIN code at {@code k} ("110085", "560 001"), the first digit 1–9: its end, or -1. */
    private static int pinEnd(String t, int k) {
        if (!Chars.digit(Chars.at(t, k)) || t.charAt(k) == '0' || !Chars.allDigits(t, k, Math.min(t.length(), k + 3)) || k + 3 > t.length()) {
            return -1;
        }
        int m = Chars.at(t, k + 3) == ' ' ? k + 4 : k + 3;
        if (m + 3 > t.length() || !Chars.allDigits(t, m, m + 3) || Chars.letterOrDigit(Chars.at(t, m + 3))) {
            return -1;
        }
        return m + 3;
    }

    /**
     * Whether token {@code last}, right before a bare number, is a lower-case English word of four letters or more
     * ("queue number 118", "table 12", "gate 7", "room 5"): such a noun counts something, it names no street. Short
     * words ("corner of 159", "office is 221") leave the decision to the words before them, as before.
     */
    private static boolean countingWord(Scan scan, Tokens.Token last) {
        return last.shape() == Tokens.Shape.LOWER && last.length() >= 4 && scan.pack().commonness(last.lower()) != 99;
    }

    private static int skipSpace(String t, int i) {
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\n' || t.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    /** An Eircode at {@code k} with an Irish word before it: its end, or -1 (the shape read first, the look-back after). */
    private static int irishEircode(String t, int k) {
        int code = ZipCodeRecognizer.eircode(t, k);
        return code > 0 && ZipCodeRecognizer.irishBefore(t, k) ? code : -1;
    }

    /**
     * ", Springfield, IL 62704" after a street: up to three capitalised words of a city, a US state code and a ZIP
     * belong to the address (the whole is one span, as people and the labelled data read it). Bounded look-ahead.
     */
    static int cityStateZip(String t, int end) {
        int k = end;
        if (Chars.at(t, k) == ',') {
            k++;
        }
        k = skipSpace(t, k);
        int words = 0;
        while (words < 4 && Character.isUpperCase(Chars.at(t, k))) {
            // ", Cobh, Co. Cork P24 K2N6": an Eircode (an Irish word before it) closes the city.
            int code = words > 0 ? irishEircode(t, k) : -1;
            if (code > 0) {
                return code;
            }
            if (words == 3) {
                // ", Dún Laoghaire, Co. Dublin A96 T2F7" (round 33): a fourth word only before an Eircode.
                int e4 = k;
                while (e4 < t.length() && e4 - k < 40 && Character.isLetter(t.charAt(e4))) {
                    e4++;
                }
                int code4 = e4 > k + 1 ? irishEircode(t, skipSpace(t, e4)) : -1;
                return code4 > 0 ? code4 : end;
            }
            int e = k;
            while (e < t.length() && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' || t.charAt(e) == '\'')) {
                e++;
            }
            if (e - k == 2 && Chars.upper(t.charAt(k)) && Chars.upper(t.charAt(k + 1))) {
                // A state code: the ZIP must follow, maybe after a country ("GE Netherlands 62971", "NI Cyprus (Greek) 78891").
                int z = skipSpace(t, e);
                for (int c = 0; c < 3 && Character.isUpperCase(Chars.at(t, z)) || c < 3 && Chars.at(t, z) == '('; c++) {
                    int ce = z + 1;
                    while (ce < t.length() && (Character.isLetter(t.charAt(ce)) || t.charAt(ce) == '-')) {
                        ce++;
                    }
                    if (Chars.at(t, ce) == ')' && t.charAt(z) == '(') {
                        ce++;
                    }
                    if (Chars.at(t, ce) != ' ' || ce - z < 2) {
                        break;
                    }
                    z = skipSpace(t, ce);
                }
                int ca = z > e ? ZipCodeRecognizer.canada(t, z) : -1;
                if (ca > 0) {
                    return ca; // a province and its postal code ("QC H3G 1K4")
                }
                if (z > e && Chars.allDigits(t, z, Math.min(t.length(), z + 5)) && z + 5 <= t.length()) {
                    int ze = z + 5;
                    if (Chars.at(t, ze) == '-' && Chars.allDigits(t, ze + 1, Math.min(t.length(), ze + 5)) && ze + 5 <= t.length()) {
                        ze += 5;
                    }
                    return Chars.letterOrDigit(Chars.at(t, ze)) ? end : ze;
                }
                return end;
            }
            if (e == k) {
                break;
            }
            words++;
            if (e - k == 2 && t.startsWith("Co.", k)) {
                e++; // the Irish county: "Co. Cork"
            }
            k = skipSpace(t, e);
            // A city in two scripts: "ΑΓΛΑΝΤΖΙΑ (ΑΓΛΑΓΓΙΑ)".
            if (Chars.at(t, k) == '(' && Character.isUpperCase(Chars.at(t, k + 1))) {
                int p = k + 1;
                while (p < t.length() && p - k < 40 && Character.isLetter(t.charAt(p))) {
                    p++;
                }
                if (Chars.at(t, p) == ')') {
                    k = skipSpace(t, p + 1);
                }
            }
            // The comma may stand on the next line (", CO" under the city).
            if (Chars.at(t, k) == ',') {
                k++;
            }
            k = skipSpace(t, k);
        }
        int code = words > 0 ? irishEircode(t, k) : -1;
        return code > 0 ? code : end;
    }

    /** The 27 Brazilian state codes (UF). */
    private static final Set<String> BR_STATES = Set.of("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG",
            "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");
    /** Lower-case words between the capitalised words of a Brazilian place ("Rio de Janeiro", "Mogi das Cruzes"). */
    private static final Set<String> BR_PARTICLES = Set.of("de", "do", "da", "dos", "das", "del");

    /**
     * The Brazilian rest of an address line after a street: ", Copacabana, Rio de Janeiro, CEP 22021-001",
     * ", Campinas - SP, 13015-200", " - Centro, Recife/PE": up to three places (capitalised words, "de", "do", "da",
     * "dos", "das" between them), then maybe a state code (UF) after " - ", "/" or ", ", then maybe the CEP (five
     * digits, a dash, three digits; eight digits after the word "CEP"), with or without the word "CEP". The places
     * join the address only when a state or a CEP closes them. The new end, or {@code end}. Reads at most 160
     * characters.
     */
    static int brazilTail(String t, int end) {
        int limit = Math.min(t.length(), end + 160);
        int k = end;
        // " - apto 704", ", bloco B" (round 29): up to two units first, joining only as the places do (state or CEP after).
        for (int units = 0; units < 2; units++) {
            int s = brSeparator(t, k, false);
            int u = s > 0 ? brUnitEnd(t, s) : -1;
            if (u < 0) {
                break;
            }
            k = u;
        }
        int places = 0;
        while (places < 3) {
            int s = brSeparator(t, k, false);
            int p = s > 0 ? brPlaceEnd(t, s, limit) : -1;
            if (p <= s) {
                break;
            }
            k = p;
            places++;
        }
        int last = end;
        boolean state = false;
        int s = places > 0 ? brSeparator(t, k, true) : -1;
        if (s > 0 && s + 2 <= limit && BR_STATES.contains(t.substring(s, s + 2)) && !Chars.letterOrDigit(Chars.at(t, s + 2))) {
            k = s + 2;
            last = k;
            state = true;
        }
        s = brSeparator(t, k, false);
        if (s < 0 && state && Chars.at(t, k) == ' ') {
            s = k + 1; // "SP 01310-100"
        }
        if (s < 0) {
            return last;
        }
        if (t.regionMatches(true, s, "CEP", 0, 3) && !Chars.letterOrDigit(Chars.at(t, s + 3))) {
            int c = s + 3;
            if (Chars.at(t, c) == ':') {
                c++;
            }
            int ce = Chars.at(t, c) == ' ' ? cepEnd(t, c + 1, true) : -1;
            return ce > 0 ? cityAfterCep(t, ce, limit) : last;
        }
        int ce = cepEnd(t, s, false);
        return ce > 0 ? cityAfterCep(t, ce, limit) : last;
    }

    /**
     * A city written after the CEP ("…, 40060-001 Salvador", "01310-100 São Paulo - SP"): one blank, a place of
     * {@link #brPlaceEnd}, then the line's or the text's end, a comma, a full stop or a state after " - " or "/"; a
     * sentence going on ("01310-100 Thanks for the help") joins nothing. The new end, or {@code ce}.
     */
    private static int cityAfterCep(String t, int ce, int limit) {
        if (Chars.at(t, ce) != ' ' || !Character.isUpperCase(Chars.at(t, ce + 1))) {
            return ce;
        }
        int p = brPlaceEnd(t, ce + 1, Math.min(t.length(), Math.max(limit, ce + 60)));
        if (p <= ce + 1) {
            return ce;
        }
        char a = Chars.at(t, p);
        if (a == '\0' || a == '\n' || a == '\r' || a == ',' || a == '.' || a == ';' || a == ')') {
            return p;
        }
        int st = a == '/' ? p + 1 : t.startsWith(" - ", p) ? p + 3 : -1;
        if (st > 0 && st + 2 <= t.length() && BR_STATES.contains(t.substring(st, st + 2)) && !Chars.letterOrDigit(Chars.at(t, st + 2))) {
            return st + 2;
        }
        return ce;
    }

    /** Brazilian unit words: "apto" / "ap." (flat), "sala" (office), "bloco" / "bl." (block), "casa", "loja", "conj." (suite). */
    private static final Set<String> BR_UNITS = Set.of("apto", "apt", "ap", "apartamento", "sala", "bloco", "bl", "casa", "loja", "conj", "cj");

    /** A Brazilian unit at {@code k}: a word of {@link #BR_UNITS} (any case), maybe its dot, a blank and one to five letters or digits. Its end, or -1. */
    private static int brUnitEnd(String t, int k) {
        int e = k;
        while (e < t.length() && Chars.asciiLetter(t.charAt(e)) && e - k < 12) {
            e++;
        }
        if (e == k || e - k > 11 || !BR_UNITS.contains(t.substring(k, e).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        if (Chars.at(t, e) == '.') {
            e++;
        }
        if (Chars.at(t, e) != ' ') {
            return -1;
        }
        int v = e + 1;
        while (v < t.length() && Chars.asciiAlnum(t.charAt(v)) && v - e <= 6) {
            v++;
        }
        return v > e + 1 && v - e - 1 <= 5 && !Chars.letterOrDigit(Chars.at(t, v)) ? v : -1;
    }

    /** After a Brazilian address part at {@code k}: ", ", " - ", " – " (or "/" before a state): the next part's start, or -1. */
    private static int brSeparator(String t, int k, boolean beforeState) {
        char c = Chars.at(t, k);
        if (c == ',' && Chars.at(t, k + 1) == ' ') {
            return k + 2;
        }
        if (c == ' ' && (Chars.at(t, k + 1) == '-' || Chars.at(t, k + 1) == '\u2013') && Chars.at(t, k + 2) == ' ') {
            return k + 3;
        }
        return c == '/' && beforeState ? k + 1 : -1;
    }

    /**
     * A Brazilian place from {@code k}: up to five capitalised words (not a state code, not "CEP") with "de", "da"...
     * between them, single blanks apart. Its end, or {@code k}.
     */
    private static int brPlaceEnd(String t, int k, int limit) {
        int end = k;
        int p = k;
        for (int words = 0; words < 5 && p < limit; words++) {
            char c = t.charAt(p);
            int e = p;
            while (e < limit && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' && Character.isLetter(Chars.at(t, e + 1))
                    || t.charAt(e) == '\'')) {
                e++;
            }
            if (e - p < 2 || Chars.letterOrDigit(Chars.at(t, e))) {
                break;
            }
            if (Character.isUpperCase(c)) {
                if (e - p == 2 && BR_STATES.contains(t.substring(p, e)) || e - p == 3 && t.regionMatches(true, p, "CEP", 0, 3)) {
                    break;
                }
                end = e;
            } else if (words == 0 || !BR_PARTICLES.contains(t.substring(p, e))) {
                break;
            }
            if (Chars.at(t, e) != ' ' || !Character.isLetter(Chars.at(t, e + 1))) {
                break;
            }
            p = e + 1;
        }
        return end;
    }

    /**
     * A CEP at {@code k}: five digits, a dash and three digits ("01310-100"), or with {@code word} (after "CEP") also
     * eight digits or "01.310-100". Its end, or -1.
     */
    private static int cepEnd(String t, int k, boolean word) {
        int n = t.length();
        if (k + 8 > n) {
            return -1;
        }
        int e;
        if (Chars.allDigits(t, k, k + 5) && t.charAt(k + 5) == '-' && k + 9 <= n && Chars.allDigits(t, k + 6, k + 9)) {
            e = k + 9;
        } else if (word && Chars.allDigits(t, k, k + 8)) {
            e = k + 8;
        } else if (word && k + 10 <= n && Chars.allDigits(t, k, k + 2) && t.charAt(k + 2) == '.' && Chars.allDigits(t, k + 3, k + 6)
                && t.charAt(k + 6) == '-' && Chars.allDigits(t, k + 7, k + 10)) {
            e = k + 10;
        } else {
            return -1;
        }
        char a = Chars.at(t, e);
        return Chars.letterOrDigit(a) || (a == '-' || a == '.' || a == '/') && Chars.digit(Chars.at(t, e + 1)) ? -1 : e;
    }

    /** Separators between the lines of an address written on one line: blanks, "&gt;", "|", "?", ",", ";". */
    private static boolean lineSeparator(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '>' || c == '|' || c == '?' || c == ',' || c == ';' || c == '\u2022';
    }

    /**
     * The first of one to three words ending at token i (before its house number) that stand at the start of an
     * address line: the first capitalised, the words adjacent, and before them only a building number or a line
     * separator. -1 when the words do not start a line (a sentence's words before a number are no street).
     */
    private static int lineStreetFirst(String t, String l, List<Tokens.Token> tokens, int i, boolean lineStart) {
        int first = i;
        while (first > i - 2 && first > 0 && Tokens.adjacent(t, tokens.get(first - 1), tokens.get(first))
                && Character.isLetter(tokens.get(first - 1).first()) && !isUnit(l, tokens.get(first - 1))) {
            first--;
        }
        Tokens.Token f = tokens.get(first);
        if (!Character.isUpperCase(f.first()) || f.length() < 3 || isUnit(l, f)) {
            return -1;
        }
        int s = numberBefore(t, f.start());
        if (!lineStart) {
            return first;
        }
        boolean building = s < f.start();
        char p = Chars.at(t, s - 1);
        if (s == 0) {
            // The text's start is a line's start only with a building number ("22829 Jagerij 64"), not "Chapter 12".
            return building ? first : -1;
        }
        if (p == '\n' || p == '>' || p == '|' || p == '?' || p == '\t') {
            return first;
        }
        // Two blanks or a separator end the line before ("Noelle Martinsson     1593 Pagari 18", "> 9 Orlund tee 31");
        // one blank after a unit's number ("Suite 541 6343 Skogstien 106").
        char pp = Chars.at(t, s - 2);
        if (p == ' ' && (pp == ' ' || pp == ',' || pp == '>' || pp == '|' || pp == '?' || pp == '\n' || Chars.digit(pp) && building)) {
            return first;
        }
        return -1;
    }

    /** A unit line ("Apt. 591", "Suite 282") right after {@code end}, past line separators. */
    private static boolean unitLineAfter(String t, String l, int end) {
        int k = Chars.at(t, end) == '.' ? end + 1 : end;
        int limit = Math.min(t.length(), end + 8);
        while (k < limit && lineSeparator(t.charAt(k))) {
            k++;
        }
        return k > end && Character.isUpperCase(Chars.at(t, k)) && unitAt(t, l, k, k) > k;
    }

    /** A unit ("Suite 541") right before {@code start}, past line separators. */
    private static boolean unitLineBefore(String t, String l, int start) {
        return unitStartBefore(t, l, start) >= 0;
    }

    /**
     * "Appartement 12, 5 avenue …", "Flat 3, 27 …": where a unit and its number, then a comma, stand right before the
     * house number at {@code start}; -1 when they do not.
     */
    private static int unitCommaBefore(String t, String l, int start) {
        if (start < 4 || !Chars.digit(Chars.at(t, start)) || t.charAt(start - 1) != ' ' || t.charAt(start - 2) != ',') {
            return -1;
        }
        return unitStartBefore(t, l, start);
    }

    /**
     * "Unit 5/18 Wattle Avenue", "Apt 3/42 …": the Australian way of writing a unit and the house number it is in
     * ("unit/number"); a unit word and one blank right before such a house number at {@code start} belong to the address.
     * Reads at most a dozen characters back; -1 when there is no such word.
     */
    private static int unitSlashBefore(String t, String l, int start) {
        if (start < 3 || t.charAt(start - 1) != ' ') {
            return -1;
        }
        int k = start;
        while (k < t.length() && k - start < 6 && Chars.digit(t.charAt(k))) {
            k++;
        }
        if (k == start || k - start > 5 || Chars.at(t, k) != '/' || !Chars.digit(Chars.at(t, k + 1))) {
            return -1;
        }
        int w = start - 1;
        int ws = w;
        while (ws > 0 && Chars.asciiLetter(t.charAt(ws - 1)) && w - ws < 10) {
            ws--;
        }
        return ws < w && Character.isUpperCase(t.charAt(ws)) && !Chars.letterOrDigit(Chars.at(t, ws - 1))
                && UNITS.contains(l.substring(ws, w)) ? ws : -1;
    }

    /**
     * "Flat 5 22 Iffley Road …": a flat and its number written before the house number with one blank and no comma, on
     * a line of its own (the unit word opens the text, a line, or follows ": " / ", "). Only "Flat", "Apartment" and "Apt"
     * (round 32); the flat's number one to four letters or digits, a digit first. Reads at most 20 characters back.
     */
    private static int flatBlankBefore(String t, String l, int start) {
        if (start < 4 || t.charAt(start - 1) != ' ') {
            return -1;
        }
        int e = start - 1;
        int k = e;
        while (k > 0 && Chars.asciiAlnum(t.charAt(k - 1)) && e - k < 5) {
            k--;
        }
        if (k < e && Chars.asciiLetter(t.charAt(k))) {
            // the street reading began at the flat's number ("5 22 Iffley Road"): the unit word is right before it
            k = start;
        } else if (k == e || e - k > 4 || !Chars.digit(t.charAt(k)) || Chars.at(t, k - 1) != ' ') {
            return -1;
        }
        int w = k - 1;
        int ws = w;
        while (ws > 0 && Chars.asciiLetter(t.charAt(ws - 1)) && w - ws < 10) {
            ws--;
        }
        String word = l.substring(ws, w);
        if (!(word.equals("flat") || word.equals("apartment") || word.equals("apt")) || !Character.isUpperCase(t.charAt(ws))) {
            return -1;
        }
        char before = Chars.at(t, ws - 1);
        boolean opens = ws == 0 || before == '\n' || before == ' ' && (Chars.at(t, ws - 2) == ':' || Chars.at(t, ws - 2) == ',');
        return opens ? ws : -1;
    }

    /** Where a flat is in its house: "Basement Flat", "Ground Floor Flat", "Top Floor", "Garden Flat" (UK). */
    private static final Set<String> FLAT_PLACES = Set.of("basement", "ground", "garden", "top", "upper", "lower", "first", "second",
            "third", "attic", "rear", "front");
    private static final Set<String> FLAT_WORDS = Set.of("flat", "floor", "maisonette", "apartment");

    /**
     * "Basement Flat, 9 Albion Road": a flat named by its place in the house rather than a number — one to three
     * capitalised words, the first of {@link #FLAT_PLACES} ("Ground Floor Flat"), the last of {@link #FLAT_WORDS} — then a
     * comma and a blank right before the house number at {@code start}. Reads at most 40 characters back; -1 when none.
     */
    private static int namedFlatBefore(String t, String l, int start) {
        if (start < 8 || t.charAt(start - 1) != ' ' || t.charAt(start - 2) != ',') {
            return -1;
        }
        int limit = Math.max(0, start - 40);
        int e = start - 2;
        int first = -1;
        for (int words = 0; words < 3; words++) {
            int ws = e;
            while (ws > limit && Chars.asciiLetter(t.charAt(ws - 1))) {
                ws--;
            }
            if (ws == e || !Character.isUpperCase(t.charAt(ws)) || ws > 0 && Chars.letterOrDigit(t.charAt(ws - 1))) {
                break;
            }
            String w = l.substring(ws, e);
            boolean place = FLAT_PLACES.contains(w);
            if (words == 0 ? !FLAT_WORDS.contains(w) : !place && !FLAT_WORDS.contains(w)) {
                break;
            }
            if (place) {
                first = ws;
            }
            if (ws == 0 || t.charAt(ws - 1) != ' ') {
                break;
            }
            e = ws - 1;
        }
        return first;
    }

    /**
     * "…, Dublin 6", "… Dublin 6W": Dublin's postal districts (1 to 24, and 6W) after a street found at {@code end} are
     * part of the address, as a postcode is elsewhere. Reads at most a dozen characters; the new end, or {@code end}.
     */
    static int dublinDistrict(String t, int end) {
        int k = end;
        if (Chars.at(t, k) == ',') {
            k++;
        }
        if (Chars.at(t, k) != ' ' || !t.startsWith("Dublin ", k + 1)) {
            return end;
        }
        int d = k + 8;
        int e = d;
        while (e < t.length() && e - d < 2 && Chars.digit(t.charAt(e))) {
            e++;
        }
        if (e == d || Chars.at(t, d) == '0') {
            return end;
        }
        int n = Integer.parseInt(t.substring(d, e));
        if (n > 24) {
            return end;
        }
        if (n == 6 && Chars.at(t, e) == 'W') {
            e++;
        }
        return Chars.letterOrDigit(Chars.at(t, e)) ? end : e;
    }

    /**
     * A Singapore address's rest after its street ("Ang Mo Kio Ave 10, #08-1234, Singapore 560456", "Jurong West St 41,
     * #05-210", "Orchard Rd, Singapore 238841"): the street's number (one or two digits, only with what follows), the
     * unit "#floor-unit" and "Singapore" with its six-digit postcode, each after a comma; at least the unit or the postcode.
     * Reads at most some forty characters; the new end, or {@code end}.
     */
    static int singaporeTail(String t, int end) {
        int k = end;
        if (Chars.at(t, k) == ' ' && Chars.digit(Chars.at(t, k + 1))) {
            int d = k + 1;
            while (Chars.digit(Chars.at(t, d)) && d - k <= 2) {
                d++;
            }
            if (d - k > 3 || Chars.at(t, d) != ',') {
                return end;
            }
            k = d;
        }
        int found = end;
        if (t.startsWith(", #", k) && Chars.digit(Chars.at(t, k + 3)) && Chars.digit(Chars.at(t, k + 4)) && Chars.at(t, k + 5) == '-') {
            int u = k + 6;
            while (Chars.digit(Chars.at(t, u)) && u - k < 11) {
                u++;
            }
            if (Chars.upper(Chars.at(t, u))) {
                u++;
            }
            if (u - (k + 6) >= 2 && !Chars.letterOrDigit(Chars.at(t, u))) {
                k = u;
                found = u;
            }
        }
        if (t.startsWith(", Singapore ", k) && Chars.allDigits(t, k + 12, Math.min(t.length(), k + 18)) && k + 18 <= t.length()
                && !Chars.letterOrDigit(Chars.at(t, k + 18))) {
            found = k + 18;
        }
        return found;
    }

    /**
     * Round 49: a Philippine subdivision address opens with its block and lot, "Blk 4 Lot 21, Mabini St., …", and the
     * street was found from the lot number: "Blk"/"Block" and one to four digits (perhaps a letter), one blank, "Lot" and
     * one blank right before the number at {@code start} take the address back to "Blk". Both words are needed ("parking
     * lot 12" stays as it was). Reads at most 20 characters back.
     */
    static int blockLotBefore(String t, String l, int start) {
        int b = start - 4;
        if (b < 0 || !l.startsWith("lot ", b)) {
            return start;
        }
        int k = b - 1;
        if (Chars.at(t, k) != ' ') {
            return start;
        }
        int e = k;
        if (k > 0 && Character.isLetter(t.charAt(k - 1)) && k > 1 && Chars.digit(t.charAt(k - 2))) {
            k--;
        }
        int d = k;
        while (d > 0 && k - d < 4 && Chars.digit(t.charAt(d - 1))) {
            d--;
        }
        if (d == k || d > 0 && Chars.digit(t.charAt(d - 1)) || e - d > 5) {
            return start;
        }
        for (String w : new String[] {"blk ", "blk. ", "block "}) {
            int w0 = d - w.length();
            if (w0 >= 0 && l.startsWith(w, w0) && !Chars.letterOrDigit(Chars.at(t, w0 - 1))) {
                return w0;
            }
        }
        return start;
    }

    /** "Blk " / "Block " right before a Singapore address's block number at {@code start}: its start, or {@code start}. */
    private static int blockBefore(String t, String l, int start) {
        for (String w : new String[] {"blk ", "blk. ", "block "}) {
            int b = start - w.length();
            if (b >= 0 && l.startsWith(w, b) && !Chars.letterOrDigit(Chars.at(t, b - 1))) {
                return b;
            }
        }
        return start;
    }

    /** The start of a unit ("Suite 541") right before {@code start}, past line separators; -1 when none. */
    private static int unitStartBefore(String t, String l, int start) {
        int k = start;
        int limit = Math.max(0, start - 8);
        while (k > limit && lineSeparator(t.charAt(k - 1))) {
            k--;
        }
        if (k == start) {
            return -1;
        }
        int e = k;
        while (k > 0 && Chars.asciiAlnum(t.charAt(k - 1)) && e - k < 6) {
            k--;
        }
        if (k == e || !Chars.digit(t.charAt(k))) {
            return -1;
        }
        if (Chars.at(t, k - 1) == '/' && Chars.digit(Chars.at(t, k - 2)) && e - k <= 2) {
            // "Flat 3/1, 41 Dumbarton Road": Glasgow's floor / position of a tenement flat (round 32), one or two digits each
            int d = k - 1;
            while (d > 0 && Chars.digit(t.charAt(d - 1)) && k - 1 - d < 2) {
                d--;
            }
            k = d;
        }
        int w = k - 1;
        if (Chars.at(t, w) != ' ') {
            return -1;
        }
        if (Chars.at(t, w - 1) == '.') {
            w--;
        }
        int ws = w;
        while (ws > 0 && Chars.asciiLetter(t.charAt(ws - 1)) && w - ws < 11) {
            ws--;
        }
        return ws < w && Character.isUpperCase(t.charAt(ws)) && !Chars.letterOrDigit(Chars.at(t, ws - 1)) && UNITS.contains(l.substring(ws, w))
                ? ws : -1;
    }

    /**
     * The postcode line that closes an address written over lines ("… / Apt. 591 / Mazée / Belgium 65260"): past the
     * unit, city and country lines after {@code end} (capitalised words, short particles such as "nad", "del"), a
     * number of four to six digits right after a word, ending its line. Bounded look-ahead; {start, end} or null.
     */
    static int[] postcodeLine(String t, String l, int end) {
        int k = end;
        int limit = Math.min(t.length(), end + 120);
        boolean word = false;
        while (k < limit) {
            char c = t.charAt(k);
            if (lineSeparator(c) || c == '(' || c == ')' || c == '.') {
                k++;
                continue;
            }
            if (Chars.digit(c)) {
                int e = k;
                while (e < t.length() && Chars.digit(t.charAt(e)) && e - k <= 6) {
                    e++;
                }
                int n = e - k;
                char after = Chars.at(t, e);
                // The number ends its line: the text, a line break, a separator or two blanks ("Belgium 65260  +32 …").
                boolean lineEnds = e == t.length() || after == '\n' || after == '\r' || after == '>' || after == '|'
                        || after == ' ' && (Chars.at(t, e + 1) == ' ' || Chars.at(t, e + 1) == '\n');
                return word && n >= 4 && n <= 6 && t.charAt(k - 1) == ' ' && Chars.letter(Chars.at(t, k - 2)) && lineEnds
                        ? new int[] {k, e} : null;
            }
            if (!Character.isLetter(c)) {
                return null;
            }
            int u = Character.isUpperCase(c) ? unitAt(t, l, k, k) : k;
            if (u > k) {
                k = u;
                continue;
            }
            int e = k;
            while (e < t.length() && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' || t.charAt(e) == '\'')) {
                e++;
            }
            if (!Character.isUpperCase(c) && e - k > 3) {
                return null;
            }
            word = true;
            k = e;
        }
        return null;
    }

    /**
     * A European or UK postcode and city after a street on the same line: ", 75002 Paris", ", 10115 Berlin",
     * ", 1012 AB Amsterdam" (four or five digits, the Dutch letter pair, then up to three capitalised words; the Dutch
     * "1012 AB" also without its city) or
     * ", London NW1 6XE" (up to three capitalised words, then a UK postcode). The new end, or {@code end}.
     */
    static int postcodeCity(String t, int end) {
        int k = end;
        if (Chars.at(t, k) == ',') {
            k++;
        }
        // The postcode and city on the next line ("Prinsengracht 263\n1016 GV Amsterdam"): only a postcode opening that
        // line, and only when the postcode and its city end the line.
        if (k == end && Chars.at(t, k) == '\r' && Chars.at(t, k + 1) == '\n') {
            k++;
        }
        if (Chars.at(t, k) == '\n' && (k == end || k == end + 1 && t.charAt(end) == '\r') && Chars.digit(Chars.at(t, k + 1))) {
            int e = postcodeCityAt(t, end, k + 1);
            char after = Chars.at(t, e);
            return e > k && (e == t.length() || after == '\n' || after == '\r') ? e : end;
        }
        if (Chars.at(t, k) != ' ') {
            return end;
        }
        return postcodeCityAt(t, end, Chars.skipBlanks(t, k));
    }

    /** Whether exactly five digits, a blank before them, end at {@code end} (a postcode, not a house number). Reads 6 back. */
    private static boolean fiveDigitsBefore(String t, int end) {
        return end >= 6 && Chars.allDigits(t, end - 5, end) && t.charAt(end - 6) == ' ';
    }

    /** {@link #postcodeCity} from the postcode or city at {@code k}. */
    private static int postcodeCityAt(String t, int end, int k) {
        if (Chars.digit(Chars.at(t, k))) {
            int e = k;
            while (Chars.digit(Chars.at(t, e)) && e - k <= 5) {
                e++;
            }
            // "4050-262 Porto" (Portugal), "00-514 Warszawa" (Poland): a dash and three digits.
            if ((e - k == 4 || e - k == 2) && Chars.at(t, e) == '-' && Chars.allDigits(t, e + 1, Math.min(t.length(), e + 4))
                    && e + 4 <= t.length() && Chars.at(t, e + 4) == ' ') {
                int c = cityEnd(t, e + 5);
                if (c == e + 5) {
                    // "00-547 warszawa": after this shape of postcode a city of one word is also read in lower case.
                    c = e + 5;
                    while (c < t.length() && Character.isLowerCase(t.charAt(c)) && c - e < 30) {
                        c++;
                    }
                    if (c - (e + 5) < 3 || Chars.letterOrDigit(Chars.at(t, c))) {
                        c = e + 5;
                    }
                }
                return c > e + 5 ? c : end;
            }
            if (e - k == 3 && Chars.at(t, e) == ' ' && Chars.digit(Chars.at(t, e + 1)) && Chars.digit(Chars.at(t, e + 2))
                    && Chars.at(t, e + 3) == ' ') {
                // "111 21 Stockholm", "110 00 Praha 1", "811 01 Bratislava": the Swedish, Czech and Slovak postcode of three
                // and two digits, only with its city after it.
                int c = cityEnd(t, e + 4);
                return c > e + 4 ? c : end;
            }
            if (e - k < 4 || e - k > 5 || Chars.at(t, e) != ' ') {
                return end;
            }
            if (e - k == 4 && t.charAt(k) != '0' && Chars.upper(Chars.at(t, e + 1)) && Chars.upper(Chars.at(t, e + 2))
                    && !Chars.letterOrDigit(Chars.at(t, e + 3))) {
                // The Dutch "2517 AN": the shape closes the street with or without the city after it.
                e += 3;
                int c = Chars.at(t, e) == ' ' ? cityEnd(t, e + 1) : e;
                return c > e + 1 ? c : e;
            }
            int c = cityEnd(t, e + 1);
            if (c > e + 1 && e - k == 4 && Chars.at(t, c) == ' ') {
                // "2200 København N", "8000 Aarhus C", "1620 København V": a Danish postal district's letter after the city.
                int we = c + 1;
                while (we < t.length() && Character.isUpperCase(t.charAt(we)) && we - c <= 2) {
                    we++;
                }
                if (we > c + 1 && !Chars.letterOrDigit(Chars.at(t, we)) && DK_DISTRICTS.contains(t.substring(c + 1, we))) {
                    c = we;
                }
            }
            return c > e + 1 ? c : end;
        }
        int c = cityEnd(t, k);
        if (c == k) {
            return end;
        }
        if (k == end + 1 && fiveDigitsBefore(t, end) && (c == t.length() || "\n\r,.;!?".indexOf(t.charAt(c)) >= 0)) {
            // "12 rue Paul Bert 33000 Bordeaux": the street reading took the French postcode for a house number (no
            // comma between); a city of capitalised words right after it, ending the line or the clause (round 32).
            return c;
        }
        int p = Chars.at(t, c) == ',' ? c + 1 : c;
        if (Chars.at(t, p) != ' ') {
            return end;
        }
        int pc = ukPostcodeEnd(t, p + 1);
        if (pc < 0 && p > c && Character.isUpperCase(Chars.at(t, p + 1))) {
            // ", Didsbury, Manchester M20 2RW": a district before the town, once.
            int c2 = cityEnd(t, p + 1);
            int p2 = Chars.at(t, c2) == ',' ? c2 + 1 : c2;
            if (c2 > p + 1 && Chars.at(t, p2) == ' ') {
                pc = ukPostcodeEnd(t, p2 + 1);
            }
        }
        return pc > 0 ? pc : end;
    }

    /** The letters of Danish postal districts after a city: København K, N, Ø, S, V, NV, SV, SØ; Aarhus C … */
    private static final Set<String> DK_DISTRICTS = Set.of("K", "N", "Ø", "S", "V", "C", "NV", "SV", "SØ");

    /** The end of up to three capitalised words of a city from {@code k} ("Paris", "Frankfurt am Main"), or k. */
    private static int cityEnd(String t, int k) {
        int end = k;
        int p = k;
        for (int words = 0; words < 3; words++) {
            if (!Character.isUpperCase(Chars.at(t, p))) {
                break;
            }
            int e = p;
            while (e < t.length() && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-' || t.charAt(e) == '\'')) {
                e++;
            }
            if (e - p < 2 || Chars.letterOrDigit(Chars.at(t, e))) {
                break;
            }
            end = e;
            if (Chars.at(t, e) != ' ') {
                break;
            }
            p = e + 1;
            int q = cityParticleEnd(t, p);
            if (q > p) {
                return q; // "Freiburg im Breisgau", "Frankfurt am Main" (round 33)
            }
        }
        return end;
    }

    /** German weekday, month and time-of-day nouns: "10115 Berlin am Montag" names no city "Berlin am Montag". */
    private static final Set<String> GERMAN_TIME_NOUNS = Set.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
            "Sonntag", "Wochenende", "Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend", "Januar", "Februar", "März", "April",
            "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Sommer", "Winter", "Herbst", "Frühling");

    /**
     * After a city word, at {@code p}: "am", "im", "an der", "ob der", "in der", "bei", then one capitalised word that ends
     * the text, its line or its clause ("Freiburg im Breisgau", "Frankfurt am Main", "Rothenburg ob der Tauber"; not
     * "Berlin am Montag"): that word's end, or {@code p}. Reads at most 60 characters.
     */
    static int cityParticleEnd(String t, int p) {
        int w = p;
        if (t.startsWith("am ", p) || t.startsWith("im ", p)) {
            w = p + 3;
        } else if (t.startsWith("bei ", p)) {
            w = p + 4;
        } else if (t.startsWith("an der ", p) || t.startsWith("ob der ", p) || t.startsWith("in der ", p)) {
            w = p + 7;
        } else {
            return p;
        }
        if (!Character.isUpperCase(Chars.at(t, w))) {
            return p;
        }
        int e = w;
        while (e < t.length() && e - w < 40 && Character.isLetter(t.charAt(e))) {
            e++;
        }
        char after = Chars.at(t, e);
        boolean closes = e == t.length() || after == '\n' || after == '\r' || after == ',' || after == ';'
                || after == '.' && !Chars.letterOrDigit(Chars.at(t, e + 1));
        return e - w >= 3 && closes && !GERMAN_TIME_NOUNS.contains(t.substring(w, e)) ? e : p;
    }

    /** Capitalised particles that open a street's name before it: "Van Speijkstraat", "De Clercqstraat", "Am Lindenweg". */
    private static final Set<String> STREET_PARTICLES = Set.of("Van", "De", "Den", "Ter", "Ten", "Sint", "Von", "Am", "Im", "Zum", "Zur",
            "Op", "Auf", "An", "In",
            // Round 44: Dutch and German adjectives that open a street's name ("Kleine Houtstraat", "Lange Nieuwstraat",
            // "Alte Gasse" read from "Gasse"): part of the street, not a word before it.
            "Kleine", "Grote", "Lange", "Korte", "Nieuwe", "Oude", "Hoge", "Lage", "Brede", "Smalle", "Kromme", "Eerste",
            "Tweede", "Derde", "Alte", "Neue", "Hohe", "Obere", "Untere", "Große", "Kleiner", "Großer", "Oberer", "Unterer");
    /** Lower-case second words of a two-word street particle: "Van der", "Van den", "An der", "Auf dem". */
    private static final Set<String> STREET_PARTICLES_2 = Set.of("der", "den", "de", "dem", "het");

    /**
     * A capitalised particle right before a street that starts with a capitalised word at {@code start} ("Van
     * Speijkstraat 41", "Van der Helststraat 5", "Am Lindenweg 7"): the particle's start, or {@code start}. "An" and "In"
     * count only with their lower-case second word ("An der Alster 4"). Reads back at most two short words.
     */
    static int particleBefore(String t, int start) {
        if (!Character.isUpperCase(Chars.at(t, start)) || start < 3 || t.charAt(start - 1) != ' ') {
            return start;
        }
        int b = start - 1;
        int s = b;
        while (s > 0 && b - s < 7 && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        String w = t.substring(s, b);
        if (STREET_PARTICLES_2.contains(w) && s >= 2 && t.charAt(s - 1) == ' ') {
            int b2 = s - 1;
            int s2 = b2;
            while (s2 > 0 && b2 - s2 < 5 && Character.isLetter(t.charAt(s2 - 1))) {
                s2--;
            }
            String w2 = t.substring(s2, b2);
            boolean two = w2.equals("Van") || w2.equals("An") || w2.equals("In") || w2.equals("Auf") || w2.equals("Von") || w2.equals("Ter");
            return two && (s2 == 0 || !Character.isLetterOrDigit(t.charAt(s2 - 1))) ? s2 : start;
        }
        boolean one = STREET_PARTICLES.contains(w) && !w.equals("An") && !w.equals("In");
        return one && (s == 0 || !Character.isLetterOrDigit(t.charAt(s - 1))) ? s : start;
    }

    /** A UK postcode at {@code k} (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA): its end, or -1. */
    static int ukPostcodeEnd(String t, int k) {
        int p = k;
        if (!Chars.upper(Chars.at(t, p))) {
            return -1;
        }
        p++;
        if (Chars.upper(Chars.at(t, p))) {
            p++;
        }
        if (!Chars.digit(Chars.at(t, p))) {
            return -1;
        }
        p++;
        if (Chars.digit(Chars.at(t, p)) || Chars.upper(Chars.at(t, p))) {
            p++;
        }
        if (Chars.at(t, p) != ' ' || !Chars.digit(Chars.at(t, p + 1)) || !Chars.upper(Chars.at(t, p + 2)) || !Chars.upper(Chars.at(t, p + 3))) {
            return -1;
        }
        p += 4;
        return Chars.letterOrDigit(Chars.at(t, p)) ? -1 : p;
    }

    private static boolean isFleetOffice(String w) {
        return w.equals("FPO") || w.equals("APO") || w.equals("DPO");
    }

    /** {@code UNITS.contains(tok.lower())}, with the first-letter, length and lower-cased-text filters in front. */
    private static boolean isUnit(String l, Tokens.Token tok) {
        return mayBeListed(tok.first(), tok.length(), UNIT_FIRST, UNIT_MAX) && UNIT_WORDS.contains(l, tok.start(), tok.end())
                && UNITS.contains(tok.lower());
    }

    /**
     * The last two characters, lower case, of every street ending and street word ({@link #COMPOUND}, "str.", "u.")
     * whose last two characters are ASCII: bit {@code (a << 7) | b}.
     */
    private static final long[] COMPOUND_PAIRS = compoundPairs();

    private static long[] compoundPairs() {
        long[] bits = new long[256];
        List<String> words = new java.util.ArrayList<>(List.of(COMPOUND));
        words.add("str.");
        words.add("u.");
        for (String w : words) {
            char a = w.charAt(w.length() - 2);
            char b = w.charAt(w.length() - 1);
            if (a < 0x80 && b < 0x80) {
                int bit = a << 7 | b;
                bits[bit >>> 6] |= 1L << bit;
            }
        }
        return bits;
    }

    /**
     * False only when the word {@code t[start, end)} lower-cased ({@code String.toLowerCase(Locale.ROOT)}) can neither
     * end with a street ending ({@link #compound}) nor be a street word ({@link #isCompoundWord}): its last two
     * characters are ASCII, so they are the last two of the lower-cased word (only 'İ' grows when lower-cased, and only
     * a sigma depends on its neighbours), and no listed word ends with that pair (every listed word has two or more
     * characters). A shorter word or a non-ASCII ending is left to the lists.
     */
    static boolean mayEndCompound(String t, int start, int end) {
        if (end - start < 2) {
            return true;
        }
        char a = t.charAt(end - 2);
        char b = t.charAt(end - 1);
        if (a >= 0x80 || b >= 0x80) {
            return true;
        }
        if (a >= 'A' && a <= 'Z') {
            a = (char) (a + 32);
        }
        if (b >= 'A' && b <= 'Z') {
            b = (char) (b + 32);
        }
        int bit = a << 7 | b;
        return (COMPOUND_PAIRS[bit >>> 6] & 1L << bit) != 0;
    }

    /** The unfiltered answer {@link #mayEndCompound} stands in front of (for its test). */
    static boolean compoundOrStreetWord(String word) {
        String lw = word.toLowerCase(Locale.ROOT);
        return compound(lw) || isCompoundWord(lw);
    }

    private static boolean isCompoundWord(String lw) {
        for (String c : COMPOUND) {
            if (lw.equals(c)) {
                return true;
            }
        }
        return lw.equals("str.") || lw.equals("u.");
    }

    private static boolean compound(String lw) {
        for (String c : COMPOUND) {
            if (lw.endsWith(c) && lw.length() > c.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number {@link #followedByHouseNumber} reads after a word ends there begins with a 0 and another group
     * of digits follows it ("on 0172 4839 261"): a trunk prefix. A unit's "Apt. 004" or "Suite 019" alone stays. Reads
     * the number and two characters after it: at most eight characters past {@code end}.
     */
    static boolean zeroLedNumber(String t, int end) {
        int k = Chars.at(t, end) == '.' ? end + 1 : end;
        if (Chars.at(t, k) != ' ' || Chars.at(t, k + 1) != '0') {
            return false;
        }
        int e = k + 1;
        while (Chars.digit(Chars.at(t, e)) && e - k <= 5) {
            e++;
        }
        return (Chars.at(t, e) == ' ' || Chars.at(t, e) == '-') && Chars.digit(Chars.at(t, e + 1));
    }

    /** " 15", " 15a", " 15." right after a word: a house number. */
    private static boolean followedByHouseNumber(String t, int end) {
        int k = end;
        if (Chars.at(t, k) == '.') {
            k++;
        }
        if (Chars.at(t, k) != ' ' || !Chars.digit(Chars.at(t, k + 1))) {
            return false;
        }
        int e = k + 1;
        while (Chars.digit(Chars.at(t, e)) && e - k <= 5) {
            e++;
        }
        if (e - k - 1 > 5) {
            return false;
        }
        if (Chars.asciiLetter(Chars.at(t, e)) && !Chars.letterOrDigit(Chars.at(t, e + 1))) {
            e++;
        }
        char n = Chars.at(t, e);
        if ((n == '/' || n == '-') && secondPart(t, e) > e) {
            return true;
        }
        return !Chars.letterOrDigit(n) && n != ':' && !((n == '.' || n == ',' || n == '/' || n == '-') && Chars.digit(Chars.at(t, e + 1)));
    }

    /**
     * The end of a house number's second part at {@code k} ("-2" in "14-2", "/92" in "84/92", "/B" in "7/B"): a slash or
     * dash, one to three digits or one capital letter, then no letter, digit or further date-like part ("12/03/1985",
     * "1-2-3" are none). {@code k} when there is none.
     */
    private static int secondPart(String t, int k) {
        char c = Chars.at(t, k);
        if (c != '/' && c != '-') {
            return k;
        }
        int e = k + 1;
        while (Chars.digit(Chars.at(t, e)) && e - k <= 3) {
            e++;
        }
        if (e == k + 1 && Chars.upper(Chars.at(t, e))) {
            e++;
        }
        char n = Chars.at(t, e);
        if (e > k + 1 && e - k <= 4 && c == '/' && n == '/') {
            return austrianDoor(t, k, e);
        }
        if (e == k + 1 || e - k > 4 || Chars.letterOrDigit(n) || n == ':'
                || (n == '/' || n == '-' || n == '.') && Chars.letterOrDigit(Chars.at(t, e + 1))) {
            return k;
        }
        return e;
    }

    /**
     * An Austrian house number's stair and door ("58/3/21": number, Stiege, Tür): a third part of one to three digits after
     * a second slash, nothing glued after it, kept only where the three parts cannot be a date — the first above 31, or
     * the last a single digit (no year is written so: "14/2/7"); "12/03/14" stays unread. {@code k} when there is none.
     */
    private static int austrianDoor(String t, int k, int e) {
        int f = e + 1;
        while (Chars.digit(Chars.at(t, f)) && f - e <= 3) {
            f++;
        }
        char m = Chars.at(t, f);
        if (f == e + 1 || f - e > 4 || Chars.letterOrDigit(m) || m == ':' || m == '/' || m == '-'
                || m == '.' && Chars.letterOrDigit(Chars.at(t, f + 1))) {
            return k;
        }
        int b = k;
        while (b > 0 && k - b < 5 && Chars.digit(t.charAt(b - 1))) {
            b--;
        }
        int first = b < k ? Integer.parseInt(t, b, k, 10) : 0;
        return first > 31 || f - e == 2 ? f : k;
    }

    private static final Set<String> DUTCH_FLOORS = Set.of("I", "II", "III", "IV");

    private static int houseNumberEnd(String t, int wordEnd) {
        int k = wordEnd;
        if (Chars.at(t, k) == '.') {
            k++;
        }
        int e = k + 1;
        while (Chars.digit(Chars.at(t, e))) {
            e++;
        }
        if (Chars.asciiLetter(Chars.at(t, e)) && !Chars.letterOrDigit(Chars.at(t, e + 1))) {
            e++;
        }
        // "88-bis", "14-ter": the Dutch, French and Italian repeat of a house number
        if (Chars.at(t, e) == '-' && (t.startsWith("bis", e + 1) || t.startsWith("ter", e + 1)) && !Chars.letterOrDigit(Chars.at(t, e + 4))) {
            return e + 4;
        }
        // "312-II", "45-III", "8-hs": the Dutch floor after the house number (a Roman numeral up to IV, or "hs" for
        // the ground floor), closed by a blank, a comma or the end.
        if (Chars.at(t, e) == '-') {
            int f = e + 1;
            while (f < e + 4 && (Chars.at(t, f) == 'I' || Chars.at(t, f) == 'V')) {
                f++;
            }
            boolean roman = DUTCH_FLOORS.contains(t.substring(e + 1, f));
            if (!roman && t.startsWith("hs", e + 1)) {
                f = e + 3;
                roman = true;
            }
            if (roman && !Chars.letterOrDigit(Chars.at(t, f)) && Chars.at(t, f) != '-') {
                return f;
            }
        }
        return secondPart(t, e);
    }

    /** "12 Hammarvägen 15": a number (1–6 digits) right before the street is part of it. */
    private static int numberBefore(String t, int wordStart) {
        if (Chars.at(t, wordStart - 1) == ' ' && Chars.digit(Chars.at(t, wordStart - 2))) {
            int s = wordStart - 2;
            while (s > 0 && Chars.digit(t.charAt(s - 1)) && wordStart - 2 - s < 6) {
                s--;
            }
            char p = Chars.at(t, s - 1);
            // Not the end of a date or another number ("12/03/1985 221B Baker Street").
            if (!Chars.letterOrDigit(p) && p != '/' && p != '.' && p != '-' && p != ':') {
                return s;
            }
        }
        return wordStart;
    }

    /**
     * The start of "&lt;number&gt; [direction] [up to three capitalised words] &lt;suffix&gt;" ending at token i, or -1:
     * the number may carry a letter or a "-12"/"/3" part ("221B", "12-14").
     */
    private static int numberedStreetStart(String t, List<Tokens.Token> tokens, int i) {
        int best = -1;
        int k = i;
        for (int words = 0; words <= 4 && k >= 0; words++) {
            // "42nd": the letters are the token, the digits before them belong to the street's name.
            int wordStart = k < i ? ordinalStart(t, tokens.get(k)) : tokens.get(k).start();
            int number = houseNumberStart(t, wordStart);
            if (number >= 0 && (k < i || words == 0)) {
                best = number;
            }
            if (k == 0 || words == 4) {
                break;
            }
            Tokens.Token prev = tokens.get(k - 1);
            if (prev.end() + 1 != wordStart || t.charAt(prev.end()) != ' '
                    || !(prev.capitalized() || DIRECTIONS.contains(prev.text()) || ordinalStart(t, prev) < prev.start())) {
                break;
            }
            k--;
        }
        return best;
    }

    /**
     * Where a numbered street's name starts when token {@code tok} is the ordinal ending of "42nd", "5th", "101st",
     * "3rd" (one to three digits glued before it, a blank or the text's start before them, the ending matching the last
     * digit); the token's start otherwise.
     */
    static int ordinalStart(String t, Tokens.Token tok) {
        int s = tok.start();
        if (tok.length() != 2 || !Chars.digit(Chars.at(t, s - 1))) {
            return s;
        }
        int d = s;
        while (d > 0 && Chars.digit(t.charAt(d - 1)) && s - d < 4) {
            d--;
        }
        if (s - d > 3 || d > 0 && t.charAt(d - 1) != ' ') {
            return s;
        }
        char last = t.charAt(s - 1);
        boolean teen = s - d >= 2 && t.charAt(s - 2) == '1';
        String end = t.substring(s, s + 2).toLowerCase(Locale.ROOT);
        boolean ok = switch (end) {
            case "st" -> last == '1' && !teen;
            case "nd" -> last == '2' && !teen;
            case "rd" -> last == '3' && !teen;
            case "th" -> teen || last != '1' && last != '2' && last != '3';
            default -> false;
        };
        return ok ? d : s;
    }

    /** "221B ", "1600 ", "12-14 ", "7/3 " ending right before {@code wordStart} (a blank, maybe a comma between). */
    private static int houseNumberStart(String t, int wordStart) {
        int k = wordStart - 1;
        if (Chars.at(t, k) != ' ') {
            return -1;
        }
        k--;
        if (Chars.at(t, k) == ',') {
            k--;
        }
        // "27 bis boulevard …", "3 ter rue …": the French repeat words between the number and the street.
        if (k >= 4 && Chars.at(t, k) == 's' && t.startsWith(" bis", k - 3) && Chars.digit(Chars.at(t, k - 4))) {
            k -= 4;
        } else if (k >= 4 && Chars.at(t, k) == 'r' && t.startsWith(" ter", k - 3) && Chars.digit(Chars.at(t, k - 4))) {
            k -= 4;
        }
        if (Chars.asciiLetter(Chars.at(t, k)) && Chars.digit(Chars.at(t, k - 1))) {
            k--;
        }
        int e = k + 1;
        int s = e;
        while (s > 0 && Chars.digit(t.charAt(s - 1)) && e - s < 6) {
            s--;
        }
        if (s == e) {
            return -1;
        }
        if ((Chars.at(t, s - 1) == '-' || Chars.at(t, s - 1) == '/') && Chars.digit(Chars.at(t, s - 2))) {
            int e2 = s - 1;
            s = e2;
            while (s > 0 && Chars.digit(t.charAt(s - 1)) && e2 - s < 6) {
                s--;
            }
        }
        char p = Chars.at(t, s - 1);
        if (p == '/' && Chars.digit(Chars.at(t, s - 2)) && t.charAt(s) != '0') {
            // "Unit 12/40-44 Wattle Avenue" (round 29): the Australian unit, a slash and a range of house numbers,
            // kept whole when a unit word stands right before the unit's number (up to four digits).
            int u = s - 1;
            int us = u;
            while (us > 0 && Chars.digit(t.charAt(us - 1)) && u - us < 5) {
                us--;
            }
            return u - us <= 4 && unitWordBefore(t, us) ? us : -1;
        }
        return Chars.letterOrDigit(p) || p == '.' || p == '-' || p == '/' || p == ':' || p == '$' || p == '£' || p == '€' ? -1 : s;
    }

    /** A capitalised unit word of {@link #UNITS} and one blank right before {@code k} ("Unit 7", "Apt 3"). Reads 12 characters. */
    private static boolean unitWordBefore(String t, int k) {
        if (k < 3 || t.charAt(k - 1) != ' ') {
            return false;
        }
        int w = k - 1;
        int ws = w;
        while (ws > 0 && Chars.asciiLetter(t.charAt(ws - 1)) && w - ws < 10) {
            ws--;
        }
        return ws < w && Character.isUpperCase(t.charAt(ws)) && !Chars.letterOrDigit(Chars.at(t, ws - 1))
                && UNITS.contains(t.substring(ws, w).toLowerCase(Locale.ROOT));
    }

    /** After the suffix: an optional dot, a direction ("NW") and a unit (", Apt 4B"). */
    private static int afterStreet(String t, String l, List<Tokens.Token> tokens, int i) {
        Tokens.Token suffix = tokens.get(i);
        int end = suffix.end();
        if (Chars.at(t, end) == '.') {
            end++;
        }
        if (i + 1 < tokens.size()) {
            Tokens.Token next = tokens.get(i + 1);
            if (next.start() == end + 1 && t.charAt(end) == ' ' && DIRECTIONS.contains(next.text()) && next.text().length() <= 2
                    && !Chars.letterOrDigit(Chars.at(t, next.end()))) {
                end = next.end();
            }
        }
        return unit(t, l, end);
    }

    /** ", Apt 4", " Suite 200", " #12", " Flat 3B" after a street; or a floor and door ({@link #floorAndDoor}). */
    private static int unit(String t, String l, int end) {
        int f = floorAndDoor(t, l, end);
        if (f > end) {
            return f;
        }
        int k = end;
        if (Chars.at(t, k) == ',') {
            k++;
        }
        k = Chars.skipBlanks(t, k);
        if (k == end && Chars.at(t, k) != '#') {
            return end;
        }
        return unitAt(t, l, k, end);
    }

    /** Door words after a Spanish or Portuguese floor: left, right, centre, front. */
    private static final Set<String> DOORS = Set.of("izq", "izda", "izquierda", "dcha", "dch", "der", "dra", "derecha", "centro",
            "ctro", "esq", "esqº", "dto", "dta", "dtº", "frente", "fte", "bajo", "puerta", "pta");

    /**
     * A floor and door after a house number, on the same line: the Spanish and Portuguese ordinal floor ", 3º 2ª",
     * ", 1º izq.", ", 3º B", ", 2º Esq" (one or two digits and º, ª or °, then maybe a door: a number with or without its
     * ordinal sign, one capital letter, or a door word), and the Polish flat ", m. 15", " lok. 3". The end, or
     * {@code end} when none. Bounded look-ahead.
     */
    static int floorAndDoor(String t, String l, int end) {
        int k = Chars.at(t, end) == ',' ? end + 1 : end;
        if (Chars.at(t, k) != ' ') {
            return end;
        }
        k++;
        int d = k;
        while (Chars.digit(Chars.at(t, d)) && d - k < 2) {
            d++;
        }
        char sign = Chars.at(t, d);
        if (d > k && sign == '.' && "ºª°oa".indexOf(Chars.at(t, d + 1)) >= 0 && !Chars.letterOrDigit(Chars.at(t, d + 2))) {
            // The Portuguese "2.º Esq.": a dot between the number and its ordinal sign.
            d++;
            sign = Chars.at(t, d);
        }
        if (d > k && d - k <= 2 && "rntè".indexOf(sign) >= 0 && Chars.at(t, d + 1) == ' ') {
            // The Catalan floor and door ", 4t 2a", ", 1r 1a", ", 2n 3a", ", 5è 2a": an ordinal floor (1r, 2n, 3r, 4t,
            // 5è …) only with its door after it, a number of one or two digits with or without its 'a' or 'ª'.
            int p = d + 2;
            int q = p;
            while (Chars.digit(Chars.at(t, q)) && q - p < 2) {
                q++;
            }
            if (q > p && (Chars.at(t, q) == 'a' || Chars.at(t, q) == 'ª')) {
                q++;
            }
            return q > p && !Chars.letterOrDigit(Chars.at(t, q)) ? q : end;
        }
        if (d > k && d - k <= 2 && sign == '.' && Chars.at(t, d + 1) == ' ' || l.startsWith("st. ", k) || l.startsWith("kl. ", k)) {
            // The Danish floor and side ", 2. th.", ", 3. tv.", ", st. mf.": a floor (a number, "st." the ground floor, "kl."
            // the basement) and "th" (right), "tv" (left) or "mf" (middle), with or without its dot.
            int p = l.startsWith("st. ", k) || l.startsWith("kl. ", k) ? k + 4 : d + 2;
            if ((l.startsWith("th", p) || l.startsWith("tv", p) || l.startsWith("mf", p)) && !Chars.letterOrDigit(Chars.at(t, p + 2))) {
                return Chars.at(t, p + 2) == '.' ? p + 3 : p + 2;
            }
            return end;
        }
        // The scan's text is NFKC: 'º' and 'ª' read 'o' and 'a'.
        if (d > k && (sign == 'º' || sign == 'ª' || sign == '°' || sign == 'o' || sign == 'a')) {
            int e = d + 1;
            if (Chars.at(t, e) == '.') {
                e++;
            }
            if (Chars.letterOrDigit(Chars.at(t, e))) {
                return end;
            }
            if (Chars.at(t, e) == ' ' || Chars.at(t, e) == ',' && Chars.at(t, e + 1) == ' ') {
                int p = Chars.at(t, e) == ',' ? e + 2 : e + 1;
                int q = p;
                while (Chars.digit(Chars.at(t, q)) && q - p < 2) {
                    q++;
                }
                int door = -1;
                if (q > p) {
                    char c = Chars.at(t, q);
                    door = c == 'º' || c == 'ª' || c == '°' || c == 'o' || c == 'a' ? q + 1 : q;
                } else if (Chars.upper(Chars.at(t, p)) && !Chars.letterOrDigit(Chars.at(t, p + 1))) {
                    door = p + 1;
                } else {
                    int we = Chars.wordEnd(l, p);
                    if (we > p && we - p <= 9 && DOORS.contains(l.substring(p, we))) {
                        door = we;
                    }
                }
                if (door > 0 && !Chars.letterOrDigit(Chars.at(t, door))) {
                    return Chars.at(t, door) == '.' && !Chars.letterOrDigit(Chars.at(t, door + 1)) ? door + 1 : door;
                }
            }
            return e;
        }
        // Polish "m. 15" (mieszkanie) and "lok. 3" (lokal): the flat after the house number.
        int w = k;
        if (l.startsWith("m", w) && !Chars.letter(Chars.at(t, w + 1))) {
            w += 1;
        } else if (l.startsWith("lok", w) && !Chars.letter(Chars.at(t, w + 3))) {
            w += 3;
        } else {
            return end;
        }
        if (Chars.at(t, w) == '.') {
            w++;
        }
        if (Chars.at(t, w) != ' ') {
            return end;
        }
        int v = w + 1;
        while (Chars.digit(Chars.at(t, v)) && v - w <= 4) {
            v++;
        }
        return v > w + 1 && v - w <= 4 && !Chars.letterOrDigit(Chars.at(t, v)) ? v : end;
    }

    /** A unit word ("Apt.", "Suite", "#") at {@code k} and its number; the number's end, or {@code end} when none. */
    private static int unitAt(String t, String l, int k, int end) {
        int w = k;
        if (Chars.at(t, w) == '#') {
            w++;
        } else {
            int we = Chars.wordEnd(l, w);
            if (we == w || !UNITS.contains(l.substring(w, we))) {
                return end;
            }
            w = we;
            if (Chars.at(t, w) == '.') {
                w++;
            }
            w = Chars.skipBlanks(t, w);
            if (Chars.at(t, w) == '#') {
                w++;
            }
        }
        int v = w;
        while (v < t.length() && (Chars.asciiAlnum(t.charAt(v)) || t.charAt(v) == '-') && v - w < 6) {
            v++;
        }
        return v > w && Chars.digit(t.charAt(w)) || v > w && v - w <= 2 ? v : end;
    }

    /** "Rue de Virton 38", "Via Roma 12", "Calle Mayor 5" and "12 rue de la Paix", "5 Calle Mayor". */
    private static int[] prefixed(String t, List<Tokens.Token> tokens, int i, boolean digits) {
        if (!digits) {
            return null;
        }
        Tokens.Token prefix = tokens.get(i);
        int k = i + 1;
        int names = 0;
        int lastEnd = prefix.end();
        String p = prefix.lower();
        boolean welsh = WELSH_PREFIXES.contains(p);
        // Round 50: the Polish "ul." written in lower case may take a street name in lower case ("ul. słowackiego 17/4"),
        // as its first word, when a house number follows the name.
        boolean lowerName = p.equals("ul") && prefix.text().equals("ul") && Chars.at(t, lastEnd) == '.';
        if (Chars.at(t, lastEnd) == '.' || Chars.at(t, lastEnd) == '/') {
            lastEnd++;
        }
        while (k < tokens.size() && names < 4) {
            Tokens.Token tok = tokens.get(k);
            int gap = tok.start() - lastEnd;
            if (gap < 1 || gap > 2 || t.charAt(lastEnd) != ' ' && t.charAt(lastEnd) != '\'') {
                break;
            }
            if (PARTICLES.contains(tok.lower()) || welsh && names == 0 && (tok.text().equals("y") || tok.text().equals("yr"))) {
                lastEnd = tok.end();
                k++;
                continue;
            }
            if (!tok.capitalized() && !(lowerName && names == 0 && tok.length() >= 3 && lowerLetters(tok.text()))) {
                break;
            }
            names++;
            lastEnd = tok.end();
            k++;
        }
        if (names == 0) {
            return null;
        }
        if (followedByHouseNumber(t, lastEnd)) {
            return new int[] {numberBefore(t, prefix.start()), houseNumberEnd(t, lastEnd)};
        }
        // "Jl. Sudirman No. 21", "Str. Victoriei nr. 12", "Rua Augusta, 1508": a number word or a comma before the number.
        int marker = houseNumberMarker(t, lastEnd);
        if (marker > lastEnd && followedByHouseNumber(t, marker)) {
            int e = houseNumberEnd(t, marker);
            // after a comma the number closes its part of the address: "Rua Augusta, 1508, apto 42" (not "Via Roma, 12 items")
            if (t.charAt(lastEnd) != ',' || e == t.length() || t.charAt(e) == ',' || t.charAt(e) == '\n' || brazilTail(t, e) > e) {
                return new int[] {numberBefore(t, prefix.start()), e};
            }
        }
        int before = houseNumberStart(t, prefix.start());
        if (before >= 0 && t.charAt(prefix.start() - 1) == ' ') {
            return new int[] {before, lastEnd};
        }
        return null;
    }

    /** Whether every character of {@code w} is a lower-case letter. */
    private static boolean lowerLetters(String w) {
        for (int c = 0; c < w.length(); c++) {
            if (!Character.isLowerCase(w.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * After a prefixed street's name: " No. ", " No: ", " nr. ", " Nº " or ", " before the house number; the end of the
     * marker without its last blank (so that {@link #followedByHouseNumber} reads the number), or {@code end} when none.
     */
    private static int houseNumberMarker(String t, int end) {
        if (Chars.at(t, end) == ',' && Chars.at(t, end + 1) == ' ') {
            return end + 1;
        }
        if (Chars.at(t, end) != ' ') {
            return end;
        }
        char a = Character.toLowerCase(Chars.at(t, end + 1));
        char b = Character.toLowerCase(Chars.at(t, end + 2));
        int k = end + 3;
        if (a == 'n' && (b == '.' || b == '°')) {
            // Italian and Spanish "n. 8", "n.º 41" (the scan's NFKC text reads "n.o"), "n° 5"
            k = end + 3;
            if (b == '.' && (Chars.at(t, k) == 'o' || Chars.at(t, k) == 'º' || Chars.at(t, k) == '°')) {
                k++;
            }
            if (Chars.at(t, k) == '.') {
                k++;
            }
            return Chars.at(t, k) == ' ' ? k : end;
        }
        if (!(a == 'n' && (b == 'o' || b == 'r' || b == 'º'))) {
            return end;
        }
        if (Chars.at(t, k) == '.' || Chars.at(t, k) == ':') {
            k++;
        }
        return Chars.at(t, k) == ' ' ? k : end;
    }

    /** PO boxes (0.7) and US military addresses (0.8): {start, end, score × 100}. */
    private static int[] box(String t, String l, List<Tokens.Token> tokens, int i) {
        Tokens.Token tok = tokens.get(i);
        char first = tok.first();
        if (first != 'B' && first != 'P' && first != 'U') {
            return null; // every word below starts with one of these three
        }
        String w = tok.text();
        int s = tok.start();
        if (w.equals("Box") || w.equals("BOX")) {
            int start = -1;
            if (l.startsWith("p.o. ", s - 5) || l.startsWith("p. o. ", s - 6) || l.startsWith("po ", s - 3)) {
                start = l.lastIndexOf('p', s - 2);
            } else if (l.startsWith("post office ", s - 12)) {
                start = s - 12;
            }
            int e = numberAfter(t, tok.end(), 1, 6);
            if (start >= 0 && e > 0) {
                return new int[] {start, e, 70};
            }
        }
        if (w.equals("Postbox") || w.equals("Postboks") || w.equals("Postfach")) {
            // "Postbox 53" (Nordic), "Postfach 1234" (German): one word for a PO box.
            int e = numberAfter(t, tok.end(), 1, 6);
            if (e > 0) {
                return new int[] {s, e, 70};
            }
        }
        if (w.equals("PSC") || w.equals("Unit") || w.equals("USNS") || w.equals("USS") || w.equals("USCGC")) {
            int e = numberAfter(t, tok.end(), 3, 5);
            if (e < 0) {
                return null;
            }
            int k = Chars.at(t, e) == ',' ? e + 1 : e;
            k = Chars.skipBlanks(t, k);
            if (!t.startsWith("Box", k)) {
                return null;
            }
            int end = numberAfter(t, k + 3, 3, 5);
            if (end < 0) {
                return null;
            }
            int m = skipSpace(t, end);
            if ((t.startsWith("APO ", m) || t.startsWith("FPO ", m) || t.startsWith("DPO ", m)) && t.startsWith("A", m + 4)
                    && "AEP".indexOf(Chars.at(t, m + 5)) >= 0 && Chars.at(t, m + 6) == ' ') {
                int z = numberAfter(t, m + 6, 5, 5);
                if (z > 0) {
                    end = z;
                }
            }
            return new int[] {s, end, 80};
        }
        return null;
    }

    /** The end of " <min..max digits>" starting at {@code from}, or -1. */
    private static int numberAfter(String t, int from, int min, int max) {
        if (Chars.at(t, from) != ' ') {
            return -1;
        }
        int e = from + 1;
        while (Chars.digit(Chars.at(t, e)) && e - from - 1 < max) {
            e++;
        }
        int n = e - from - 1;
        return n >= min && !Chars.letterOrDigit(Chars.at(t, e)) ? e : -1;
    }
}
