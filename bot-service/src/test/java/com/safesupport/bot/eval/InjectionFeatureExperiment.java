package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.PromptInjectionDetector;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Round 10 (issue 14): variants of the prompt-injection classifier's sparse text block judged on deepset
 * <b>train</b> 5-fold cross-validation only, with the same protocol as {@link GuardrailTraining} (the classifier
 * alone, F1 on the deepset rows, the threshold swept 0.05..0.99 with at most 0.5 % of the support negatives
 * flagged, the best of the regularisation grid). Nothing is written; no report split is read. Besides the shipped
 * folds (CRC32 of the text) it repeats the comparison on re-salted folds ({@code -Dexp.salts=a,b}), so a variant
 * must win on several fold assignments, not on one.
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.InjectionFeatureExperiment \
 *   -Dexec.args="../shared/datasets" -Dexp.variants=base,c35 -Dexp.salts=,a,b
 * </pre>
 * Variant names: {@code base} (shipped: words, word pairs, character 4-grams, present/absent, one unit-length
 * vector), {@code cLH} character n-grams of L..H characters instead of 4 (e.g. {@code c35}), {@code -cross} (the character n-grams run over the
 * words joined by single spaces, across word boundaries), {@code -aug} (a message with more
 * German than English function words also gets a second copy of its slots), suffixes {@code -log} (1 + ln
 * count instead of present/absent), {@code -idf} (times the inverse document frequency over the training rows),
 * {@code -split} (words and character n-grams each scaled to unit length, then both by 1/sqrt 2), {@code -sN} (the
 * sparse block scaled by N/10 against the embedding), {@code -nochars} (words only).
 * <p>Round 16: {@code sigN} (the rule signals enter training at N/10 instead of 1, as
 * {@code -Dguardrail.injection-signal-scale} does for the shipped model; e.g. {@code sig20}), {@code drop} (each training
 * fold also holds a copy of every row a rule fires on, its rule signals zeroed). Every line also prints, at the chosen
 * threshold, the out-of-fold recall and F1 on the deepset rows where no rule fires. The grid is
 * {@code -Dguardrail.injection-lambdas} (round 14's model: {@code base} with {@code 0.1,0.3,1,3,10}).
 * <p>Round 20: every line also prints {@code text R} (out-of-fold recall on all deepset train injections scored with
 * their rule signals zeroed) and {@code half F1} (the screen as deployed, a rule or the classifier, with the rules
 * credited on half of the train injections only, {@link GuardrailTraining#halfKnown}); {@code -Dexp.select=half}
 * chooses threshold and lambda by that F1 (as {@code -Dguardrail.injection-select=half} does in the training), and
 * {@code -Dexp.misses=true} prints the train injections the text alone misses or no rule fires on.
 * <p>Round 11: the training rows follow {@code -Dguardrail.injection-r11} ({@link GuardrailTraining#injectionRows});
 * support negatives of source {@code lookalike} are trained on but do not count in the 0.5 % of flagged support rows.
 */
public final class InjectionFeatureExperiment {

    static final int BUCKETS = Integer.getInteger("guardrail.words", 8192);
    static final int MAX_WORDS = 300;

    record Variant(String name, int lo, int hi, boolean log, boolean idf, boolean split, double scale, boolean chars, boolean aug, boolean cross,
                   double sigScale, boolean drop) {
        static Variant parse(String name) {
            int lo = 4, hi = 4;
            boolean log = false, idf = false, split = false, chars = true, aug = false, cross = false, drop = false;
            double scale = 1, sigScale = 1;
            for (String part : name.split("-")) {
                if (part.matches("c\\d\\d")) {
                    lo = part.charAt(1) - '0';
                    hi = part.charAt(2) - '0';
                } else if (part.equals("log")) {
                    log = true;
                } else if (part.equals("idf")) {
                    idf = true;
                } else if (part.equals("split")) {
                    split = true;
                } else if (part.equals("cross")) {
                    cross = true;
                } else if (part.equals("aug")) {
                    aug = true;
                } else if (part.equals("nochars")) {
                    chars = false;
                } else if (part.equals("drop")) {
                    drop = true;
                } else if (part.matches("sig\\d+")) {
                    sigScale = Integer.parseInt(part.substring(3)) / 10.0;
                } else if (part.matches("s\\d+")) {
                    scale = Integer.parseInt(part.substring(1)) / 10.0;
                } else if (!part.equals("base")) {
                    throw new IllegalArgumentException("unknown variant part " + part);
                }
            }
            return new Variant(name, lo, hi, log, idf, split, scale, chars, aug, cross, sigScale, drop);
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        Path module = Files.isDirectory(Path.of("bot-service")) ? Path.of("bot-service") : Path.of(".");
        GuardrailTraining training = GuardrailTraining.withEmbeddingCache(module);
        GuardrailTraining.Corpus corpus = GuardrailTraining.Corpus.load(data);
        List<GuardrailTraining.Example> rows = GuardrailTraining.dedupe(GuardrailTraining.injectionRows(corpus));
        training.embedMissing(rows.stream().map(GuardrailTraining.Example::text).toList());
        boolean[] y = new boolean[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).positive();
        }
        String[] salts = System.getProperty("exp.salts", "").split(",", -1);
        String[] variants = System.getProperty("exp.variants", "base").split(",");
        System.out.printf(Locale.ROOT, "%d rows, %d positive; lambdas %s; salts %s%n", rows.size(), count(y),
                java.util.Arrays.toString(GuardrailTraining.INJECTION_LAMBDAS), java.util.Arrays.toString(salts));
        for (String v : variants) {
            Variant variant = Variant.parse(v);
            double[][] x = features(rows, training.embeddings(), variant);
            double sum = 0, textSum = 0, halfSum = 0;
            StringBuilder line = new StringBuilder();
            for (String salt : salts) {
                int[] fold = new int[rows.size()];
                for (int i = 0; i < fold.length; i++) {
                    fold[i] = (int) (crc(salt + rows.get(i).text()) % 5);
                }
                double[] best = crossValidate(rows, x, y, fold, variant.drop(), PromptInjectionDetector.RULES.size());
                sum += best[0];
                line.append(String.format(Locale.ROOT, " [salt '%s' F1 %.3f t %.2f l %s; rules silent: R %.3f of %d, F1 %.3f; text R %.3f FP %d; half F1 %.3f FP %d]",
                        salt, best[0], best[1], best[2], best[3], (int) best[4], best[5], best[6], (int) best[7], best[8], (int) best[9]));
                textSum += best[6];
                halfSum += best[8];
            }
            System.out.printf(Locale.ROOT, "%-22s mean F1 %.4f text R %.3f half F1 %.4f%s%n", v, sum / salts.length, textSum / salts.length, halfSum / salts.length, line);
        }
    }

    /** The best {F1, threshold, lambda} of the grid, as {@link GuardrailTraining} chooses them. */
    static double[] crossValidate(List<GuardrailTraining.Example> rows, double[][] x, boolean[] y, int[] fold) {
        return crossValidate(rows, x, y, fold, false, PromptInjectionDetector.RULES.size());
    }

    /**
     * The best {F1, threshold, lambda} of the grid, as {@link GuardrailTraining} chooses them, then, at that choice,
     * {recall, positives, F1} on the deepset rows where no rule fires, scored out of fold (how much the classifier
     * catches by the text alone, where the rules are silent). With {@code drop} each training fold also holds a copy of
     * every row a rule fires on with its rule signals zeroed ({@link GuardrailTraining#withRulesSilent}).
     */
    static double[] crossValidate(List<GuardrailTraining.Example> rows, double[][] x, boolean[] y, int[] fold, boolean drop, int signals) {
        double bestF1 = -1, bestT = 0, bestLambda = 0;
        double[] bestOof = null, bestText = null;
        // -Dexp.select=half (round 20): the threshold and lambda chosen by the "half" F1 below instead of the
        // classifier alone.
        boolean selectHalf = System.getProperty("exp.select", "alone").equals("half");
        boolean[] fired = new boolean[rows.size()];
        boolean[] known = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            fired[i] = PromptInjectionDetector.detect(rows.get(i).text());
            known[i] = GuardrailTraining.halfKnown(rows.get(i));
        }
        for (double lambda : GuardrailTraining.INJECTION_LAMBDAS) {
            double[][] both = GuardrailTraining.outOfFoldWithText(x, y, fold, lambda, drop ? signals : 0, signals);
            double[] oof = both[0];
            for (double t = 0.05; t < 0.991; t += 0.01) {
                int tp = 0, fp = 0, fn = 0, support = 0, supportFp = 0;
                for (int i = 0; i < rows.size(); i++) {
                    boolean said = oof[i] >= t;
                    if (selectHalf && rows.get(i).source().equals("deepset")) {
                        said = known[i] ? fired[i] || said : both[1][i] >= t;
                    }
                    if (rows.get(i).source().equals("deepset")) {
                        tp += said && y[i] ? 1 : 0;
                        fp += said && !y[i] ? 1 : 0;
                        fn += !said && y[i] ? 1 : 0;
                    } else if (!y[i] && !rows.get(i).source().equals("lookalike")) {
                        support++;
                        supportFp += said ? 1 : 0;
                    }
                }
                double f1 = 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
                if ((double) supportFp / Math.max(1, support) <= 0.005 && f1 > bestF1) {
                    bestF1 = f1;
                    bestT = t;
                    bestLambda = lambda;
                    bestOof = oof;
                    bestText = both[1];
                }
            }
        }
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < rows.size(); i++) {
            boolean silent = true;
            for (int k = x[i].length - signals; k < x[i].length; k++) {
                silent &= x[i][k] == 0;
            }
            if (silent && rows.get(i).source().equals("deepset")) {
                boolean said = bestOof[i] >= bestT;
                tp += said && y[i] ? 1 : 0;
                fp += said && !y[i] ? 1 : 0;
                fn += !said && y[i] ? 1 : 0;
            }
        }
        // Round 20: the classifier where the rules do not know the phrasing. "text": every deepset row scored with its
        // rule signals zeroed (recall on all train injections, false alarms on the train negatives), as if no rule
        // fired anywhere. "half": the deployed screen (a rule fires or the classifier says so) where the rules know
        // only half of the injections' phrasings (CRC32 of "half" + text even: the rule and its signals count; odd:
        // silenced), as on the deepset test split, where the rules alone catch about half (0.517).
        int textTp = 0, textFn = 0, textFp = 0, halfTp = 0, halfFp = 0, halfFn = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).source().equals("deepset")) {
                continue;
            }
            boolean text = bestText[i] >= bestT;
            textTp += text && y[i] ? 1 : 0;
            textFn += !text && y[i] ? 1 : 0;
            textFp += text && !y[i] ? 1 : 0;
            if (Boolean.getBoolean("exp.misses") && y[i] && (!fired[i] || !text)) {
                // -Dexp.misses=true: the train injections the text alone misses, or no rule fires on (train rows only).
                System.out.printf(Locale.ROOT, "  %s p %.2f text %.2f %s: %s%n", fired[i] ? "rule" : "SILENT", bestOof[i], bestText[i],
                        notEnglish(rows.get(i).text().toLowerCase(Locale.ROOT)) ? "de" : "en", rows.get(i).text().replace('\n', ' '));
            }
            boolean said = known[i] ? fired[i] || bestOof[i] >= bestT : text;
            halfTp += said && y[i] ? 1 : 0;
            halfFp += said && !y[i] ? 1 : 0;
            halfFn += !said && y[i] ? 1 : 0;
        }
        return new double[]{bestF1, bestT, bestLambda, (double) tp / Math.max(1, tp + fn), tp + fn, 2.0 * tp / Math.max(1, 2 * tp + fp + fn),
                (double) textTp / Math.max(1, textTp + textFn), textFp, 2.0 * halfTp / Math.max(1, 2 * halfTp + halfFp + halfFn), halfFp};
    }


    static double[][] features(List<GuardrailTraining.Example> rows, Map<String, float[]> cache, Variant v) {
        List<Map<Integer, Double>> sparse = new ArrayList<>();
        for (GuardrailTraining.Example row : rows) {
            sparse.add(sparse(row.text(), v));
        }
        double[] idf = new double[BUCKETS];
        if (v.idf()) {
            int[] df = new int[BUCKETS];
            for (Map<Integer, Double> m : sparse) {
                m.keySet().forEach(k -> df[k]++);
            }
            for (int k = 0; k < BUCKETS; k++) {
                idf[k] = Math.log((1.0 + rows.size()) / (1.0 + df[k])) + 1;
            }
        }
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            float[] e = cache.get(Embedder.capped(rows.get(i).text()));
            double[] s = PromptInjectionDetector.signals(rows.get(i).text());
            for (int k = 0; k < s.length; k++) {
                s[k] *= v.sigScale();
            }
            double[] f = new double[e.length + BUCKETS + s.length];
            for (int j = 0; j < e.length; j++) {
                f[j] = e[j] * GuardrailTraining.SCALE;
            }
            Map<Integer, Double> m = sparse.get(i);
            double norm = 0;
            for (var en : m.entrySet()) {
                double val = en.getValue() * (v.idf() ? idf[en.getKey()] : 1);
                en.setValue(val);
                norm += val * val;
            }
            norm = Math.sqrt(norm);
            for (var en : m.entrySet()) {
                f[e.length + en.getKey()] = norm == 0 ? 0 : en.getValue() / norm * GuardrailTraining.SCALE * v.scale();
            }
            System.arraycopy(s, 0, f, e.length + BUCKETS, s.length);
            x[i] = f;
        }
        return x;
    }

    /** Slot to value (count, or 1 + ln count, or present) before normalisation; {@code -split} normalises each part. */
    static Map<Integer, Double> sparse(String text, Variant v) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Map<Integer, Integer> words = new TreeMap<>();
        Map<Integer, Integer> chars = new TreeMap<>();
        int previous = 0;
        boolean havePrevious = false;
        int i = 0, n = 0;
        while (i < t.length() && n < MAX_WORDS) {
            while (i < t.length() && !isWordChar(t.charAt(i))) {
                i++;
            }
            if (i >= t.length()) {
                break;
            }
            int h = 0x811c9dc5;
            int start = i;
            while (i < t.length() && isWordChar(t.charAt(i))) {
                h = (h ^ t.charAt(i)) * 0x01000193;
                i++;
            }
            if (v.chars() && !v.cross()) {
                int padded = i - start + 2;
                for (int len = v.lo(); len <= v.hi(); len++) {
                    for (int g = 0; g + len <= padded; g++) {
                        int c = 0x9747b28c;
                        for (int k = g; k < g + len; k++) {
                            char ch = k == 0 || k == padded - 1 ? ' ' : t.charAt(start + k - 1);
                            c = (c ^ ch) * 0x01000193;
                        }
                        chars.merge(Math.floorMod(c, BUCKETS), 1, Integer::sum);
                    }
                }
            }
            n++;
            words.merge(Math.floorMod(h, BUCKETS), 1, Integer::sum);
            if (havePrevious) {
                words.merge(Math.floorMod((previous * 0x01000193) ^ (h * 31 + 0x5bd1e995), BUCKETS), 1, Integer::sum);
            }
            previous = h;
            havePrevious = true;
        }
        if (v.chars() && v.cross()) {
            // -cross: character n-grams over the words joined by single spaces, so they span word boundaries.
            String joined = " " + String.join(" ", t.split("[^\\p{L}\\p{N}']+")).strip() + " ";
            for (int len = v.lo(); len <= v.hi(); len++) {
                for (int g = 0; g + len <= joined.length(); g++) {
                    int c = 0x9747b28c;
                    for (int k = g; k < g + len; k++) {
                        c = (c ^ joined.charAt(k)) * 0x01000193;
                    }
                    chars.merge(Math.floorMod(c, BUCKETS), 1, Integer::sum);
                }
            }
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        if (v.split()) {
            add(out, words, v.log(), 1 / Math.sqrt(2) / Math.sqrt(Math.max(1, norm(words, v.log()))));
            add(out, chars, v.log(), 1 / Math.sqrt(2) / Math.sqrt(Math.max(1e-9, norm(chars, v.log()))));
        } else {
            add(out, words, v.log(), 1);
            add(out, chars, v.log(), 1);
        }
        if (!v.log() && !v.split()) {
            out.replaceAll((k, val) -> 1.0);
        }
        if (v.aug() && notEnglish(t)) {
            // "Frustratingly easy" domain augmentation: a message whose function words are not English also gets
            // a second copy of its slots, so the model can weigh n-grams differently where the embedding is weak.
            Map<Integer, Double> copy = new LinkedHashMap<>();
            out.forEach((k, val) -> copy.merge(Math.floorMod((k * 0x01000193) ^ 0x5f3759df, BUCKETS), val, Double::sum));
            copy.forEach((k, val) -> out.merge(k, val, Double::sum));
        }
        return out;
    }

    static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "a", "an", "and", "or", "to", "of", "in", "on", "for",
            "is", "are", "was", "be", "you", "your", "i", "my", "me", "it", "this", "that", "what", "how", "can", "do", "with",
            "not", "please", "will", "would", "all", "now");
    static final java.util.Set<String> GERMAN = java.util.Set.of("der", "die", "das", "und", "oder", "zu", "ist", "sind",
            "nicht", "ich", "du", "sie", "es", "ein", "eine", "mit", "auf", "für", "wie", "was", "bitte", "wird", "kann",
            "den", "dem", "des", "mir", "mich", "dich", "dir", "alle", "jetzt");

    static boolean notEnglish(String lower) {
        int en = 0, de = 0;
        for (String w : lower.split("[^\\p{L}]+")) {
            en += ENGLISH.contains(w) ? 1 : 0;
            de += GERMAN.contains(w) ? 1 : 0;
        }
        return de > en;
    }

    private static double norm(Map<Integer, Integer> m, boolean log) {
        double s = 0;
        for (int c : m.values()) {
            double val = log ? 1 + Math.log(c) : 1;
            s += val * val;
        }
        return s;
    }

    private static void add(Map<Integer, Double> out, Map<Integer, Integer> m, boolean log, double factor) {
        for (var en : m.entrySet()) {
            out.merge(en.getKey(), (log ? 1 + Math.log(en.getValue()) : 1) * factor, Double::sum);
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static int count(boolean[] y) {
        int n = 0;
        for (boolean b : y) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
