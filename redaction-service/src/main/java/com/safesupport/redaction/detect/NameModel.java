package com.safesupport.redaction.detect;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned tagger for people, places and NRP (nationalities, religious and political groups): an averaged
 * perceptron over the scan's word tokens, decoded greedily left to right with BIO labels. Features are the word
 * and its neighbours, shapes, affixes, the punctuation between words, and what the gazetteers say about each word
 * (first name, surname, place, how common in English), all hashed into one fixed table, so the model is a plain
 * array of floats: no reflection, no native library, one resource file ({@code model/names-en.bin.gz}, trained by
 * {@code TrainNameModel}, see docs/redaction-accuracy.md). Cost per token: about forty table reads per label.
 *
 * <p>Hand-written rather than OpenNLP's name finder: OpenNLP runs one model per type, builds String features and
 * maps per token; this runs the three types in one pass over the tokens the engine already has, without allocating
 * per feature, and its weights load from a plain resource in a native image.
 */
public final class NameModel {

    public static final String RESOURCE = "model/names-en.bin.gz";
    /**
     * Rounds rm3/rm4: the support model, trained as the shipped one plus the project's support-message batches 1–59 and
     * 61 (TrainNameModel {@code -Deval.probeBatches=1-59,61}); its person runs count only through {@link SupportNameGate}
     * and, since round rm4, only in a person context ({@link PersonContext}).
     */
    public static final String SUPPORT_RESOURCE = "model/names-en-support.bin.gz";
    public static final String[] LABELS = {"O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION", "B-NRP", "I-NRP"};
    public static final String[] TYPES = {null, "PERSON", "PERSON", "LOCATION", "LOCATION", "NRP", "NRP"};
    static final int LABEL_COUNT = LABELS.length;
    /** Each feature's row of weights is padded to eight: 16 bytes as shorts, aligned, never split across cache lines. */
    static final int STRIDE = 8;
    static final int BITS = 17;
    static final int BUCKETS = 1 << BITS;
    /** "NAM2": the feature set of round 7; a model file of the earlier set ("NAME") is refused, not misread. */
    private static final int MAGIC = 0x4E414D32;
    static final int MAX_FEATURES = 64;

    /** Whether {@link #tag} skips ordinary words (see {@link Sentence#ordinary}); off only to measure what it changes. */
    static boolean skipOrdinaryWords = true;

    /**
     * Added to every entity label's score before decoding: the perceptron learns accuracy, the product wants recall
     * first (F2; a missed name leaks, an extra tag costs little), but not at any price on ordinary support messages.
     * Chosen on tuning data only (TrainNameModel {@code holdout}). Round 7's features at 12 against round 6's model at 8:
     * PERSON F2 on a held-out fifth of synth_dataset_v2 0.938 → 0.952, WNUT-17 dev recall 0.557 → 0.583 (precision
     * 0.821 → 0.790), banking77 train questions flagged 2.4 % → 2.4 %, clinc150 train 10.5 % → 10.2 %.
     * (Case augmentation of the training texts, TrainNameModel {@code AUGMENT}, was tried in round 5 and not kept;
     * a text-style feature in round 7: docs/redaction-accuracy.md.)
     */
    static final float[] ENTITY_BIAS = {0f, 12f, 12f, 12f, 12f, 12f, 12f};

    /**
     * The weights as 16-bit integers ({@code weight / scale}): half the memory of floats, so twice as many of the rows
     * a text reads stay in the processor's caches. {@code TrainNameModel skipcheck} counts the labels this changes on
     * the tuning splits.
     */
    private final short[] weights;
    private final float scale;
    private final Lexicon lexicon;
    private final float[] bias;

    /*
     * The features of a token that depend only on a few small values of it and its neighbours, summed ahead per
     * combination of those values (integer sums of the same 16-bit rows, so the scores are exactly those of
     * {@link Sentence#features}): the tagger reads one row per group instead of one per feature, 21–26 rows per
     * token instead of 34–39 (docs/redaction-benchmarks.md, round 9). Rows of STRIDE ints, indexed as below.
     */
    /** BIAS, SHAPE, PREV_SHAPE, NEXT_SHAPE, SHAPES by (previous shape, shape, next shape), 16 values each. */
    private final int[] shapeRows;
    /** FIRST_NAME, SURNAME, PLACE, COMMON, NAMES, LEX by (lexicon value's dense id, shape). */
    private final int[] lexRows;
    /** The dense id of each 12-bit lexicon value the lexicon holds (and 0), -1 for none. */
    private final short[] lexIds;
    /** LENGTH, ELSEWHERE, BIGRAM_PLACE by (length up to 10, elsewhere 0–2, two-word place 0–5, shape). */
    private final int[] tokenRows;
    /** PREV_TAG, PREV_TAGS, PREV_TAG_SHAPE by (previous label, the label before it, shape). */
    private final int[] tagRows;

