package com.safesupport.redaction.detect;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains {@link NameModel}'s weights: an averaged perceptron (Collins 2002) over greedy left-to-right decoding,
 * learning from its own previous predictions as the tagger will see them. Deterministic: a fixed shuffle seed and
 * hash features that do not depend on the JVM.
 */
public final class NameModelTrainer {

    /**
     * One labelled text: the original and its gold spans (types PERSON, LOCATION or NRP), end exclusive.
     * {@code personsOnly}: only its persons are labelled (a support-message probe, round rm1), so a token outside them
     * is no person but may be a place or a nationality: training reads a LOCATION or NRP guess there as right (no
     * update) instead of teaching O.
     */
    public record Example(String text, List<Gold> spans, boolean personsOnly) {
        public Example(String text, List<Gold> spans) {
            this(text, spans, false);
        }
    }

    public record Gold(String type, int start, int end) {
    }

    /**
     * {@code -Deval.misses=true}: {@link #evaluate} lists the PERSON misses and false positives (tuning splits only);
     * {@code -Deval.thresholds=0.4,0.2}: the score thresholds it measures at.
     */
    private static final boolean SHOW_MISSES = Boolean.getBoolean("eval.misses");

    /**
     * Word dropout: the share of gold name, place and NRP tokens that training reads as a word it never saw (their
     * word features left out; {@code -Deval.wordDropout=0.3}), so that the weights learn what the context, shape,
     * affixes and gazetteers say about a name rather than only which names the training texts hold.
     */
    static final float WORD_DROPOUT = Float.parseFloat(System.getProperty("eval.wordDropout", "0"));

    /**
     * Lexicon dropout: the share of gold name, place and NRP tokens that training reads as a word no gazetteer knows
     * ({@code -Deval.lexiconDropout=0.3}): synth_dataset_v2's generated names are nearly all in the name lists, while
     * the names of social-media texts often are not.
     */
    static final float LEXICON_DROPOUT = Float.parseFloat(System.getProperty("eval.lexiconDropout", "0"));

    private final float wordDropout;
    private final float lexiconDropout;
    private final NameModel.Lexicon lexicon;
    private final LanguagePack pack;

    public NameModelTrainer() {
        this(WORD_DROPOUT, LEXICON_DROPOUT);
    }

    /** A trainer with the given word and lexicon dropout rates (0 to 1; 0: none). */
    public NameModelTrainer(float wordDropout, float lexiconDropout) {
        this.wordDropout = wordDropout;
        this.lexiconDropout = lexiconDropout;
        Gazetteer gazetteer = Gazetteer.load();
        this.pack = LanguagePack.load("en");
        this.lexicon = NameModel.Lexicon.of(gazetteer, pack);
    }

    private record Prepared(NameModel.Sentence sentence, int[] gold, boolean personsOnly) {
    }

    /**
     * A fingerprint (64-bit FNV-1a) of the feature indices training computes for every token of {@code texts}, with
     * previous labels that vary from token to token: it changes when a feature, the tokeniser or a gazetteer value the
     * features read changes, that is when the training command would no longer write the shipped model.
     * {@code mentionsAsBlank}: read the texts as the tagger does ({@link NameModel.Sentence}); training does not.
     * {@code ShippedNameModelTest} pins it beside the shipped model's SHA-256.
     */
    long featureFingerprint(List<String> texts, boolean mentionsAsBlank) {
        long h = 0xCBF29CE484222325L;
        int[] features = new int[NameModel.MAX_FEATURES];
        for (String text : texts) {
            Scan scan = TextNormalizer.normalize(text, "en");
            NameModel.Sentence s = new NameModel.Sentence(scan.text(), scan.lower(), scan.tokens(), lexicon, mentionsAsBlank);
            for (int i = 0; i < s.size(); i++) {
                int count = s.features(i, i % NameModel.LABEL_COUNT, (i / NameModel.LABEL_COUNT) % NameModel.LABEL_COUNT, features);
                h = (h ^ count) * 0x100000001B3L;
                for (int k = 0; k < count; k++) {
                    h = (h ^ features[k]) * 0x100000001B3L;
                }
            }
            h = (h ^ 0x5EED) * 0x100000001B3L;
        }
        return h;
    }

