package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The detection pipeline: normalise, let every recogniser propose candidates, confirm them with context
 * words, drop allow-listed values and those below the threshold, resolve overlaps (longer span first,
 * then higher score) and map the winners back to offsets in the original text. Thread-safe.
 */
public final class Analyzer {

    /** Context words near a candidate raise its score by this much (Presidio's context enhancer uses 0.35). */
    static final double CONTEXT_BOOST = 0.35;
    static final double MIN_SCORE_WITH_CONTEXT = 0.4;
    static final int CONTEXT_BEFORE = 48;
    static final int CONTEXT_AFTER = 24;

    /**
     * What one request asks for; empty {@code entities} means every type. {@code adHoc}: recognisers sent with the
     * request (null: none); {@code allowRegex}: a finding whose value contains a match of it is dropped after overlaps
     * are resolved (Presidio's {@code allow_list_match: "regex"}; null: none).
     */
    public record Options(String language, Set<String> entities, double threshold, Collection<String> allowList,
                          Collection<String> denyList, AdHocRecognizers adHoc, com.google.re2j.Pattern allowRegex) {

        public Options(String language, Set<String> entities, double threshold, Collection<String> allowList,
                       Collection<String> denyList) {
            this(language, entities, threshold, allowList, denyList, null, null);
        }

        public static Options defaults(String language, double threshold) {
            return new Options(language, Set.of(), threshold, List.of(), List.of());
        }

        /** The request's recognisers that run for its language and entities (empty when none). */
        List<AdHocRecognizers.AdHocPattern> adHocRecognizers() {
            if (adHoc == null) {
                return List.of();
            }
            List<AdHocRecognizers.AdHocPattern> out = new ArrayList<>();
            for (AdHocRecognizers.AdHocPattern r : adHoc.forLanguage(language)) {
                if (entities.isEmpty() || entities.contains(r.type)) {
                    out.add(r);
                }
            }
            return out;
        }
    }

    private final List<Recognizer> recognizers;
    /** Each recogniser's types and languages, asked once: a default method may build a new set on every call. */
    private final List<Set<String>> recognizerTypes;
    private final List<Set<String>> recognizerLanguages;
    /** Per configured language, which recognisers run for it (asked once, not two set look-ups per recogniser and text). */
    private final Map<String, boolean[]> runsFor;
    private final Map<String, LanguagePack> packs;
    private final Set<String> deploymentAllow;
    private final DenyList deploymentDeny;
    /** Round 48's names next to found spans ({@link NameNeighbours}); null without the name model. */
    private final NameNeighbours neighbours;
    /** The name model's index in {@link #recognizers}: the step runs for the languages it runs for. */
    private final int nameModel;
    private final Recognizer denyList = new Recognizer() {
        @Override
        public String name() {
            return "DenyListRecognizer";
        }

        @Override
        public Set<String> types() {
            return Set.of("DENY_LIST");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
        }
    };

    public Analyzer(List<Recognizer> recognizers, Map<String, LanguagePack> packs, Collection<String> allowList,
                    Collection<String> denyList) {
        this.recognizers = List.copyOf(recognizers);
        this.recognizerTypes = this.recognizers.stream().map(r -> Set.copyOf(r.types())).toList();
        this.recognizerLanguages = this.recognizers.stream().map(r -> Set.copyOf(r.languages())).toList();
        // Custom recognisers' own context words join the language's index under their own key, so one pass finds all.
        Map<String, java.util.Collection<String>> custom = new java.util.HashMap<>();
        for (Recognizer r : this.recognizers) {
            for (String language : packs.keySet()) {
                Set<String> words = r.contextWords(language);
                if (!words.isEmpty()) {
                    custom.put(customKey(r), words);
                }
            }
        }
        Map<String, LanguagePack> extended = new java.util.HashMap<>();
        packs.forEach((language, pack) -> extended.put(language, pack.with(custom)));
        this.packs = Map.copyOf(extended);
        Map<String, boolean[]> runs = new java.util.HashMap<>();
        for (String language : this.packs.keySet()) {
            boolean[] active = new boolean[this.recognizers.size()];
            for (int k = 0; k < active.length; k++) {
                Set<String> languages = recognizerLanguages.get(k);
                active[k] = languages.contains("*") || languages.contains(language);
            }
            runs.put(language, active);
        }
        this.runsFor = Map.copyOf(runs);
        this.deploymentAllow = lowerSet(allowList);
        this.deploymentDeny = DenyList.of(denyList);
        int model = -1;
        for (int k = 0; k < this.recognizers.size() && model < 0; k++) {
            model = this.recognizers.get(k) instanceof NameModelRecognizer ? k : -1;
        }
        this.nameModel = model;
        this.neighbours = model < 0 ? null : new NameNeighbours(BuiltInData.GAZETTEER);
    }

