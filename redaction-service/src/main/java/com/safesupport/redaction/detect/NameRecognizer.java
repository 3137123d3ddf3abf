package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names without a model. Runs of capitalised words are scored by what the gazetteers say about
 * each word (first name, surname, how common as an ordinary English word), their shape and position
 * (a sentence's first word is capitalised anyway) and the words around them: a title ("Mrs"), an
 * introduction ("my name is", "Dear", "regards,"), a verb of speech after ("says"). A company suffix
 * after the run ("Ltd", "Bank") rules it out. Ambiguous words ("Will", "May", "Grace") need context.
 */
public final class NameRecognizer implements Recognizer {

    /** Function words capitalised at the start of a sentence ("My IBAN", "In United States") are never names. */
    private static final Set<String> FUNCTION_WORDS = Set.of("my", "your", "his", "her", "our", "their", "its", "the", "a", "an",
            "in", "on", "at", "of", "to", "for", "from", "by", "with", "and", "or", "but", "is", "it", "this", "that", "these",
            "those", "we", "you", "he", "she", "they", "i", "me", "if", "so", "no", "yes", "hi", "hello", "dear", "thanks");

    /** Words that end a run of capitalised words: what follows them is an address, not more name. */
    private static final Set<String> STOP = Set.of("apt", "apartment", "suite", "unit", "floor", "box", "po", "room", "flat");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "le", "la",
            "del", "della", "bin", "binti", "al", "el", "ibn", "ben", "dos", "das", "ter", "ten", "y");
    private static final Pattern LOWER_INTRO = Pattern.compile(
            "\\b(?:my name is|my name's|name is|call me|this is|i am|i'm|im)\\s+([a-z][a-z'\\-]+(?:\\s+[a-z][a-z'\\-]+){0,2})");
    /** SCOWL size up to which a word is "ordinary English" and needs more evidence to be a name. */
    private static final int COMMON = 35;

    private final Gazetteer gazetteer;

    public NameRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "NameRecognizer";
    }

    @Override
    public Set<String> types() {
        return Set.of("PERSON");
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public String validator() {
        return "gazetteer";
    }

    /** Scores its own context: the generic window would let "thanks" make a name of "May". */
    @Override
    public boolean scoresOwnContext() {
        return true;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        String t = scan.text();
        LanguagePack pack = scan.pack();
        List<Tokens.Token> tokens = scan.tokens();
        int before = out.size();
        LanguagePack.ContextWords titles = pack.words("@person.title");
        LanguagePack.ContextWords intro = pack.words("@person.intro");
        LanguagePack.ContextWords after = pack.words("@person.after");
        LanguagePack.ContextWords orgs = pack.words("@person.not-before");
        LanguagePack.ContextWords broad = pack.words("PERSON");

        int i = 0;
        while (i < tokens.size()) {
            Tokens.Token first = tokens.get(i);
            if (!first.capitalized() || isTitle(first, titles) || orgs.words().contains(first.lower())) {
                i++;
                continue;
            }
            // Extend the run over capitalised words, initials and inner particles ("Ludwig van Beethoven").
            int j = i + 1;
            while (j < tokens.size() && Tokens.adjacent(t, tokens.get(j - 1), tokens.get(j))) {
                Tokens.Token next = tokens.get(j);
                // "Baker Street Maria Kowalski": a street or company word ends the run (and rules it out, below).
                if (STOP.contains(next.lower()) || orgs.words().contains(next.lower())) {
                    break;
                }
                if (next.capitalized() || next.shape() == Tokens.Shape.INITIAL) {
                    j++;
                } else if (PARTICLES.contains(next.lower()) && j + 1 < tokens.size()
                        && tokens.get(j + 1).capitalized() && Tokens.adjacent(t, next, tokens.get(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            score(scan, tokens, i, j, pack, titles, intro, after, orgs, broad, out);
            i = j;
        }
        lowerCaseIntroductions(scan, pack, out);
        enumerations(t, out.subList(before, out.size()));
    }

    private void score(Scan scan, List<Tokens.Token> tokens, int from, int to, LanguagePack pack,
                       LanguagePack.ContextWords titles, LanguagePack.ContextWords intro, LanguagePack.ContextWords after,
                       LanguagePack.ContextWords orgs, LanguagePack.ContextWords broad, List<Candidate> out) {
        // Drop ordinary words at the edges ("Thanks Maria", "Maria Please"): a name is made of name-like words.
        int s = from;
        int e = to;
        boolean titled = from > 0 && isTitle(tokens.get(from - 1), titles) && tokens.get(from).start() - tokens.get(from - 1).end() <= 2;
        while (s < e && !(titled && s == from && tokens.get(s).capitalized()) && !nameLike(tokens.get(s), pack)) {
            s++;
        }
        while (e > s && !(titled && e - 1 == from && tokens.get(from).capitalized()) && !nameLike(tokens.get(e - 1), pack)) {
            e--;
        }
        if (s >= e) {
            return;
        }
        while (e > s && tokens.get(e - 1).shape() == Tokens.Shape.INITIAL) {
            e--;
        }
        if (s >= e) {
            return;
        }
        int words = 0;
        int strong = 0;
        int known = 0;
        int ordinary = 0;
        boolean firstIsFirstName = false;
        boolean upper = true;
        for (int k = s; k < e; k++) {
            Tokens.Token tok = tokens.get(k);
            if (tok.shape() == Tokens.Shape.INITIAL || PARTICLES.contains(tok.lower())) {
                continue;
            }
            words++;
            upper &= tok.shape() == Tokens.Shape.UPPER;
            String tc = tok.titleCase();
            float fn = gazetteer.firstName(tc);
            float sn = gazetteer.surname(tc);
            boolean common = pack.commonness(tok.lower()) <= COMMON;
            if (fn > 0 || sn > 0) {
                known++;
                if (!common && (fn >= 2.5f || sn >= 2.5f)) {
                    strong++;
                }
            }
            if (words == 1) {
                firstIsFirstName = fn > 0;
            }
            if (common) {
                ordinary++;
            }
        }
        Tokens.Token head = tokens.get(s);
        Tokens.Token tail = tokens.get(e - 1);
        double score;
        if (words >= 2) {
            if (known == 0) {
                // Two or more unknown, un-English capitalised words ("Krisztián Szöllösy") are most often a foreign name.
                score = ordinary == 0 ? (head.sentenceStart() ? 0.3 : 0.45) : 0.25;
            } else if (strong >= 1 && firstIsFirstName) {
                score = 0.85;
            } else if (strong >= 1 || (known >= 2 && firstIsFirstName)) {
                score = 0.65;
            } else {
                score = 0.35;
            }
            if (words > 4) {
                score -= 0.3;
            }
        } else {
            String tc = head.titleCase();
            float fn = gazetteer.firstName(tc);
            float sn = gazetteer.surname(tc);
            int commonness = pack.commonness(head.lower());
            Gazetteer.Place place = gazetteer.place(tc);
            if (commonness <= COMMON) {
                score = 0.1;
            } else if (fn >= 3.0f) {
                score = commonness <= 50 ? 0.4 : 0.6;
            } else if (sn >= 3.0f || fn > 0) {
                score = commonness <= 50 ? 0.3 : 0.45;
            } else if (sn > 0) {
                score = 0.35;
            } else {
                score = 0.1;
            }
            if (place != null && fn < 4.0f) {
                score = "country".equals(place.kind()) ? Math.min(score, 0.2) : score - ("city".equals(place.kind()) ? 0.1 : 0.15);
            }
            if (head.sentenceStart()) {
                score -= 0.15;
            }
        }
        if (upper && words >= 1) {
            score -= 0.25;
        }
        String contextWord = null;
        String t = scan.text();
        String lower = scan.lower();
        // A title right before: "Mr. Iwase", "Dr Grusová".
        if (s > 0 && isTitle(tokens.get(s - 1), titles) && Tokens.adjacent(t, tokens.get(s - 1), head)
                || s > 0 && isTitle(tokens.get(s - 1), titles) && head.start() - tokens.get(s - 1).end() <= 2) {
            contextWord = tokens.get(s - 1).lower();
            score = Math.max(score, 0.85);
        } else {
            String word = endingRightBefore(lower, head.start(), intro);
            if (word != null) {
                contextWord = word;
                score = Math.max(score + 0.4, 0.75);
            }
        }
        if (contextWord == null && tail.end() < t.length()) {
            String word = after.findIn(lower, tail.end(), Math.min(t.length(), tail.end() + 12));
            if (word != null && score >= 0.25) {
                contextWord = word;
                score = Math.max(score + 0.3, 0.6);
            }
        }
        if (contextWord == null && score >= 0.3) {
            String word = broad.findIn(lower, head.start() - 40, head.start());
            if (word != null) {
                contextWord = word;
                score += 0.1;
            }
        }
        // A company or street word in or right after the run: "Drake PLC", "Mayo Road" are not people.
        for (int k = s + 1; k <= Math.min(to, tokens.size() - 1); k++) {
            Tokens.Token next = tokens.get(k);
            if (k < to || next.start() - tokens.get(k - 1).end() <= 2) {
                if (orgs.words().contains(next.lower())) {
                    return;
                }
            }
        }
        if (score > 0.15) {
            out.add(new Candidate("PERSON", head.start(), tail.end(), Math.min(score, 1.0), this, "gazetteer").withContext(contextWord));
        }
    }

    /** "Gaetane, Hannah, Anthony and Derek": names listed together support each other. */
    private static void enumerations(String t, List<Candidate> out) {
        List<Candidate> people = out.stream().filter(c -> c.type.equals("PERSON")).sorted(java.util.Comparator.comparingInt(c -> c.start)).toList();
        for (int k = 1; k < people.size(); k++) {
            Candidate a = people.get(k - 1);
            Candidate b = people.get(k);
            if (b.start <= a.end || b.start - a.end > 6) {
                continue;
            }
            String between = t.substring(a.end, b.start).trim();
            if ((between.equals(",") || between.equals("and") || between.equals(", and") || between.equals("&") || between.equals("or"))
                    && a.score >= 0.25 && b.score >= 0.25) {
                a.score = Math.max(a.score, 0.5);
                b.score = Math.max(b.score, 0.5);
            }
        }
    }

    /** The context entry that ends right before {@code at} (blanks, a comma or a colon between), or null. */
    static String endingRightBefore(String lower, int at, LanguagePack.ContextWords entries) {
        int k = at;
        while (k > 0 && (lower.charAt(k - 1) == ' ' || lower.charAt(k - 1) == ',' || lower.charAt(k - 1) == ':' || lower.charAt(k - 1) == '?')) {
            k--;
        }
        String best = null;
        for (String w : entries.words()) {
            if (endsWith(lower, k, w) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        for (String w : entries.phrases()) {
            if (endsWith(lower, k, w) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    private static boolean endsWith(String lower, int end, String w) {
        int from = end - w.length();
        return from >= 0 && lower.startsWith(w, from) && (from == 0 || !Character.isLetterOrDigit(lower.charAt(from - 1)));
    }

    private boolean nameLike(Tokens.Token tok, LanguagePack pack) {
        if (tok.shape() == Tokens.Shape.INITIAL || FUNCTION_WORDS.contains(tok.lower())) {
            return false;
        }
        String tc = tok.titleCase();
        Gazetteer.Place place = gazetteer.place(tc);
        if (place != null && !"city".equals(place.kind()) && gazetteer.firstName(tc) < 4.0f) {
            return false;
        }
        if (gazetteer.firstName(tc) > 0 || gazetteer.surname(tc) > 0) {
            return true;
        }
        // An unknown capitalised word that is not ordinary English may be a foreign name ("Iwase"), but not "I'm".
        int apostrophe = Math.max(tok.text().indexOf('\''), tok.text().indexOf('’'));
        if (apostrophe >= 0 && !(apostrophe == 1 && tok.text().length() > 3 && Character.isUpperCase(tok.text().charAt(2)))) {
            return false;
        }
        return tok.text().length() > 2 && pack.commonness(tok.lower()) > 70 && gazetteer.place(tc) == null;
    }

    private static boolean isTitle(Tokens.Token tok, LanguagePack.ContextWords titles) {
        return titles.words().contains(tok.lower());
    }

    private void lowerCaseIntroductions(Scan scan, LanguagePack pack, List<Candidate> out) {
        Matcher m = LOWER_INTRO.matcher(scan.text());
        while (m.find()) {
            String[] words = m.group(1).split("\\s+");
            int start = m.start(1);
            int end = start;
            int pos = start;
            for (String w : words) {
                String tc = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                boolean name = gazetteer.firstName(tc) >= 2.0f || gazetteer.surname(tc) >= 3.0f;
                // The first word must not be ordinary English; a surname after a first name may be ("john smith").
                if (!name || pack.commonness(w) <= (end == start ? COMMON : 10)) {
                    break;
                }
                end = pos + w.length();
                pos = scan.text().indexOf(' ', end);
                while (pos >= 0 && pos < scan.text().length() && scan.text().charAt(pos) == ' ') {
                    pos++;
                }
                if (pos < 0) {
                    break;
                }
            }
            if (end > start) {
                out.add(new Candidate("PERSON", start, end, 0.7, this, "gazetteer").withContext(m.group().substring(0, m.start(1) - m.start()).trim()));
            }
        }
    }
}