    Prepared prepare(Example e) {
        Scan scan = TextNormalizer.normalize(e.text(), "en");
        // The texts as written: a chat mention's '@' is no blank here, as when the shipped model was trained (see
        // NameModel.Sentence); the tagger's reading of mentions is a run-time rule.
        NameModel.Sentence s = new NameModel.Sentence(scan.text(), scan.lower(), scan.tokens(), lexicon, false);
        int[] gold = new int[s.size()];
        Gold previous = null;
        for (int i = 0; i < s.size(); i++) {
            Tokens.Token t = s.token(i);
            int start = scan.originalStart(t.start());
            int end = scan.originalEnd(t.end());
            Gold covering = null;
            for (Gold g : e.spans()) {
                if (g.start() < end && start < g.end()) {
                    covering = g;
                    break;
                }
            }
            if (covering != null) {
                int b = switch (covering.type()) {
                    case "PERSON" -> 1;
                    case "LOCATION" -> 3;
                    default -> 5;
                };
                gold[i] = covering == previous ? b + 1 : b;
            }
            previous = covering;
        }
        return new Prepared(s, gold, e.personsOnly());
    }

    /** Trains for {@code epochs} passes and writes the averaged weights. */
    /**
     * What {@link NameModel}'s shortcut for ordinary words changes: tags every text with the shipped model with the
     * shortcut and without, and prints how many tokens differ (and how many of those are gold entity tokens).
     */
    public void skipCheck(List<Example> examples, String title) {
        NameModel model = NameModel.load(Gazetteer.load(), pack);
        float[] floats;
        try (java.io.InputStream in = LanguagePack.resource(NameModel.RESOURCE)) {
            floats = NameModel.read(in);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        long quantised = 0;
        long tokens = 0;
        long skippable = 0;
        long differ = 0;
        long differGold = 0;
        for (Example e : examples) {
            Prepared p = prepare(e);
            NameModel.skipOrdinaryWords = true;
            int[] fast = model.tag(p.sentence()).labels();
            NameModel.skipOrdinaryWords = false;
            int[] full = model.tag(p.sentence()).labels();
            int[] reference = floatTag(floats, p.sentence());
            for (int i = 0; i < full.length; i++) {
                if (full[i] != reference[i]) {
                    quantised++;
                }
            }
            for (int i = 0; i < fast.length; i++) {
                tokens++;
                if (p.sentence().ordinary(i)) {
                    skippable++;
                }
                if (fast[i] != full[i]) {
                    differ++;
                    if (p.gold()[i] != 0) {
                        differGold++;
                    }
                }
            }
        }
        NameModel.skipOrdinaryWords = true;
        System.out.printf("%s: %d tokens, %d ordinary words (%.1f %%), labels changed by the shortcut %d, of which gold entity tokens %d;"
                + " labels changed by 16-bit weights %d%n",
                title, tokens, skippable, 100.0 * skippable / Math.max(1, tokens), differ, differGold, quantised);
    }

    /** The tagger's greedy decoding over the float weights, without shortcuts: the reference for the checks above. */
    private static int[] floatTag(float[] weights, NameModel.Sentence s) {
        int[] labels = new int[s.size()];
        int[] features = new int[NameModel.MAX_FEATURES];
        float[] scores = new float[NameModel.LABEL_COUNT];
        int prev = 0;
        int prev2 = 0;
        for (int i = 0; i < s.size(); i++) {
            int count = s.features(i, prev, prev2, features);
            NameModel.scores(weights, features, count, scores);
            if (s.biased(i)) {
                for (int l = 1; l < NameModel.LABEL_COUNT; l++) {
                    scores[l] += NameModel.ENTITY_BIAS[l];
                }
            }
            labels[i] = NameModel.best(scores, prev);
            prev2 = prev;
            prev = labels[i];
        }
        return labels;
    }

    public void train(List<Example> examples, int epochs, OutputStream out) throws IOException {
        NameModel.write(train(examples, epochs), out);
    }

    /**
     * Span-level figures of a trained model on held-out examples (same type, overlapping), per type, at several
     * score thresholds: what the tuning of epochs and features looks at, never the report splits.
     */
    public void evaluate(float[] weights, List<Example> examples, String title, float[] bias) {
        NameModel model = new NameModel(weights, lexicon, bias);
        title = title + " bias " + bias[1] + "/" + bias[3];
        NameModelRecognizer recognizer = new NameModelRecognizer(model);
        double[] thresholds = java.util.Arrays.stream(System.getProperty("eval.thresholds", "0.4").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        for (String type : List.of("PERSON", "LOCATION", "NRP")) {
            int[] tp = new int[thresholds.length];
            int[] fp = new int[thresholds.length];
            int[] fn = new int[thresholds.length];
            for (Example e : examples) {
                Scan scan = TextNormalizer.normalize(e.text(), "en").withPack(pack);
                List<Candidate> found = new ArrayList<>();
                recognizer.recognize(scan, found);
                List<Gold> gold = e.spans().stream().filter(g -> g.type().equals(type)).toList();
                for (int k = 0; k < thresholds.length; k++) {
                    double threshold = thresholds[k];
                    List<Candidate> predicted = found.stream().filter(c -> c.type.equals(type) && c.score >= threshold).toList();
                    boolean[] used = new boolean[predicted.size()];
                    for (Gold g : gold) {
                        boolean hit = false;
                        for (int p = 0; p < predicted.size() && !hit; p++) {
                            Candidate c = predicted.get(p);
                            int start = scan.originalStart(c.start);
                            int end = scan.originalEnd(c.end);
                            if (!used[p] && start < g.end() && g.start() < end) {
                                used[p] = true;
                                hit = true;
                            }
                        }
                        if (hit) {
                            tp[k]++;
                        } else {
                            fn[k]++;
                            if (SHOW_MISSES && type.equals("PERSON") && k == 0) {
                                // What the recogniser found there instead (a LOCATION, a span below the threshold), if anything.
                                String instead = found.stream()
                                        .filter(c -> scan.originalStart(c.start) < g.end() && g.start() < scan.originalEnd(c.end))
                                        .map(c -> c.type + String.format(java.util.Locale.ROOT, "%.2f", c.score)).toList().toString();
                                System.out.printf("MISS %-22s %-14s | %s%n", "'" + e.text().substring(g.start(), g.end()) + "'", instead,
                                        e.text().substring(0, Math.min(140, e.text().length())));
                            }
                        }
                    }
                    for (int u = 0; u < used.length; u++) {
                        if (!used[u]) {
                            fp[k]++;
                            if (SHOW_MISSES && type.equals("PERSON") && k == 0) {
                                Candidate c = predicted.get(u);
                                System.out.printf("FP   %-22s | %s%n", "'" + scan.text().substring(c.start, c.end) + "'",
                                        e.text().substring(0, Math.min(140, e.text().length())).replace('\n', ' '));
                            }
                        }
                    }
                }
            }
            for (int k = 0; k < thresholds.length; k++) {
                double p = tp[k] / Math.max(1.0, tp[k] + fp[k]);
                double r = tp[k] / Math.max(1.0, tp[k] + fn[k]);
                double f2 = p + r == 0 ? 0 : 5 * p * r / (4 * p + r);
                System.out.printf("%-28s %-9s threshold %.1f: P %.3f R %.3f F2 %.3f (tp %d fp %d fn %d)%n", title, type, thresholds[k],
                        p, r, f2, tp[k], fp[k], fn[k]);
            }
        }
    }

    /** How many texts the model flags with any span, and which spans (to read, on tuning data only). */
    public void flagged(float[] weights, List<String> texts, String title, float[] bias, boolean show) {
        NameModelRecognizer recognizer = new NameModelRecognizer(new NameModel(weights, lexicon, bias));
        int flagged = 0;
        for (String text : texts) {
            Scan scan = TextNormalizer.normalize(text, "en").withPack(pack);
            List<Candidate> found = new ArrayList<>();
            recognizer.recognize(scan, found);
            found.removeIf(c -> c.score < 0.4);
            if (!found.isEmpty()) {
                flagged++;
                if (show) {
                    System.out.println("  " + found.stream().map(c -> c.type + ":" + scan.text().substring(c.start, c.end)).toList());
                }
            }
        }
        System.out.printf("%-28s flagged %d of %d (%.1f %%)%n", title + " bias " + bias[1], flagged, texts.size(), 100.0 * flagged / texts.size());
    }

    /** Trains for {@code epochs} passes; returns the averaged weights. */
    public float[] train(List<Example> examples, int epochs) {
        List<Prepared> data = new ArrayList<>();
        for (Example e : examples) {
            Prepared p = prepare(e);
            if (p.sentence().size() > 0) {
                data.add(p);
            }
        }
        int size = NameModel.BUCKETS * NameModel.STRIDE;
        float[] weights = new float[size];
        double[] totals = new double[size];
        int[] stamps = new int[size];
        int[] features = new int[NameModel.MAX_FEATURES];
        float[] scores = new float[NameModel.LABEL_COUNT];
        // -Deval.shuffleSeed=k: another order of the training texts (default 17, the shipped model's), to tell a
        // feature's effect on the tuning figures from the perceptron's own spread (docs/redaction-accuracy.md round 26).
        Random random = new Random(Long.getLong("eval.shuffleSeed", 17));
        // Dropout draws from a stream of its own, so that the shuffle is the same with and without it.
        Random dropout = new Random(Long.getLong("eval.dropoutSeed", 23));
        int clock = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(data, random);
            long tokens = 0;
            long errors = 0;
            for (Prepared p : data) {
                int prev = 0;
                int prev2 = 0;
                for (int i = 0; i < p.sentence().size(); i++) {
                    clock++;
                    int truth = p.gold()[i];
                    boolean hideWord = wordDropout > 0f && truth != 0 && dropout.nextFloat() < wordDropout;
                    boolean hideLexicon = lexiconDropout > 0f && truth != 0 && dropout.nextFloat() < lexiconDropout;
                    int count = p.sentence().features(i, prev, prev2, features, hideWord, hideLexicon);
                    NameModel.scores(weights, features, count, scores);
                    int guess = NameModel.best(scores, prev);
                    if (!NameModel.allowed(truth, prev)) {
                        // After a wrong guess the gold inside label is unreachable: learn the nearest reachable one.
                        truth = truth - 1;
                    }
                    tokens++;
                    if (p.personsOnly() && truth == 0 && guess >= 3) {
                        // an unlabelled place or nationality of a persons-only text: not known to be wrong
                        truth = guess;
                    }
                    if (guess != truth) {
                        errors++;
                        for (int f = 0; f < count; f++) {
                            int base = features[f] * NameModel.STRIDE;
                            update(weights, totals, stamps, base + truth, 1f, clock);
                            update(weights, totals, stamps, base + guess, -1f, clock);
                        }
                    }
                    prev2 = prev;
                    prev = guess;
                }
            }
            System.out.printf("epoch %d: %d tokens, training error %.4f%n", epoch, tokens, errors / (double) tokens);
        }
        float[] averaged = new float[size];
        for (int k = 0; k < size; k++) {
            double total = totals[k] + (clock - stamps[k]) * (double) weights[k];
            averaged[k] = (float) (total / clock);
            if (Math.abs(averaged[k]) < 1e-4f) {
                averaged[k] = 0f;
            }
        }
        return averaged;
    }

    private static void update(float[] weights, double[] totals, int[] stamps, int k, float delta, int clock) {
        totals[k] += (clock - stamps[k]) * (double) weights[k];
        stamps[k] = clock;
        weights[k] += delta;
    }
}