    NameModel(float[] weights, Lexicon lexicon, float[] bias) {
        float max = 0f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        this.scale = max == 0f ? 1f : max / Short.MAX_VALUE;
        this.weights = new short[weights.length];
        for (int k = 0; k < weights.length; k++) {
            this.weights[k] = (short) Math.round(weights[k] / scale);
        }
        this.lexicon = lexicon;
        this.bias = bias;
        this.shapeRows = new int[SHAPE_VALUES * SHAPE_VALUES * SHAPE_VALUES * STRIDE];
        for (int prev = 0; prev < SHAPE_VALUES; prev++) {
            for (int sh = 0; sh < SHAPE_VALUES; sh++) {
                for (int next = 0; next < SHAPE_VALUES; next++) {
                    int row = (prev * SHAPE_VALUES + sh) * SHAPE_VALUES + next;
                    addRow(shapeRows, row, Sentence.h(Sentence.BIAS, 0));
                    addRow(shapeRows, row, Sentence.h(Sentence.SHAPE, sh));
                    addRow(shapeRows, row, Sentence.h(Sentence.PREV_SHAPE, prev));
                    addRow(shapeRows, row, Sentence.h(Sentence.NEXT_SHAPE, next));
                    addRow(shapeRows, row, Sentence.h(Sentence.SHAPES, (prev * 17 + sh) * 17 + next));
                }
            }
        }
        int[] values = lexicon == null ? new int[] {0} : lexicon.values();
        this.lexIds = new short[(int) Lexicon.VALUE + 1];
        java.util.Arrays.fill(lexIds, (short) -1);
        this.lexRows = new int[values.length * SHAPE_VALUES * STRIDE];
        for (int id = 0; id < values.length; id++) {
            int lx = values[id];
            lexIds[lx] = (short) id;
            int fn = lx & 7;
            int sn = (lx >> 3) & 7;
            int place = (lx >> 6) & 7;
            int common = (lx >> 9) & 7;
            for (int sh = 0; sh < SHAPE_VALUES; sh++) {
                int row = id * SHAPE_VALUES + sh;
                addRow(lexRows, row, Sentence.h(Sentence.FIRST_NAME, fn * 17 + sh));
                addRow(lexRows, row, Sentence.h(Sentence.SURNAME, sn * 17 + sh));
                addRow(lexRows, row, Sentence.h(Sentence.PLACE, place * 17 + sh));
                addRow(lexRows, row, Sentence.h(Sentence.COMMON, common * 17 + sh));
                addRow(lexRows, row, Sentence.h(Sentence.NAMES, (fn * 8 + sn) * 8 + common));
                addRow(lexRows, row, Sentence.h(Sentence.LEX, lx * 17 + sh));
            }
        }
        this.tokenRows = new int[LENGTH_VALUES * ELSEWHERE_VALUES * BIGRAM_VALUES * SHAPE_VALUES * STRIDE];
        for (int len = 0; len < LENGTH_VALUES; len++) {
            for (int e = 0; e < ELSEWHERE_VALUES; e++) {
                for (int b = 0; b < BIGRAM_VALUES; b++) {
                    for (int sh = 0; sh < SHAPE_VALUES; sh++) {
                        int row = ((len * ELSEWHERE_VALUES + e) * BIGRAM_VALUES + b) * SHAPE_VALUES + sh;
                        addRow(tokenRows, row, Sentence.h(Sentence.LENGTH, len * 17 + sh));
                        addRow(tokenRows, row, Sentence.h(Sentence.ELSEWHERE, e * 17 + sh));
                        addRow(tokenRows, row, Sentence.h(Sentence.BIGRAM_PLACE, b * 17 + sh));
                    }
                }
            }
        }
        this.tagRows = new int[LABEL_COUNT * LABEL_COUNT * SHAPE_VALUES * STRIDE];
        for (int prev = 0; prev < LABEL_COUNT; prev++) {
            for (int prev2 = 0; prev2 < LABEL_COUNT; prev2++) {
                for (int sh = 0; sh < SHAPE_VALUES; sh++) {
                    int row = (prev * LABEL_COUNT + prev2) * SHAPE_VALUES + sh;
                    addRow(tagRows, row, Sentence.h(Sentence.PREV_TAG, prev));
                    addRow(tagRows, row, Sentence.h(Sentence.PREV_TAGS, prev * 8 + prev2));
                    addRow(tagRows, row, Sentence.h(Sentence.PREV_TAG_SHAPE, prev * 17 + sh));
                }
            }
        }
    }

    /** Shape codes: the five shapes, plus 8 at a sentence start, and 15 for "no token". */
    private static final int SHAPE_VALUES = 16;
    private static final int LENGTH_VALUES = 11;
    private static final int ELSEWHERE_VALUES = 3;
    private static final int BIGRAM_VALUES = 8;

    private void addRow(int[] table, int row, int feature) {
        for (int l = 0; l < LABEL_COUNT; l++) {
            table[row * STRIDE + l] += weights[feature * STRIDE + l];
        }
    }

    NameModel(float[] weights, Lexicon lexicon) {
        this(weights, lexicon, ENTITY_BIAS);
    }