    static String customKey(Recognizer r) {
        return "custom:" + r.name();
    }

    /** The built-in recognisers for the given languages, without deployment allow or deny lists. */
    public static Analyzer builtIn(List<String> languages, List<String> phoneRegions, List<Recognizer> extra) {
        Gazetteer gazetteer = BuiltInData.GAZETTEER;
        Map<String, LanguagePack> packs = BuiltInData.packs(languages);
        NameModel names = packs.containsKey("en") ? BuiltInData.ENGLISH_NAMES : null;
        List<Recognizer> all = new ArrayList<>(BuiltInRecognizers.all(gazetteer, phoneRegions, names,
                names == null ? null : BuiltInData.ENGLISH_SUPPORT_NAMES));
        all.addAll(extra);
        return new Analyzer(all, packs, List.of(), List.of());
    }

    public Analyzer withLists(Collection<String> allowList, Collection<String> denyList) {
        return new Analyzer(recognizers, packs, allowList, denyList);
    }

    public List<Recognizer> recognizers() {
        return recognizers;
    }

    public Set<String> languages() {
        return packs.keySet();
    }

    public boolean supports(String language) {
        return packs.containsKey(language);
    }

    public List<Finding> analyze(String text, Options options) {
        return analyze(text, options, Deadline.NONE);
    }

    /**
     * Detects the entities of one text. Linear in the text's length; past {@code deadline} it stops with
     * {@link Deadline.Exceeded} (never a partial result).
     */
    public List<Finding> analyze(String text, Options options, Deadline deadline) {
        LanguagePack pack = pack(options);
        Scan scan = TextNormalizer.normalize(text, options.language()).withPack(pack).withDeadline(deadline);
        List<Candidate> candidates = new ArrayList<>();
        Set<String> wanted = options.entities();
        boolean[] active = runsFor.get(options.language());
        for (int k = 0; k < active.length; k++) {
            if (!runs(active, wanted, k)) {
                continue;
            }
            recognizers.get(k).recognize(scan, candidates);
            deadline.check();
        }
        for (Recognizer r : options.adHocRecognizers()) {
            r.recognize(scan, candidates);
            deadline.check();
        }
        List<Candidate> kept = keep(scan, candidates, options, DenyList.of(options.denyList()), allowSet(options));
        deadline.check();
        List<Finding> findings = notAllowedByRegex(text, resolve(scan, kept), options.allowRegex());
        deadline.check();
        return findings;
    }