    /** Loads the shipped model. */
    public static NameModel load(Gazetteer gazetteer, LanguagePack pack) {
        try (InputStream in = LanguagePack.resource(RESOURCE)) {
            return new NameModel(read(in), Lexicon.of(gazetteer, pack));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    /** Loads the support model ({@link #SUPPORT_RESOURCE}) over the shipped model's lexicon: one sentence serves both. */
    static NameModel loadSupport(NameModel shipped) {
        try (InputStream in = LanguagePack.resource(SUPPORT_RESOURCE)) {
            return new NameModel(read(in), shipped.lexicon);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SUPPORT_RESOURCE, e);
        }
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** Label indices for every token of a prepared text, and the probability the model gives each. */
    public record Tagging(int[] labels, float[] confidence) {
    }

    /** Tags the tokens of one text. */
    Tagging tag(Sentence s) {
        int n = s.size();
        int[] labels = new int[n];
        float[] confidence = new float[n];
        int[] features = new int[MAX_FEATURES];
        float[] scores = new float[LABEL_COUNT];
        int prev = 0;
        int prev2 = 0;
        for (int i = 0; i < n; i++) {
            if (prev == 0 && skipOrdinaryWords && s.ordinary(i)) {
                // An ordinary lower-case English word after no entity starts none: label O without the ~33 table reads.
                labels[i] = 0;
                prev2 = prev;
                continue;
            }
            int count = s.sparseFeatures(i, prev, features);
            groupedScores(s, i, prev, prev2, features, count, scores);
            if (s.biased(i)) {
                for (int l = 1; l < LABEL_COUNT; l++) {
                    scores[l] += bias[l];
                }
            }
            int best = best(scores, prev);
            labels[i] = best;
            confidence[i] = best == 0 ? 0f : probability(scores, prev, best);
            prev2 = prev;
            prev = best;
        }
        return new Tagging(labels, confidence);
    }

    /**
     * The scores of {@link #scores} over {@link Sentence#features}, exactly (the same integer sums, grouped): the rows of
     * {@link Sentence#sparseFeatures} one by one, and one summed row of each group of small-valued features.
     */
    void groupedScores(Sentence s, int i, int prevTag, int prevTag2, int[] features, int count, float[] scores) {
        short[] w = weights;
        int n = s.size();
        int sh = s.shape[i];
        int prevShape = i > 0 ? s.shape[i - 1] : 15;
        int nextShape = i + 1 < n ? s.shape[i + 1] : 15;
        int shapeRow = ((prevShape * SHAPE_VALUES + sh) * SHAPE_VALUES + nextShape) * STRIDE;
        int lexId = lexIds[s.lex[i]];
        int len = Math.min(s.ends[i] - s.starts[i], 10);
        int elsewhere = s.elsewhere[i];
        int bigram = s.bigramPlace[i];
        int tagRow = ((prevTag * LABEL_COUNT + prevTag2) * SHAPE_VALUES + sh) * STRIDE;
        int s0, s1, s2, s3, s4, s5, s6;
        int[] t = shapeRows;
        s0 = t[shapeRow];
        s1 = t[shapeRow + 1];
        s2 = t[shapeRow + 2];
        s3 = t[shapeRow + 3];
        s4 = t[shapeRow + 4];
        s5 = t[shapeRow + 5];
        s6 = t[shapeRow + 6];
        t = tagRows;
        s0 += t[tagRow];
        s1 += t[tagRow + 1];
        s2 += t[tagRow + 2];
        s3 += t[tagRow + 3];
        s4 += t[tagRow + 4];
        s5 += t[tagRow + 5];
        s6 += t[tagRow + 6];
        if (lexId >= 0 && elsewhere < ELSEWHERE_VALUES && bigram < BIGRAM_VALUES) {
            int lexRow = (lexId * SHAPE_VALUES + sh) * STRIDE;
            int tokenRow = (((len * ELSEWHERE_VALUES + elsewhere) * BIGRAM_VALUES + bigram) * SHAPE_VALUES + sh) * STRIDE;
            t = lexRows;
            s0 += t[lexRow];
            s1 += t[lexRow + 1];
            s2 += t[lexRow + 2];
            s3 += t[lexRow + 3];
            s4 += t[lexRow + 4];
            s5 += t[lexRow + 5];
            s6 += t[lexRow + 6];
            t = tokenRows;
            s0 += t[tokenRow];
            s1 += t[tokenRow + 1];
            s2 += t[tokenRow + 2];
            s3 += t[tokenRow + 3];
            s4 += t[tokenRow + 4];
            s5 += t[tokenRow + 5];
            s6 += t[tokenRow + 6];
        } else {
            // A value outside the tables (no lexicon word has it): the features one by one.
            count = s.ungroupedFeatures(i, features, count);
        }
        for (int f = 0; f < count; f++) {
            int base = features[f] * STRIDE;
            s0 += w[base];
            s1 += w[base + 1];
            s2 += w[base + 2];
            s3 += w[base + 3];
            s4 += w[base + 4];
            s5 += w[base + 5];
            s6 += w[base + 6];
        }
        float k = scale;
        scores[0] = s0 * k;
        scores[1] = s1 * k;
        scores[2] = s2 * k;
        scores[3] = s3 * k;
        scores[4] = s4 * k;
        scores[5] = s5 * k;
        scores[6] = s6 * k;
    }

    void scores(int[] features, int count, float[] scores) {
        short[] w = weights;
        int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
        for (int f = 0; f < count; f++) {
            int base = features[f] * STRIDE;
            s0 += w[base];
            s1 += w[base + 1];
            s2 += w[base + 2];
            s3 += w[base + 3];
            s4 += w[base + 4];
            s5 += w[base + 5];
            s6 += w[base + 6];
        }
        float k = scale;
        scores[0] = s0 * k;
        scores[1] = s1 * k;
        scores[2] = s2 * k;
        scores[3] = s3 * k;
        scores[4] = s4 * k;
        scores[5] = s5 * k;
        scores[6] = s6 * k;
    }

    /** The scores over float weights that training is still changing (the trainer's view, before quantising). */
    static void scores(float[] w, int[] features, int count, float[] scores) {
        java.util.Arrays.fill(scores, 0f);
        for (int f = 0; f < count; f++) {
            int base = features[f] * STRIDE;
            for (int l = 0; l < LABEL_COUNT; l++) {
                scores[l] += w[base + l];
            }
        }
    }

    /** An inside label only continues the same type. */
    static boolean allowed(int label, int prev) {
        return label == 0 || label % 2 == 1 || prev == label || prev == label - 1;
    }

    static int best(float[] scores, int prev) {
        int best = 0;
        for (int l = 1; l < LABEL_COUNT; l++) {
            if (allowed(l, prev) && scores[l] > scores[best]) {
                best = l;
            }
        }
        return best;
    }

    private static float probability(float[] scores, int prev, int chosen) {
        double sum = 0;
        for (int l = 0; l < LABEL_COUNT; l++) {
            if (allowed(l, prev)) {
                sum += Math.exp(Math.min(30, scores[l] - scores[chosen]));
            }
        }
        return (float) (1.0 / sum);
    }

    // ---------------------------------------------------------------------------------------------- model file

    static void write(float[] weights, OutputStream out) throws IOException {
        int rows = 0;
        for (int b = 0; b < BUCKETS; b++) {
            if (nonZero(weights, b)) {
                rows++;
            }
        }
        GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(zip);
        data.writeInt(MAGIC);
        data.writeInt(BITS);
        data.writeInt(LABEL_COUNT);
        data.writeInt(rows);
        for (int b = 0; b < BUCKETS; b++) {
            if (nonZero(weights, b)) {
                data.writeInt(b);
                for (int l = 0; l < LABEL_COUNT; l++) {
                    data.writeFloat(weights[b * STRIDE + l]);
                }
            }
        }
        data.flush();
        zip.finish();
    }

    private static boolean nonZero(float[] weights, int bucket) {
        for (int l = 0; l < LABEL_COUNT; l++) {
            if (weights[bucket * STRIDE + l] != 0f) {
                return true;
            }
        }
        return false;
    }

    static float[] read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (data.readInt() != MAGIC || data.readInt() != BITS || data.readInt() != LABEL_COUNT) {
            throw new IOException("not a name model of this version");
        }
        int rows = data.readInt();
        float[] weights = new float[BUCKETS * STRIDE];
        for (int r = 0; r < rows; r++) {
            int b = data.readInt();
            for (int l = 0; l < LABEL_COUNT; l++) {
                weights[b * STRIDE + l] = data.readFloat();
            }
        }
        return weights;
    }

    // ------------------------------------------------------------------------------------------------ lexicon

    /**
     * Everything the gazetteers know about a lower-case word, packed in one int so that a token costs one hash
     * look-up: first-name and surname frequency buckets, place kind and size, SCOWL commonness bucket.
     *
     * <p>Stored as a fingerprint table: one {@code long} per slot (8 MB for ~400,000 words, open addressing at load
     * below one half), holding the word's 64-bit hash with its low 12 bits replaced by the packed value. A look-up is
     * one read of one cache line, with no key characters to fetch and compare (the earlier table of keys, offsets and
     * characters took 16 MB plus 3 MB of characters, and two cache misses per known word: a fifth of the engine's
     * samples). Exact for every word of the lexicon (the constructor refuses two words whose fingerprints agree); a
     * word absent from it is taken for another with probability about 2^-44 per look-up (the 44 hash bits the slot
     * position does not already fix), i.e. never in practice.
     */
    static final class Lexicon {
        private final long[] table;
        private final int mask;
        private final int maxKeyLength;
        private final Gazetteer gazetteer;
        /** The first words of the gazetteer's two-word places, as written ("New" of "New York"): most pairs need no look-up. */
        private final RegionMap<Integer> placeFirstWords;
        /** The second words of the same places ("York"): a pair whose second word is none of them needs no look-up either. */
        private final RegionMap<Integer> placeSecondWords;

        private Lexicon(Map<String, Integer> words, Gazetteer gazetteer) {
            int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
            this.table = new long[capacity];
            this.mask = capacity - 1;
            int longest = 0;
            for (Map.Entry<String, Integer> e : words.entrySet()) {
                String k = e.getKey();
                int value = e.getValue();
                if ((value & ~VALUE) != 0) {
                    throw new IllegalStateException("lexicon value out of range: " + k);
                }
                long h = hash64(k, 0, k.length());
                long fingerprint = fingerprint(h);
                int slot = slot(h);
                while (table[slot] != 0) {
                    if ((table[slot] & ~VALUE) == fingerprint) {
                        throw new IllegalStateException("two lexicon words share a fingerprint: " + k);
                    }
                    slot = (slot + 1) & mask;
                }
                table[slot] = fingerprint | value;
                longest = Math.max(longest, k.length());
            }
            this.maxKeyLength = longest;
            this.gazetteer = gazetteer;
            Map<String, Integer> first = new HashMap<>();
            Map<String, Integer> second = new HashMap<>();
            gazetteer.forEachPlace((name, place) -> {
                int space = name.indexOf(' ');
                if (space > 0 && name.indexOf(' ', space + 1) < 0) {
                    first.put(name.substring(0, space), 1);
                    second.put(name.substring(space + 1), 1);
                }
            });
            this.placeFirstWords = new RegionMap<>(first);
            this.placeSecondWords = new RegionMap<>(second);
        }

        static Lexicon of(Gazetteer gazetteer, LanguagePack pack) {
            Map<String, Integer> words = new HashMap<>(400_000);
            gazetteer.forEachFirstName((name, w) -> words.merge(lower(name), bucket(w), (a, b) -> keepHigher(a, b, 0)));
            gazetteer.forEachSurname((name, w) -> words.merge(lower(name), bucket(w) << 3, (a, b) -> keepHigher(a, b, 3)));
            gazetteer.forEachPlace((name, place) -> {
                if (name.indexOf(' ') < 0) {
                    words.merge(lower(name), placeBucket(place) << 6, (a, b) -> keepHigher(a, b, 6));
                }
            });
            pack.forEachCommonWord((word, size) -> words.merge(word, commonBucket(size) << 9, (a, b) -> keepHigher(a, b, 9)));
            return new Lexicon(words, gazetteer);
        }

        int of(String lowerWord) {
            return of(lowerWord, 0, lowerWord.length(), lowerWord.hashCode());
        }

        /** The packed entry of {@code lowerText[from, to)}, whose {@code String} hash is {@code hash}; 0 when none. */
        int of(String lowerText, int from, int to, int hash) {
            if (to - from > maxKeyLength) {
                return 0;
            }
            return probe(hash64(lowerText, from, to));
        }

        /** Whether a word of {@code length} characters is longer than every lexicon word (then its entry is 0). */
        boolean tooLong(int length) {
            return length > maxKeyLength;
        }

        /** The packed entry of the word whose {@link #hash64} is {@code h}; 0 when none. */
        int probe(long h) {
            long fingerprint = fingerprint(h);
            long[] t = table;
            int slot = slot(h);
            while (true) {
                long e = t[slot];
                if (e == 0) {
                    return 0;
                }
                if ((e & ~VALUE) == fingerprint) {
                    return (int) (e & VALUE);
                }
                slot = (slot + 1) & mask;
            }
        }

        /** The distinct packed values the lexicon holds, and 0 (a word it does not know), in ascending order. */
        int[] values() {
            java.util.TreeSet<Integer> values = new java.util.TreeSet<>();
            values.add(0);
            for (long e : table) {
                if (e != 0) {
                    values.add((int) (e & VALUE));
                }
            }
            return values.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The packed value's bits (four three-bit fields). */
        static final long VALUE = 0xFFF;

        /** FNV-1a over the characters, then murmur3's 64-bit finaliser. */
        static long hash64(String s, int from, int to) {
            long h = 0xCBF29CE484222325L;
            for (int i = from; i < to; i++) {
                h = (h ^ s.charAt(i)) * 0x100000001B3L;
            }
            return finish64(h);
        }

        /** {@link #hash64}'s last step, over the FNV-1a state of the characters. */
        static long finish64(long h) {
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
            return h;
        }

        private static long fingerprint(long h) {
            long f = h & ~VALUE;
            return f == 0 ? VALUE + 1 : f;
        }

        private int slot(long h) {
            return (int) (h >>> 32) & mask;
        }

        /** False when no two-word place starts with {@code text[from, to)} as written (then {@link #place} would say 0). */
        boolean mayStartPlace(String text, int from, int to) {
            return placeFirstWords.contains(text, from, to);
        }

        /** False when no two-word place ends with {@code text[from, to)} as written (then {@link #place} would say 0). */
        boolean mayEndPlace(String text, int from, int to) {
            return placeSecondWords.contains(text, from, to);
        }

        /** The place bucket of a two-word name ("New York", "Buenos Aires"), 0 when none. */
        int place(String titleCase) {
            Gazetteer.Place p = gazetteer.place(titleCase);
            return p == null ? 0 : placeBucket(p);
        }

        /** Merges {@code b}'s three-bit field at {@code shift} into {@code a}, keeping the higher of the two. */
        private static int keepHigher(int a, int b, int shift) {
            int field = Math.max((a >> shift) & 7, (b >> shift) & 7);
            return (a & ~(7 << shift)) | (field << shift);
        }

        private static String lower(String s) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }

        private static int bucket(float logFrequency) {
            return 1 + Math.max(0, Math.min(6, (int) logFrequency));
        }

        static int placeBucket(Gazetteer.Place p) {
            return switch (p.kind()) {
                case "country" -> 1;
                case "region" -> 2;
                default -> p.population() >= 1_000_000 ? 3 : p.population() >= 100_000 ? 4 : 5;
            };
        }

        /** SCOWL size 10 (most common) is bucket 6, 70 (rarest) bucket 1: a larger bucket is a more ordinary word. */
        private static int commonBucket(int size) {
            return size <= 10 ? 6 : size <= 20 ? 5 : size <= 35 ? 4 : size <= 50 ? 3 : size <= 60 ? 2 : 1;
        }
    }

    // ---------------------------------------------------------------------------------------------- features

    /** One text's tokens with what the features need, computed once (linear in the text). */
    public static final class Sentence {
        private final String text;
        private final String lowerText;
        private final List<Tokens.Token> tokens;
        private final int[] starts;
        private final int[] ends;
        /** {@code String.hashCode()} of each lower-case token, computed from the text without a substring. */
        private final int[] hash;
        private final int[] lex;
        private final int[] shape;
        private final int[] gapBefore;
        private final int[] bigramPlace;
        /**
         * Per token: 1 when the same word is written capitalised elsewhere in the text, not at a sentence start ("…
         * tanner … Tanner …"), 2 when it occurs again but never so, 0 when it occurs once.
         */
        private final int[] elsewhere;

        /** The tagger's reading: a chat mention's '@' reads as a blank (see the other constructor). */
        Sentence(String text, String lowerText, List<Tokens.Token> tokens, Lexicon lexicon) {
            this(text, lowerText, tokens, lexicon, true);
        }

        /**
         * @param mentionsAsBlank whether a chat mention's '@' ("cc @Folasade", {@link NameModelRecognizer#mentionAt})
         *     reads as a blank in the gap feature, so the name after it is read as written without it. The tagger does
         *     (round 19, a reading of the text at tagging time); training does not ({@code NameModelTrainer}): the
         *     shipped model was trained on the texts as written, and the training command reproduces it only so.
         */
        Sentence(String text, String lowerText, List<Tokens.Token> tokens, Lexicon lexicon, boolean mentionsAsBlank) {
            this.text = text;
            this.lowerText = lowerText;
            this.tokens = tokens;
            int n = tokens.size();
            starts = new int[n];
            ends = new int[n];
            hash = new int[n];
            lex = new int[n];
            shape = new int[n];
            gapBefore = new int[n + 1];
            bigramPlace = new int[n];
            long[] key = new long[n];
            int prevEnd = 0;
            for (int i = 0; i < n; i++) {
                Tokens.Token t = tokens.get(i);
                starts[i] = t.start();
                ends[i] = t.end();
                // String.hashCode() and the lexicon's hash64 of the lower-case word, in one pass over its characters.
                int from = t.start();
                int to = t.end();
                int h31 = 0;
                long fnv = 0xCBF29CE484222325L;
                for (int k = from; k < to; k++) {
                    char c = lowerText.charAt(k);
                    h31 = 31 * h31 + c;
                    fnv = (fnv ^ c) * 0x100000001B3L;
                }
                hash[i] = h31;
                key[i] = lexicon.tooLong(to - from) ? 0 : Lexicon.finish64(fnv);
                shape[i] = t.shape().ordinal() + (t.sentenceStart() ? 8 : 0);
                // At tagging time a chat mention's '@' ("cc @Folasade") reads as a blank: the name after it is read as
                // written without it.
                boolean blankAt = mentionsAsBlank && NameModelRecognizer.mentionAt(text, t.start(), t.end());
                gapBefore[i] = gap(text, prevEnd, blankAt ? t.start() - 1 : t.start(), i == 0);
                prevEnd = t.end();
                Tokens.Token before = i > 0 ? tokens.get(i - 1) : null;
                if (i > 0 && t.capitalized() && before.capitalized() && t.start() - before.end() <= 2
                        && (before.shape() != Tokens.Shape.CAPITALIZED || lexicon.mayStartPlace(text, before.start(), before.end()))
                        && (t.shape() != Tokens.Shape.CAPITALIZED || lexicon.mayEndPlace(text, t.start(), t.end()))) {
                    // Two capitalised neighbours: is the pair a place? ("New York" — neither word alone says so.) A
                    // capitalised word is its own title case, so the first- and second-word checks read it in the text.
                    int p = lexicon.place(before.titleCase() + " " + t.titleCase());
                    if (p != 0) {
                        bigramPlace[i - 1] = p;
                        bigramPlace[i] = p;
                    }
                }
            }
            // The lexicon reads apart, in a loop of their own: each is a likely cache miss into the 8 MB table, and
            // with nothing else between them the processor overlaps several misses instead of waiting for each in turn.
            for (int i = 0; i < n; i++) {
                lex[i] = key[i] == 0 && lexicon.tooLong(ends[i] - starts[i]) ? 0 : lexicon.probe(key[i]);
            }
            gapBefore[n] = gap(text, prevEnd, text.length(), false);
            elsewhere = elsewhere(shape, hash);
        }

        private static final int MAX_PROBES = 16;
        /** The shape code of a capitalised word not at a sentence start (a sentence start adds 8). */
        private static final int MID_CAPITALIZED = Tokens.Shape.CAPITALIZED.ordinal();

        /**
         * {@link #elsewhere} for every token, through one small open-addressing table of the text's word hashes: linear.
         * Reads the shape codes ({@code CAPITALIZED}'s ordinal, 0, only for a capitalised word not at a sentence start)
         * rather than the tokens.
         */
        static int[] elsewhere(int[] shape, int[] hash) {
            int n = hash.length;
            int[] out = new int[n];
            if (n < 2) {
                return out;
            }
            int capacity = Integer.highestOneBit(n * 2 - 1) << 1;
            int mask = capacity - 1;
            int[] keys = new int[capacity];
            // Per slot: how often the word occurs, and how often capitalised in mid-sentence; -1 in slotOf: not counted.
            int[] counts = new int[capacity];
            int[] capitals = new int[capacity];
            int[] slotOf = new int[n];
            for (int i = 0; i < n; i++) {
                int h = hash[i];
                int slot = (h * 0x9E3779B1 >>> 7) & mask;
                int probes = 0;
                while (counts[slot] != 0 && keys[slot] != h && probes < MAX_PROBES) {
                    slot = (slot + 1) & mask;
                    probes++;
                }
                if (probes == MAX_PROBES) {
                    // Words crafted to collide cannot make this quadratic: past a few probes a word counts as unique.
                    slotOf[i] = -1;
                    continue;
                }
                keys[slot] = h;
                counts[slot]++;
                if (shape[i] == MID_CAPITALIZED) {
                    capitals[slot]++;
                }
                slotOf[i] = slot;
            }
            for (int i = 0; i < n; i++) {
                int slot = slotOf[i];
                if (slot >= 0 && counts[slot] > 1) {
                    int own = shape[i] == MID_CAPITALIZED ? 1 : 0;
                    out[i] = capitals[slot] - own > 0 ? 1 : 2;
                }
            }
            return out;
        }

        public int size() {
            return tokens.size();
        }

        /**
         * Whether the recall bias applies to token {@code i}: not to an ordinary lower-case English word ("grace",
         * "rose", "may"), which the model must call a name on its own evidence.
         */
        boolean biased(int i) {
            return !(shape[i] % 8 == Tokens.Shape.LOWER.ordinal() && ((lex[i] >> 9) & 7) >= 4);
        }

        /**
         * An ordinary lower-case English word (SCOWL commonness bucket 4 or more) that no gazetteer knows as a first
         * name, surname or place: "the", "card", "please". After an O label such a word never starts an entity in the
         * tuning data (TrainNameModel {@code skipcheck} counts the disagreements), so the tagger labels it O unread.
         */
        boolean ordinary(int i) {
            return shape[i] % 8 == Tokens.Shape.LOWER.ordinal() && ((lex[i] >> 9) & 7) >= 4 && (lex[i] & 0x1FF) == 0;
        }

        /** {@code String.hashCode()} of token {@code i} in lower case. */
        int hash(int i) {
            return hash[i];
        }

        public Tokens.Token token(int i) {
            return tokens.get(i);
        }

        /** The first-name gazetteer's evidence that token {@code i} is a given name: its bucket (0–7). */
        int firstNameEvidence(int i) {
            return lex[i] & 7;
        }

        /** The gazetteers' evidence that token {@code i} is a name: the higher of its first-name and surname buckets (0–7). */
        int nameEvidence(int i) {
            return Math.max(lex[i] & 7, (lex[i] >> 3) & 7);
        }

        /** What the place gazetteer says about token {@code i} (or the two-word place it is part of): 0 none, 1–5 its kind and size. */
        int placeEvidence(int i) {
            return Math.max((lex[i] >> 6) & 7, bigramPlace[i]);
        }

        /** How ordinary an English word token {@code i} is: SCOWL bucket 0 (unknown) to 6 (most common). */
        int commonness(int i) {
            return (lex[i] >> 9) & 7;
        }

        /** What separates two tokens, as a small code: blanks only, a line break, or the punctuation itself. */
        private static int gap(String text, int from, int to, boolean first) {
            int code = first ? 1 : 0;
            int chars = 0;
            for (int k = from; k < to && chars < 3; k++) {
                char c = text.charAt(k);
                if (c == ' ' || c == '\t') {
                    continue;
                }
                char d = c >= '0' && c <= '9' ? '9' : c == '\r' ? '\n' : c;
                code = code * 31 + d;
                chars++;
            }
            return to - from > 12 ? code * 31 + 7 : code;
        }

        private static final int BIAS = 1;
        private static final int WORD = 2;
        private static final int PREV_WORD = 3;
        private static final int NEXT_WORD = 4;
        private static final int PREV2_WORD = 5;
        private static final int NEXT2_WORD = 6;
        private static final int SHAPE = 7;
        private static final int PREV_SHAPE = 8;
        private static final int NEXT_SHAPE = 9;
        private static final int SHAPES = 10;
        private static final int SUFFIX3 = 11;
        private static final int SUFFIX2 = 12;
        private static final int PREFIX3 = 13;
        private static final int FIRST_NAME = 14;
        private static final int SURNAME = 15;
        private static final int PLACE = 16;
        private static final int COMMON = 17;
        private static final int LEX = 18;
        private static final int PREV_LEX = 19;
        private static final int NEXT_LEX = 20;
        private static final int GAP_BEFORE = 21;
        private static final int GAP_AFTER = 22;
        private static final int BIGRAM_PLACE = 23;
        private static final int LENGTH = 24;
        private static final int PREV_TAG = 25;
        private static final int PREV_TAGS = 26;
        private static final int PREV_TAG_SHAPE = 27;
        private static final int PREV_TAG_WORD = 28;
        private static final int PREV_WORD_SHAPE = 29;
        private static final int GAP_SHAPE = 30;
        private static final int NAMES = 31;
        private static final int PREV_TAG_LEX = 32;
        private static final int NEXT_WORD_SHAPE = 35;
        private static final int ELSEWHERE = 36;
        private static final int PREV_WORD_NAME = 37;
        private static final int SUFFIX4 = 38;
        private static final int PREFIX2 = 39;

        /** Writes the hashed feature indices of token {@code i} into {@code out}; returns how many. */
        int features(int i, int prevTag, int prevTag2, int[] out) {
            return features(i, prevTag, prevTag2, out, false, false);
        }

        /**
         * {@link #features}, with {@code hideWord}: the token's own word as one never seen in training (its word and
         * word-with-label features left out, as an unseen word's rows are empty; its shape, affixes and lexicon evidence
         * stay). {@code hideLexicon}: the token as a word no gazetteer knows (its own lexicon value 0). Training only
         * (word and lexicon dropout, {@code NameModelTrainer}).
         */
        int features(int i, int prevTag, int prevTag2, int[] out, boolean hideWord, boolean hideLexicon) {
            int n = tokens.size();
            int k = 0;
            int sh = shape[i];
            int lx = hideLexicon ? 0 : lex[i];
            int prevShape = i > 0 ? shape[i - 1] : 15;
            int nextShape = i + 1 < n ? shape[i + 1] : 15;
            int wordHash = hash[i];
            int prevHash = i > 0 ? hash[i - 1] : 1;
            out[k++] = h(BIAS, 0);
            if (!hideWord) {
                out[k++] = h(WORD, wordHash);
            }
            out[k++] = h(PREV_WORD, prevHash);
            out[k++] = h(NEXT_WORD, i + 1 < n ? hash[i + 1] : 1);
            out[k++] = h(PREV2_WORD, i > 1 ? hash[i - 2] : 1);
            out[k++] = h(NEXT2_WORD, i + 2 < n ? hash[i + 2] : 1);
            out[k++] = h(SHAPE, sh);
            out[k++] = h(PREV_SHAPE, prevShape);
            out[k++] = h(NEXT_SHAPE, nextShape);
            out[k++] = h(SHAPES, (prevShape * 17 + sh) * 17 + nextShape);
            int len = ends[i] - starts[i];
            if (len > 3) {
                out[k++] = h(SUFFIX3, RegionMap.hash(lowerText, ends[i] - 3, ends[i]));
                out[k++] = h(SUFFIX2, RegionMap.hash(lowerText, ends[i] - 2, ends[i]));
                out[k++] = h(PREFIX3, RegionMap.hash(lowerText, starts[i], starts[i] + 3));
            }
            int fn = lx & 7;
            int sn = (lx >> 3) & 7;
            int place = (lx >> 6) & 7;
            int common = (lx >> 9) & 7;
            out[k++] = h(FIRST_NAME, fn * 17 + sh);
            out[k++] = h(SURNAME, sn * 17 + sh);
            out[k++] = h(PLACE, place * 17 + sh);
            out[k++] = h(COMMON, common * 17 + sh);
            out[k++] = h(NAMES, (fn * 8 + sn) * 8 + common);
            out[k++] = h(LEX, lx * 17 + sh);
            out[k++] = h(PREV_LEX, i > 0 ? (lex[i - 1] & 0x3F | ((lex[i - 1] >> 9) & 7) << 6) * 17 + prevShape : -1);
            out[k++] = h(NEXT_LEX, i + 1 < n ? (lex[i + 1] & 0x1FF) * 17 + nextShape : -1);
            out[k++] = h(GAP_BEFORE, gapBefore[i]);
            out[k++] = h(GAP_AFTER, i + 1 < n ? gapBefore[i + 1] : gapBefore[n] * 3 + 1);
            out[k++] = h(GAP_SHAPE, gapBefore[i] * 17 + sh);
            out[k++] = h(BIGRAM_PLACE, bigramPlace[i] * 17 + sh);
            out[k++] = h(LENGTH, Math.min(len, 10) * 17 + sh);
            out[k++] = h(PREV_WORD_SHAPE, prevHash * 17 + sh);
            out[k++] = h(PREV_TAG, prevTag);
            out[k++] = h(PREV_TAGS, prevTag * 8 + prevTag2);
            out[k++] = h(PREV_TAG_SHAPE, prevTag * 17 + sh);
            if (!hideWord) {
                out[k++] = h(PREV_TAG_WORD, wordHash * 8 + prevTag);
            }
            out[k++] = h(PREV_TAG_LEX, (lx & 0x3F) * 8 + prevTag);
            // Round 7: the next word with this one's shape ("Themba is …"), how the same word is written elsewhere in the
            // text, the previous word with this one's name evidence ("thanks" + a known first name), longer affixes.
            out[k++] = h(NEXT_WORD_SHAPE, (i + 1 < n ? hash[i + 1] : 1) * 17 + sh);
            out[k++] = h(ELSEWHERE, elsewhere[i] * 17 + sh);
            out[k++] = h(PREV_WORD_NAME, prevHash * 8 + Math.max(fn, sn));
            if (len > 4) {
                out[k++] = h(SUFFIX4, RegionMap.hash(lowerText, ends[i] - 4, ends[i]));
            }
            if (len > 2) {
                out[k++] = h(PREFIX2, RegionMap.hash(lowerText, starts[i], starts[i] + 2) * 17 + sh % 8);
            }
            return k;
        }

        /**
         * The features of {@link #features} that {@link NameModel#groupedScores} does not read from its summed rows:
         * those of the word's characters, its neighbours' words, lexicon values and gaps, and those of the previous
         * label with a word or lexicon value. Writes them into {@code out}; returns how many.
         */
        int sparseFeatures(int i, int prevTag, int[] out) {
            int n = tokens.size();
            int k = 0;
            int sh = shape[i];
            int lx = lex[i];
            int prevShape = i > 0 ? shape[i - 1] : 15;
            int nextShape = i + 1 < n ? shape[i + 1] : 15;
            int wordHash = hash[i];
            int prevHash = i > 0 ? hash[i - 1] : 1;
            int nextHash = i + 1 < n ? hash[i + 1] : 1;
            out[k++] = h(WORD, wordHash);
            out[k++] = h(PREV_WORD, prevHash);
            out[k++] = h(NEXT_WORD, nextHash);
            out[k++] = h(PREV2_WORD, i > 1 ? hash[i - 2] : 1);
            out[k++] = h(NEXT2_WORD, i + 2 < n ? hash[i + 2] : 1);
            int len = ends[i] - starts[i];
            if (len > 3) {
                out[k++] = h(SUFFIX3, RegionMap.hash(lowerText, ends[i] - 3, ends[i]));
                out[k++] = h(SUFFIX2, RegionMap.hash(lowerText, ends[i] - 2, ends[i]));
                out[k++] = h(PREFIX3, RegionMap.hash(lowerText, starts[i], starts[i] + 3));
            }
            out[k++] = h(PREV_LEX, i > 0 ? (lex[i - 1] & 0x3F | ((lex[i - 1] >> 9) & 7) << 6) * 17 + prevShape : -1);
            out[k++] = h(NEXT_LEX, i + 1 < n ? (lex[i + 1] & 0x1FF) * 17 + nextShape : -1);
            out[k++] = h(GAP_BEFORE, gapBefore[i]);
            out[k++] = h(GAP_AFTER, i + 1 < n ? gapBefore[i + 1] : gapBefore[n] * 3 + 1);
            out[k++] = h(GAP_SHAPE, gapBefore[i] * 17 + sh);
            out[k++] = h(PREV_WORD_SHAPE, prevHash * 17 + sh);
            out[k++] = h(PREV_TAG_WORD, wordHash * 8 + prevTag);
            out[k++] = h(PREV_TAG_LEX, (lx & 0x3F) * 8 + prevTag);
            out[k++] = h(NEXT_WORD_SHAPE, nextHash * 17 + sh);
            out[k++] = h(PREV_WORD_NAME, prevHash * 8 + Math.max(lx & 7, (lx >> 3) & 7));
            if (len > 4) {
                out[k++] = h(SUFFIX4, RegionMap.hash(lowerText, ends[i] - 4, ends[i]));
            }
            if (len > 2) {
                out[k++] = h(PREFIX2, RegionMap.hash(lowerText, starts[i], starts[i] + 2) * 17 + sh % 8);
            }
            return k;
        }

        /**
         * Appends to {@code out[0, count)} the lexicon and token features of token {@code i} that the summed rows hold
         * (for a value outside those rows); returns the new count.
         */
        int ungroupedFeatures(int i, int[] out, int count) {
            int k = count;
            int sh = shape[i];
            int lx = lex[i];
            int fn = lx & 7;
            int sn = (lx >> 3) & 7;
            out[k++] = h(FIRST_NAME, fn * 17 + sh);
            out[k++] = h(SURNAME, sn * 17 + sh);
            out[k++] = h(PLACE, ((lx >> 6) & 7) * 17 + sh);
            out[k++] = h(COMMON, ((lx >> 9) & 7) * 17 + sh);
            out[k++] = h(NAMES, (fn * 8 + sn) * 8 + ((lx >> 9) & 7));
            out[k++] = h(LEX, lx * 17 + sh);
            out[k++] = h(LENGTH, Math.min(ends[i] - starts[i], 10) * 17 + sh);
            out[k++] = h(ELSEWHERE, elsewhere[i] * 17 + sh);
            out[k++] = h(BIGRAM_PLACE, bigramPlace[i] * 17 + sh);
            return k;
        }

        /** A feature's bucket: murmur3's finaliser over the template and its value. */
        private static int h(int template, int value) {
            int x = template * 0x9E3779B1 + value * 0x85EBCA6B;
            x ^= x >>> 16;
            x *= 0x85EBCA6B;
            x ^= x >>> 13;
            x *= 0xC2B2AE35;
            x ^= x >>> 16;
            return x & (BUCKETS - 1);
        }
    }

    /** Prepares a scanned text for the model. */
    Sentence sentence(Scan scan, List<Tokens.Token> tokens) {
        return new Sentence(scan.text(), scan.lower(), tokens, lexicon);
    }
}