    /**
     * Presidio's regex allow list: drops each finding whose value (in the caller's text) contains a match. Findings do
     * not overlap, so all the searches together read the text at most once.
     */
    private static List<Finding> notAllowedByRegex(String original, List<Finding> findings, com.google.re2j.Pattern allow) {
        if (allow == null || findings.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!allow.matcher(original.substring(f.start(), f.end())).find()) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Texts of a batch analysed together: at most this many, and at most {@link #BATCH_CHARS} characters unless one text is
     * longer. The endpoint's largest batch (100 texts) of short messages is one group; the scans held at once stay ~1 MB.
     */
    static final int BATCH_TEXTS = 128;
    static final int BATCH_CHARS = 32_768;

    /** {@link #analyzeAll(List, Options, long[])} without a time limit (tools, benchmarks). */
    public List<List<Finding>> analyzeAll(List<String> texts, Options options) {
        return analyzeAll(texts, options, null);
    }

    /**
     * Detects the entities of several texts with the same options: for each text exactly what {@link #analyze} returns,
     * in order. The texts go through each recogniser in turn (all of a group of short texts through one recogniser, then
     * all through the next), so a recogniser's tables and code stay in the processor's caches across texts instead of
     * being evicted by the ~36 others between two of its calls; each text's candidates are then filtered and resolved on
     * their own, as {@code analyze} does. Groups hold at most {@value #BATCH_TEXTS} texts and {@value #BATCH_CHARS}
     * characters (a longer text is a group of its own), so the prepared texts held at once stay bounded.
     *
     * <p>{@code nanosPerText} (null: no limit; a huge value is as good as none) gives each text its own time, as {@code analyze} would get it: a text's
     * time runs only while the engine works on that text (its normalisation, each recogniser's pass over it, its
     * post-processing), and once one text has used up its own time the call stops with {@link Deadline.Exceeded}, never
     * a partial result. So a batch takes at most the sum of its texts' times, as the same texts one after another would,
     * and one slow text cannot spend the others' time.
     */
    public List<List<Finding>> analyzeAll(List<String> texts, Options options, long[] nanosPerText) {
        LanguagePack pack = pack(options);
        if (nanosPerText != null && nanosPerText.length != texts.size()) {
            throw new IllegalArgumentException("one time limit per text");
        }
        DenyList requestDeny = DenyList.of(options.denyList());
        Set<String> allow = allowSet(options);
        List<List<Finding>> out = new ArrayList<>(texts.size());
        int from = 0;
        while (from < texts.size()) {
            int to = from + 1;
            long chars = texts.get(from).length();
            while (to < texts.size() && to - from < BATCH_TEXTS && chars + texts.get(to).length() <= BATCH_CHARS) {
                chars += texts.get(to).length();
                to++;
            }
            analyzeGroup(texts.subList(from, to), options, pack, requestDeny, allow,
                    nanosPerText == null ? null : java.util.Arrays.copyOfRange(nanosPerText, from, to), out);
            from = to;
        }
        return out;
    }

    /** One group of {@link #analyzeAll}; {@code left}: each text's remaining nanoseconds (null: no limit), spent here. */
    private void analyzeGroup(List<String> texts, Options options, LanguagePack pack, DenyList requestDeny, Set<String> allow,
                              long[] left, List<List<Finding>> out) {
        int n = texts.size();
        Scan[] scans = new Scan[n];
        List<List<Candidate>> candidates = new ArrayList<>(n);
        long now = left == null ? 0 : System.nanoTime();
        for (int i = 0; i < n; i++) {
            scans[i] = TextNormalizer.normalize(texts.get(i), options.language()).withPack(pack);
            candidates.add(new ArrayList<>());
            if (left != null) {
                long t = System.nanoTime();
                left[i] -= t - now;
                now = t;
            }
        }
        Set<String> wanted = options.entities();
        boolean[] active = runsFor.get(options.language());
        List<AdHocRecognizers.AdHocPattern> adHoc = options.adHocRecognizers();
        for (int k = 0; k < active.length + adHoc.size(); k++) {
            if (k < active.length && !runs(active, wanted, k)) {
                continue;
            }
            Recognizer recognizer = k < active.length ? recognizers.get(k) : adHoc.get(k - active.length);
            for (int i = 0; i < n; i++) {
                if (left == null) {
                    recognizer.recognize(scans[i], candidates.get(i));
                } else {
                    // The recogniser's own checks inside long loops see this text's remaining time.
                    long at = now + left[i];
                    scans[i].withDeadlineAt(left[i] > 0 && at < now ? Long.MAX_VALUE : at); // too far to add: never
                    recognizer.recognize(scans[i], candidates.get(i));
                    now = spend(left, i, now);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            List<Candidate> kept = keep(scans[i], candidates.get(i), options, requestDeny, allow);
            List<Finding> findings = notAllowedByRegex(texts.get(i), resolve(scans[i], kept), options.allowRegex());
            if (left != null) {
                now = spend(left, i, now);
            }
            out.add(findings);
        }
    }

    /** Charges the time since {@code since} to text {@code i}; past its time, {@link Deadline.Exceeded}. */
    private static long spend(long[] left, int i, long since) {
        long t = System.nanoTime();
        left[i] -= t - since;
        if (left[i] < 0) {
            throw new Deadline.Exceeded();
        }
        return t;
    }

    private LanguagePack pack(Options options) {
        LanguagePack pack = packs.get(options.language());
        if (pack == null) {
            throw new IllegalArgumentException("unsupported language");
        }
        return pack;
    }

    /** Whether recogniser {@code k} runs for the language ({@code active}) and the requested types. */
    private boolean runs(boolean[] active, Set<String> wanted, int k) {
        return active[k] && (wanted.isEmpty() || !java.util.Collections.disjoint(wanted, recognizerTypes.get(k)));
    }

    private Set<String> allowSet(Options options) {
        return options.allowList().isEmpty() ? deploymentAllow : union(deploymentAllow, lowerSet(options.allowList()));
    }

    /**
     * After the recognisers: the deny lists' candidates, then every candidate judged on its context, threshold,
     * placeholders and allow list. What is left goes to {@link #resolve}.
     */
    private List<Candidate> keep(Scan scan, List<Candidate> candidates, Options options, DenyList requestDeny, Set<String> allow) {
        Set<String> wanted = options.entities();
        if (deploymentDeny != null) {
            deploymentDeny.find(scan.lower(), denyList, candidates);
        }
        if (requestDeny != null) {
            requestDeny.find(scan.lower(), denyList, candidates);
        }

        BitSet tags = scan.hasLessThan() ? tags(scan.text()) : null;
        List<Candidate> kept = new ArrayList<>(candidates.size());
        LanguagePack.ContextHits adHocHits = null;
        for (Candidate c : candidates) {
            if (!wanted.isEmpty() && !wanted.contains(c.type)) {
                continue;
            }
            if (c.recognizer instanceof AdHocRecognizers.AdHocPattern p) {
                // The caller's own recogniser: its context words, the threshold and the allow list; none of the
                // engine's heuristics (placeholders, demo values, reference numbers, our tags) second-guess it.
                if (adHocHits == null && options.adHoc().contextIndex() != null) {
                    adHocHits = options.adHoc().context(scan.lower());
                }
                if (adHocHits != null) {
                    boost(scan, c, adHocHits, nearest(adHocHits, options.adHoc().contextIndex().id(p.contextKey), c, null));
                }
                if (c.score >= options.threshold() && c.score > 0
                        && (allow.isEmpty() || !allow.contains(scan.lower().substring(c.start, c.end).trim()))) {
                    kept.add(c);
                }
                continue;
            }
            if (tags != null) {
                int inTag = tags.nextSetBit(c.start);
                if (inTag >= 0 && inTag < c.end) {
                    continue;
                }
            }
            if (!c.recognizer.scoresOwnContext() && c.contextWord == null) {
                enhance(scan, tags, c);
            }
            if (c.requiresContext && c.contextWord == null) {
                if (c.withoutContext <= 0) {
                    continue;
                }
                c.score = c.withoutContext;
            }
            if (c.score > REFERENCE_SCORE && referenceNumber(scan.text(), scan.lower(), c)) {
                // "order no. 40021987": the business's own reference; kept low, as a bare number without context is.
                c.score = REFERENCE_SCORE;
            }
            if (c.score < options.threshold() || c.score <= 0) {
                continue;
            }
            if (placeholder(scan.text(), c) || demoValue(scan.text(), scan.lower(), c)) {
                continue;
            }
            if (c.start < c.end && "+(0123456789".indexOf(scan.text().charAt(c.start)) >= 0
                    && ServiceNumbers.serviceNumber(scan.lower(), c.start, c.end)) {
                continue; // round 39: "your helpline on 0345 …", "freephone 900 …": a business's number named as one, of any type
            }
            if (!allow.isEmpty() && allow.contains(scan.lower().substring(c.start, c.end).trim())) {
                continue;
            }
            kept.add(c);
        }
        specificOverPhone(kept);
        if (neighbours != null && runsFor.get(options.language())[nameModel] && (wanted.isEmpty() || wanted.contains("PERSON"))) {
            for (Candidate c : neighbours.find(scan, kept)) {
                if (c.score >= options.threshold() && (allow.isEmpty() || !allow.contains(scan.lower().substring(c.start, c.end).trim()))) {
                    kept.add(c);
                }
            }
        }
        if (wanted.isEmpty() || wanted.contains("PERSON")) {
            NameIdioms.dropInsideIdioms(scan.lower(), kept); // round 65: "Murphy's law", "for Pete's sake" name nobody
        }
        return kept;
    }

    /**
     * Our own tags ({@code <PERSON_1>}: {@code <[A-Z][A-Z0-9_]*_[0-9]{1,6}>}) are never personal data, nor context:
     * a text redacted twice stays the same. One forward scan from each '<'; no scan passes the next '<'.
     */
    static BitSet tags(String text) {
        BitSet bits = null;
        int n = text.length();
        for (int i = text.indexOf('<'); i >= 0 && i < n; i = text.indexOf('<', i + 1)) {
            int j = i + 1;
            if (j >= n || text.charAt(j) < 'A' || text.charAt(j) > 'Z') {
                continue;
            }
            while (j < n && (text.charAt(j) >= 'A' && text.charAt(j) <= 'Z' || text.charAt(j) >= '0' && text.charAt(j) <= '9' || text.charAt(j) == '_')) {
                j++;
            }
            if (j >= n || text.charAt(j) != '>') {
                continue;
            }
            int digits = 0;
            int k = j - 1;
            while (k > i && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
                digits++;
                k--;
            }
            if (digits < 1 || digits > 6 || k <= i + 1 || text.charAt(k) != '_') {
                continue;
            }
            if (bits == null) {
                bits = new BitSet(n);
            }
            bits.set(i, j + 1);
        }
        return bits;
    }

    /**
     * "0000 0000 0000 0000", "111111111", "0.0.0.0": a number whose digits (at least four) are all the same, with at
     * most two letters, is a placeholder, not someone's data. Dates, times and secrets are exempt ("PIN 0000" is
     * still a PIN), and so is an IP network with its prefix length ("0.0.0.0/0", as Presidio's recognizer cases read it).
     */
    static boolean placeholder(String text, Candidate c) {
        if (c.type.equals("DATE_TIME") || c.type.equals("DATE_OF_BIRTH") || c.type.equals("SECRET") || c.end - c.start > 40) {
            return false;
        }
        // The candidate's own span only (round 41, branch lq): lastIndexOf from its end ran back to the start of a text
        // without a slash, once per IP candidate — quadratic ("1.1.1.1 " repeated to 256 kB: 20x the CPU per character).
        if (c.type.equals("IP_ADDRESS") && text.indexOf('/', c.start, c.end) >= 0) {
            return false; // "0.0.0.0/0": a network written with its prefix length is a route, one IP span (round 32)
        }
        char digit = 0;
        int digits = 0;
        int letters = 0;
        for (int i = c.start; i < c.end; i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (digits > 0 && ch != digit) {
                    return false;
                }
                digit = ch;
                digits++;
            } else if (Character.isLetter(ch)) {
                letters++;
            }
        }
        return digits >= 4 && letters <= 2;
    }

    /**
     * Words that mark a value as made up for a test or an illustration: "the test password is 000000, for demo",
     * "use 123 Fake St as an example".
     */
    private static final java.util.Set<String> DEMO_WORDS = java.util.Set.of("test", "testing", "tests", "demo", "demos", "example",
            "examples", "sample", "samples", "dummy", "fake", "placeholder", "mock", "default", "defaults");

    /**
     * A dummy value said to be one: its digits (at least three, the only digits of the value; letters may only come
     * before them, as a prefix such as "sess-") are one repeated digit or a plain ascending run ("000000", "0000",
     * "sess-000000000000", "111 … Ave", "123 Fake St"), and a word such as "test", "demo", "example", "default" stands
     * within 40 characters of it in the same line. Such a value is in the text as an illustration, not as someone's
     * data. Without the word it stays a finding ("my PIN is 0000" is still a PIN). Dates and times are exempt.
     * Reads at most the value and 40 characters each side: linear.
     */
    static boolean demoValue(String text, String lower, Candidate c) {
        if (c.type.equals("DATE_TIME") || c.type.equals("DATE_OF_BIRTH") || c.end - c.start > 40) {
            return false;
        }
        int digits = 0;
        char first = 0;
        char previous = 0;
        boolean repeated = true;
        boolean ascending = true;
        boolean street = c.type.equals("STREET_ADDRESS") || c.type.equals("ADDRESS");
        for (int i = c.start; i < c.end; i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (digits == 0) {
                    first = ch;
                } else {
                    repeated &= ch == first;
                    ascending &= ch == previous + 1;
                }
                previous = ch;
                digits++;
            } else if (Character.isLetter(ch) && digits > 0 && !street) {
                return false; // letters after the digits: no plain dummy number ("sess-000a9f…")
            } else if (street && digits > 0 && Character.isLetter(ch) && i > 0 && Chars.digit(text.charAt(i - 1))) {
                return false; // "12b": a real building number's letter
            }
        }
        if (digits < 3 || !(repeated || ascending && first <= '1')) {
            return false;
        }
        int from = Math.max(0, c.start - 40);
        int to = Math.min(text.length(), c.end + 40);
        for (int k = c.start - 1; k >= from; k--) {
            if (text.charAt(k) == '\n') {
                from = k + 1;
                break;
            }
        }
        for (int k = c.end; k < to; k++) {
            if (text.charAt(k) == '\n') {
                to = k;
                break;
            }
        }
        int i = from;
        while (i < to) {
            while (i < to && !Chars.asciiLetter(lower.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < to && Chars.asciiLetter(lower.charAt(j))) {
                j++;
            }
            if (j > i && (i == 0 || !Chars.asciiLetter(lower.charAt(i - 1))) && (j >= lower.length() || !Chars.asciiLetter(lower.charAt(j)))
                    && (j <= c.start || i >= c.end) && DEMO_WORDS.contains(lower.substring(i, j))) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** The most a number right after a reference label scores: below the deployment's threshold 0.4. */
    static final double REFERENCE_SCORE = 0.3;

    /**
     * Words that name a number as the business's own reference, not the customer's: "order no. 40021987"; and the same
     * labels in German, Dutch, French, Spanish and Italian ("Bestellung 302-8841977", "bestelling 7719-3302", "commande
     * n° 55120834", round 36) — written in ASCII letters only, as the label is read.
     */
    static final Set<String> REFERENCE_WORDS = Set.of("reference", "ref", "order", "ticket", "case", "invoice", "booking",
            "tracking", "confirmation", "transaction", "contract", "queue", "claim", "complaint", "incident", "parcel",
            "shipment", "receipt", "voucher", "serial", "model", "sku", "item", "article", "dispute", "job", "build", "version",
            "part", "product", "batch", "quote",
            "bestellung", "bestellnummer", "auftrag", "auftragsnummer", "rechnung", "rechnungsnummer", "sendung",
            "sendungsnummer", "artikel", "artikelnummer", "bestelling", "bestelnummer", "ordernummer", "factuur",
            "factuurnummer", "zending", "commande", "facture", "colis", "pedido", "factura", "referencia", "ordine", "fattura",
            "spedizione", "riferimento", "articolo",
            // round 91: a contract's number ("Vertrag Nr.", "Vertragsnummer", any "…vertrag"), an article's or a
            // catalogue's ("art. no.", "cat. no.")
            "vertrag", "vertragsnummer", "vertragsnr", "catalogue", "catalog");
    /**
     * Round 91: short labels read only written short, with a filler after them ("cat. no.") or in lower case with their dot
     * ("art. 402.118.77"); round 91b: a capitalised "Art." right before the number may be a name ending a sentence ("Thanks,
     * Art. 0612 345 678 is my mobile"), so it is no label.
     */
    private static final Set<String> SHORT_REFERENCE_WORDS = Set.of("art", "cat");

    /**
     * Round 91: labels of an order's, a shipment's or a contract's number in Japanese, Chinese and Korean ("注文番号 4471-…",
     * "ご注文番号は …", "订单号：…", "주문번호 …"), read right before the number (blanks, a colon and a topic particle between).
     */
    static final Set<String> CJK_REFERENCE_LABELS = Set.of("注文番号", "注文No", "伝票番号", "追跡番号", "お問い合わせ番号",
            "契約番号", "订单号", "订单编号", "訂單號", "訂單編號", "运单号", "快递单号", "合同号", "주문번호", "송장번호", "운송장번호");
    /** Words between such a label and its number: "reference number is", "case ref no.", "ticket id", "commande n°". */
    private static final Set<String> LABEL_FILLERS = Set.of("number", "no", "nr", "num", "id", "is", "was", "code", "n",
            "nummer", "numero", "ist");

    /**
     * A number right after a reference label ("reference number 88213409", "case reference is 7730 1192 4410",
     * "ticket #5521-0093") is that reference: not a phone number nor a national identifier that its digits happen to
     * satisfy: its score is lowered to {@link #REFERENCE_SCORE}, so it is reported only below the deployment's
     * threshold (as at {@code /v1/analyze}'s default 0). Applies to values of digits and separators only, never to a
     * card number (Luhn and its own words), and reads at most four words (40 characters) back: constant work per
     * candidate.
     */
    static boolean referenceNumber(String text, String lower, Candidate c) {
        if (c.type.equals("CREDIT_CARD") || c.type.startsWith("DATE") || c.type.equals("IBAN_CODE") || c.end - c.start > 40) {
            return false;
        }
        for (int k = c.start; k < c.end; k++) {
            char ch = text.charAt(k);
            if (!Chars.digit(ch) && ch != ' ' && ch != '-' && ch != '.' && ch != '/') {
                return false;
            }
        }
        if (cjkReferenceLabel(text, c.start) || upsTrackingTail(text, c.start, c.end)) {
            return true;
        }
        int k = c.start;
        int limit = Math.max(0, c.start - 40);
        for (int words = 0; words < 4; words++) {
            while (k > limit && " :#.\t\u00b0\u00ba".indexOf(text.charAt(k - 1)) >= 0) {
                k--;
            }
            int end = k;
            while (k > limit && Chars.asciiLetter(text.charAt(k - 1))) {
                k--;
            }
            if (k == end) {
                return false;
            }
            String w = lower.substring(k, end);
            if (REFERENCE_WORDS.contains(w) || w.length() > 7 && (w.endsWith("vertrag") || w.endsWith("vertragsnummer"))
                    || SHORT_REFERENCE_WORDS.contains(w) && (words > 0
                            || end < text.length() && text.charAt(end) == '.' && Character.isLowerCase(text.charAt(k)))) {
                return true;
            }
            if (!LABEL_FILLERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Round 91: whether a label of {@link #CJK_REFERENCE_LABELS} ends right before {@code start} — blanks, a colon (either
     * width) and one topic particle ("は", "是", "는", "은") may stand between. Reads at most 16 characters back.
     */
    static boolean cjkReferenceLabel(String text, int start) {
        int k = start;
        int floor = Math.max(0, start - 16);
        while (k > floor && " \t\u00a0\u3000:\uff1a".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k > floor && "は是는은".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        for (String label : CJK_REFERENCE_LABELS) {
            if (k - label.length() >= 0 && text.startsWith(label, k - label.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 91: whether {@code start..end} is the tail of a UPS tracking number — "1Z", then sixteen letters and digits
     * (blanks between groups allowed), the last of them at {@code end}: "1Z 4E7 92A 03 1845 2290". Reads at most 32
     * characters back.
     */
    static boolean upsTrackingTail(String text, int start, int end) {
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return false;
        }
        int alnum = 0;
        int k = end;
        int floor = Math.max(0, end - 32);
        while (k > floor) {
            char ch = text.charAt(k - 1);
            if (Character.isLetterOrDigit(ch) && ch < 128) {
                alnum++;
                k--;
                if (alnum == 18) {
                    break;
                }
            } else if (ch == ' ' && k - 1 > floor && Character.isLetterOrDigit(text.charAt(k - 2))) {
                k--;
            } else {
                return false;
            }
        }
        if (alnum != 18 || k > start || (text.charAt(k) != '1') || k + 1 >= text.length()
                || text.charAt(k + 1) != 'Z' && text.charAt(k + 1) != 'z') {
            return false;
        }
        return k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1));
    }

    /** Presidio's context rule: a word of the type's list within ~48 characters before or 24 after. */
    private void enhance(Scan scan, BitSet tags, Candidate c) {
        LanguagePack.ContextHits hits = scan.context();
        if (hits.size() == 0) {
            return;
        }
        LanguagePack.ContextIndex index = scan.pack().index();
        int hit = nearest(hits, index.id(c.type), c, tags);
        if (hit < 0 && !c.recognizer.contextWords(scan.language()).isEmpty()) {
            hit = nearest(hits, index.id(customKey(c.recognizer)), c, tags);
        }
        if (hit >= 0 && DateRecognizer.clockTime(scan.text(), c)) {
            hit = -1; // round 80: a clock time alone stays at its own score, whatever word of time is near
        } else if (hit >= 0 && DateRecognizer.timeOfDay(scan.text(), c)) {
            hit = notPreposition(scan, hits, index.id(c.type), c, hit);
        }
        boost(scan, c, hits, hit);
    }

    /** Raises {@code c} for the context word {@code hit} of {@code hits} (none when -1), as Presidio's enhancer does. */
    private static void boost(Scan scan, Candidate c, LanguagePack.ContextHits hits, int hit) {
        if (hit >= 0) {
            c.contextWord = scan.lower().substring(hits.start(hit), hits.end(hit));
            c.score = Math.min(1.0, Math.max(c.score + CONTEXT_BOOST, MIN_SCORE_WITH_CONTEXT));
        }
    }

    /** "in", "at", "from": prepositions of place as much as of time, no context for a clock time alone. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from");

    /**
     * For a clock time alone: the nearest context hit that is no preposition of {@link #PLACE_PREPOSITIONS} — the next
     * ones before the candidate, then after it — or -1. At most four hits more are looked at.
     */
    private static int notPreposition(Scan scan, LanguagePack.ContextHits hits, int id, Candidate c, int hit) {
        int before = c.start;
        int after = c.end;
        for (int n = 0; n < 5 && hit >= 0; n++) {
            if (!PLACE_PREPOSITIONS.contains(scan.lower().substring(hits.start(hit), hits.end(hit)))) {
                return hit;
            }
            if (hits.end(hit) <= c.start) {
                before = hits.start(hit);
            } else {
                after = hits.end(hit);
            }
            int next = before > c.start - CONTEXT_BEFORE ? hits.lastBefore(id, c.start - CONTEXT_BEFORE, before) : -1;
            if (next >= 0 && hits.end(next) > before) {
                next = -1;
            }
            hit = next >= 0 ? next : hits.firstAfter(id, after, c.end + CONTEXT_AFTER);
            if (next < 0) {
                before = c.start - CONTEXT_BEFORE;
            }
        }
        return -1;
    }

    private static int nearest(LanguagePack.ContextHits hits, int id, Candidate c, BitSet tags) {
        if (id < 0) {
            return -1;
        }
        int hit = hits.lastBefore(id, c.start - CONTEXT_BEFORE, c.start);
        if (hit < 0) {
            hit = hits.firstAfter(id, c.end, c.end + CONTEXT_AFTER);
        }
        // Tags of an earlier redaction are not context: "<ZIP_CODE_1>" must not make "4111" a postcode.
        if (hit >= 0 && tags != null) {
            int inTag = tags.nextSetBit(hits.start(hit));
            if (inTag >= 0 && inTag < hits.end(hit)) {
                return -1;
            }
        }
        return hit;
    }

    /**
     * A phone number is the most generic reading of a digit group: where another type (an SSN, ITIN, NHS number, card,
     * date …) claims exactly the same span, that more specific entity wins, whatever the scores (not the national numbers
     * of {@link NationalIdRecognizers}: their groupings are other countries' phone groupings too). Linear: one pass to
     * collect the spans of non-phone candidates, one to drop phones on them.
     */
    static void specificOverPhone(List<Candidate> kept) {
        boolean phone = false;
        for (int k = 0; k < kept.size() && !phone; k++) {
            phone = kept.get(k).type.equals("PHONE_NUMBER");
        }
        if (!phone) {
            return; // no phone to drop (most texts): no set of spans built
        }
        java.util.HashSet<Long> specific = null;
        for (Candidate c : kept) {
            // Other countries' numbers in groups ("612 345 678" is also a Spanish mobile, and one in ten passes the TFN
            // check) do not outrank a phone number by type: the scores decide between them.
            // A national number lifted by its own context word ("CPR 230791-4127", round 29) does outrank it.
            if (!c.type.equals("PHONE_NUMBER") && (!(c.recognizer instanceof NationalIdRecognizers.Digits) || c.contextWord != null)) {
                if (specific == null) {
                    specific = new java.util.HashSet<>();
                }
                specific.add(span(c));
            }
        }
        if (specific == null) {
            return;
        }
        java.util.Set<Long> spans = specific;
        kept.removeIf(c -> c.type.equals("PHONE_NUMBER") && spans.contains(span(c)));
    }

    private static long span(Candidate c) {
        return (long) c.start << 32 | c.end;
    }

    /** Longer spans win over the spans they overlap; equal lengths go to the higher score, then the higher base score, then the earlier start. */
    private static final Comparator<Candidate> PRECEDENCE = Analyzer::precedence;

    /**
     * {@link #PRECEDENCE} as one method: the order of the chained comparator it replaced ({@code comparingInt(length)
     * .reversed().thenComparing(comparingDouble(score).reversed())…}), the same {@code Integer.compare} and
     * {@code Double.compare} in the same sequence, without four levels of comparator objects and lambdas per comparison.
     */
    static int precedence(Candidate a, Candidate b) {
        int byLength = Integer.compare(b.end - b.start, a.end - a.start);
        if (byLength != 0) {
            return byLength;
        }
        int byScore = Double.compare(b.score, a.score);
        if (byScore != 0) {
            return byScore;
        }
        // Equal after context: the recogniser that was surer without it (a checksum over a mere shape).
        int byBase = Double.compare(b.baseScore, a.baseScore);
        if (byBase != 0) {
            return byBase;
        }
        return Integer.compare(a.start, b.start);
    }
    private static final Comparator<Finding> BY_START = Comparator.comparingInt(Finding::start);

    private static List<Finding> resolve(Scan scan, List<Candidate> kept) {
        kept.sort(PRECEDENCE);
        BitSet taken = new BitSet(scan.text().length());
        List<Finding> findings = new ArrayList<>();
        for (Candidate c : kept) {
            int next = taken.nextSetBit(c.start);
            if (next >= 0 && next < c.end) {
                continue;
            }
            taken.set(c.start, c.end);
            if ("PERSON".equals(c.type) && !(c.recognizer instanceof AdHocRecognizers.AdHocPattern)
                    && Greetings.PHRASES.greetingOrClosing(scan.text(), scan.lower(), c.start, c.end)) {
                continue; // round 91: a greeting or closing phrase as a whole, no name (the span stays taken: removal only)
            }
            if (("PERSON".equals(c.type) || "LOCATION".equals(c.type)) && !(c.recognizer instanceof AdHocRecognizers.AdHocPattern)
                    && TradeNames.tradeName(scan.text(), c.start, c.end)) {
                continue; // round 93: a product's, a plan's or a firm's name in its phrase (the span stays taken: removal only)
            }
            AdHocRecognizers.AdHocPattern adHoc = c.recognizer instanceof AdHocRecognizers.AdHocPattern p ? p : null;
            findings.add(new Finding(c.type, scan.originalStart(c.start), scan.originalEnd(c.end), round(c.score),
                    c.recognizer.name(), c.validator, c.contextWord, round(c.baseScore),
                    adHoc == null ? null : adHoc.patternName, adHoc == null ? null : adHoc.regex));
        }
        findings.sort(BY_START);
        return findings;
    }

    /** Round 91's greeting and closing phrases, built on first use (the gazetteer loads once). */
    private static final class Greetings {
        static final GreetingPhrases PHRASES = new GreetingPhrases(BuiltInData.GAZETTEER);
    }

    private static Set<String> lowerSet(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                s.add(v.trim().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(s);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
