package com.safesupport.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.guardrail.HumanRequestDetector;
import com.safesupport.bot.guardrail.LinearModel;
import com.safesupport.bot.guardrail.PromptInjectionDetector;
import com.safesupport.bot.guardrail.SensitiveTopicDetector;
import com.safesupport.bot.guardrail.SentimentScorer;
import com.safesupport.bot.guardrail.WordFeatures;
import com.safesupport.bot.knowledge.VectorCache;
import dev.langchain4j.data.segment.TextSegment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * Trains the four learned input guardrails (logistic regression on the MiniLM embedding plus rule signals) on
 * tune/train splits only and writes them to {@code src/main/resources/guardrail/models/}. Deterministic: the same
 * data give the same files. The regularisation and each model's threshold are chosen on 5 cross-validation folds
 * of the training rows (folds by a CRC32 of the text); the scope threshold on CLINC150 val + oos_val.
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.GuardrailTraining
 * </pre>
 * Data: deepset/prompt-injections train; bitext tune part (CRC32 % 5 != 0); the project's own written
 * paraphrases (tune part, same hash); Banking77 train; CLINC150 train/oos_train (and val/oos_val for the scope
 * threshold). Report splits are never read here.
 */
public final class GuardrailTraining {

    /** Embeddings are unit vectors: scaled up during training so one regularisation suits them and the signals. */
    static final double SCALE = 10;
    static final double[] LAMBDAS = java.util.Arrays.stream(System.getProperty("guardrail.lambdas", "0.1,0.3,1,3,10").split(","))
            .mapToDouble(Double::parseDouble).toArray();
    /**
     * The prompt-injection model's own regularisation grid and the value its rule signals take during training (1 in
     * the service: {@link #write} folds the factor into their weights). Round 16 tried signals at 2 with a grid down to
     * 0.01: the deepset-train 5-fold F1 rose (0.946 to 0.964, mean of three fold assignments) but deepset test F1 fell
     * (0.891 to 0.879), so the defaults stay round 14's (docs/bot-evaluation.md, round 16).
     */
    static final double[] INJECTION_LAMBDAS = java.util.Arrays.stream(System.getProperty("guardrail.injection-lambdas", "0.1,0.3,1,3,10").split(","))
            .mapToDouble(Double::parseDouble).toArray();
    static final double INJECTION_SIGNAL_SCALE = Double.parseDouble(System.getProperty("guardrail.injection-signal-scale", "1"));
    /**
     * Round 20 (docs/bot-evaluation.md): {@code -Dguardrail.injection-drop=true} trains the prompt-injection model (its
     * folds and the final fit) with a copy of every row a rule fires on, its rule signals zeroed
     * ({@link #withRulesSilent}), so the text part also learns the rows the rules explain; and
     * {@code -Dguardrail.injection-select=half} chooses its threshold and regularisation by the F1 of the screen as
     * deployed (a rule or the classifier) where the rules know only half of the injections' phrasings (see
     * {@link #halfKnown}) instead of by the classifier alone.
     */
    static final boolean INJECTION_DROP = Boolean.getBoolean("guardrail.injection-drop");
    static final String INJECTION_SELECT = System.getProperty("guardrail.injection-select", "alone");
    /** Round 39: the written sets whose CRC32-even half is tune data ({@code -Dguardrail.injection-written-sets}). */
    static final List<String> WRITTEN_TUNE_HALVES = List.of("r19", "r22", "r23", "r24", "r28", "r32", "r34", "r35");
    /**
     * Round 42 (bi42): {@code -Dguardrail.injection-lookalikes=W} adds the written look-alike TUNE lines
     * ({@link #tuneLookalikes}) that {@link #lookalikeKeptOut} does not keep out as prompt-injection negatives outside
     * the 0.5 % support cap ("lookalike"), each row weighing W times a negative's class weight; the kept-out half is
     * what {@link InjectionThresholdSelection} checks a candidate on. Off by default. Read when used (tests set it).
     */
    static double lookalikeWeight() {
        String w = System.getProperty("guardrail.injection-lookalikes", "");
        return w.isEmpty() ? 0 : Double.parseDouble(w);
    }

    /** Round 42: {@code -Dguardrail.injection-threshold=T} writes T as the prompt-injection threshold (not the CV's F1 choice). */
    static double injectionThreshold(double cv) {
        String t = System.getProperty("guardrail.injection-threshold", "");
        return t.isEmpty() ? cv : Double.parseDouble(t);
    }

    /**
     * The project's written look-alike TUNE lines (round 41's bound (b) set): round 11's and 12's tune parts, the
     * CRC32-even halves of rounds 19-35 and round 38's tune file; no held half, no held-only set, no injection.
     */
    static List<String> tuneLookalikes(Corpus c) {
        List<String> look = new ArrayList<>();
        look.addAll(c.writtenLookalikesR11.tune());
        look.addAll(c.writtenLookalikesR12.tune());
        for (String set : WRITTEN_TUNE_HALVES) {
            for (String t : linesUnchecked("guardrail/written-injection-" + set + ".txt")) {
                if (!t.startsWith("+ ") && crc(t) % 2 == 0) {
                    look.add(t);
                }
            }
        }
        for (String t : linesUnchecked("guardrail/written-injection-r38.txt")) {
            if (!t.startsWith("+ ")) {
                look.add(t);
            }
        }
        return look;
    }

    /** Round 42: the half of {@link #tuneLookalikes} never trained on (CRC32 of "bi42:" + text odd), to check candidates on. */
    static boolean lookalikeKeptOut(String text) {
        return crc("bi42:" + text) % 2 == 1;
    }

    /** Each row's weight in the fit: {@link #lookalikeWeight} for "lookalike" rows when set, else 1; null if all are 1. */
    static double[] rowWeights(List<Example> rows) {
        double w = lookalikeWeight();
        if (w == 0 || w == 1) {
            return null;
        }
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i).source().equals("lookalike") ? w : 1;
        }
        return out;
    }

    /** Hashed word slots ({@link WordFeatures}) of the models that read words besides the embedding. */
    static final int WORDS = Integer.getInteger("guardrail.words", 8192);
    /**
     * Models whose word slots also hold character 4-grams ({@link WordFeatures}); comma-separated. Chosen by the
     * 5-fold F1 on the training rows (round 5): prompt injection 0.933 to 0.955, frustration 0.976 to 0.982 with them;
     * human request 0.985 to 0.968 (its threshold climbs to keep support messages unflagged), so not there.
     */
    static final Set<String> CHARS = Set.of(System.getProperty("guardrail.chars", "prompt-injection,frustration").split(","));

    record Example(String text, boolean positive, String source) {
    }

    private final Embedder embedder;
    private final Map<String, float[]> cache;
    private final Path cacheFile;
    /** The knowledge base's bundled vectors: they win over the cache file and are not written to it. */
    private final Map<String, float[]> kb;

    GuardrailTraining(Embedder embedder, Map<String, float[]> cache, Path cacheFile) {
        this(embedder, cache, cacheFile, Map.of());
    }

    GuardrailTraining(Embedder embedder, Map<String, float[]> cache, Path cacheFile, Map<String, float[]> kb) {
        this.embedder = embedder;
        this.cache = cache;
        this.cacheFile = cacheFile;
        this.kb = kb;
    }

    /** The embeddings known so far, by (capped) text: the cache's values. */
    Map<String, float[]> embeddings() {
        return cache;
    }

    /**
     * A trainer on the in-process MiniLM whose embeddings are cached in the module's
     * {@code target/guardrail-embeddings-<fingerprint>.bin}, beside the knowledge base's bundled vectors.
     * <p>
     * Round 21 (docs/bot-evaluation.md): what a text's vector is must not depend on the cache's history, or the
     * training command writes other weights on a fresh checkout than in a long-lived worktree. So (1) the file is named
     * by a fingerprint of the embedder (model and tokenizer bytes, {@link Embedder#MAX_CHARS}): vectors of another
     * model build are never read back; (2) a text the knowledge base bundles always has the bundled vector
     * ({@link #lookup}), whatever an older cache file holds for it, and the file holds only texts embedded here.
     */
    static GuardrailTraining withEmbeddingCache(Path module) throws IOException {
        Path cacheFile = module.resolve("target/guardrail-embeddings-" + embedderFingerprint() + ".bin");
        Map<String, float[]> kb;
        try (InputStream in = GuardrailTraining.class.getClassLoader().getResourceAsStream("kb/vectors.bin")) {
            kb = VectorCache.read(in);
        }
        return new GuardrailTraining(Embedder.standalone(MiniLm.instance()), lookup(kb, cacheFile), cacheFile, kb);
    }

    /**
     * The vectors training reads: the cache file's (if any), then the knowledge base's over them, so that a bundled
     * text's vector is the bundled one whatever the file holds.
     */
    static Map<String, float[]> lookup(Map<String, float[]> kb, Path cacheFile) throws IOException {
        Map<String, float[]> cache = new HashMap<>();
        if (Files.exists(cacheFile)) {
            try (InputStream in = Files.newInputStream(cacheFile)) {
                cache.putAll(VectorCache.read(in));
            }
        }
        cache.putAll(kb);
        return cache;
    }

    /** The first 12 hex digits of a SHA-256 of the embedding model's and tokenizer's bytes and the embedded length. */
    static String embedderFingerprint() throws IOException {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : List.of(MiniLm.ID + ".onnx", MiniLm.ID + "-tokenizer.json")) {
                try (InputStream in = GuardrailTraining.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IOException("Missing embedding model resource " + name);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            sha.update(Integer.toString(Embedder.MAX_CHARS).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        Path module = Files.isDirectory(Path.of("bot-service")) ? Path.of("bot-service") : Path.of(".");
        Path out = args.length > 1 ? Path.of(args[1]) : module.resolve("src/main/resources/guardrail/models");
        GuardrailTraining training = withEmbeddingCache(module);
        Files.createDirectories(out);
        Corpus corpus = Corpus.load(data);
        // An optional third argument names the models to train (comma-separated); all four by default.
        Set<String> only = args.length > 2 ? Set.of(args[2].split(",")) : Set.of("prompt-injection", "human-request", "frustration", "scope", "sensitive");
        if (only.contains("prompt-injection")) {
            training.injection(corpus, out);
        }
        if (only.contains("human-request")) {
            training.humanRequest(corpus, out);
        }
        if (only.contains("frustration")) {
            training.frustration(corpus, out);
        }
        if (only.contains("scope")) {
            training.scope(corpus, out);
        }
        if (only.contains("sensitive")) {
            training.sensitive(corpus, out);
        }
    }

    /**
     * Round bl1 (issue 14): the written conversation sets trained on — every TUNE ONLY set by default, or the sets
     * {@code -Dguardrail.conversation-sets=r33,r36,...} names ({@code none}: none), e.g. to leave the sets a
     * development figure is measured on out of training. {@link ConversationExamples} refuses any other set.
     */
    static List<String> conversationSets() {
        String named = System.getProperty("guardrail.conversation-sets", "");
        if (named.equals("none")) {
            return List.of();
        }
        return named.isEmpty() ? ConversationEvaluation.TUNE_ONLY.stream().sorted().toList() : List.of(named.split(","));
    }

    /** The source of a conversation row: its set, so that cross-validation holds out whole sets ({@link #folds}). */
    static final String CONVERSATION = "conversation:";

    /** Whether a row counts in a model's cross-validated F1: its primary data, and (round bl1) the conversation rows. */
    static boolean primary(Example row, String primary) {
        return row.source().equals(primary) || row.source().startsWith(CONVERSATION);
    }

    /** The sensitive-topic rule as a 0/1 feature of the learned sensitive classifier. */
    static double[] sensitiveSignals(String text) {
        return new double[]{SensitiveTopicDetector.detect(text).isPresent() ? 1 : 0};
    }

    // --- the four models ------------------------------------------------------------------------------------------

    void injection(Corpus c, Path out) throws IOException {
        List<Example> rows = injectionRows(c);
        train("prompt-injection", INJECTION_LAMBDAS, INJECTION_SIGNAL_SCALE, WORDS, PromptInjectionDetector.RULES, PromptInjectionDetector::signals, rows, "deepset", Double.parseDouble(System.getProperty("guardrail.injection-support-fp", "0.005")), out,
                "deepset/prompt-injections train (Apache-2.0) as positives and negatives; customer-support negatives from "
                        + "Banking77 train, CLINC150 train, bitext tune and the project's written messages"
                        + (!System.getProperty("guardrail.injection-r11", "false").equals("false")
                                ? "; the project's written injections and look-alike messages (round 11, tune part)" : "")
                        + (Boolean.parseBoolean(System.getProperty("guardrail.injection-r12", "false"))
                                ? "; the project's hand-written look-alike messages (round 12, tune part)" : "")
                        + (Boolean.getBoolean("guardrail.injection-written-sets")
                                ? "; the project's written injection sets of rounds 19-35 (tune halves) and 38 (tune file)" : "")
                        + (lookalikeWeight() > 0
                                ? "; half of the project's written look-alike tune lines, weight " + lookalikeWeight() + " (round 42)" : ""));
    }

    private static List<String> linesUnchecked(String resource) {
        try {
            return Written.lines(resource);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The prompt-injection model's training rows (before de-duplication): deepset train and support negatives. */
    static List<Example> injectionRows(Corpus c) {
        List<Example> rows = new ArrayList<>(c.deepsetTrain);
        every(c.banking77Train, 20).forEach(t -> rows.add(new Example(t, false, "support")));
        every(c.clincTrain, 20).forEach(t -> rows.add(new Example(t[0], false, "support")));
        every(c.bitextTune, 5).forEach(r -> rows.add(new Example(r[0], false, "support")));
        c.writtenHuman.tune().forEach(t -> rows.add(new Example(t, false, "support")));
        c.writtenFrustration.tune().forEach(t -> rows.add(new Example(t, false, "support")));
        if (Boolean.getBoolean("guardrail.injection-written")) {
            c.writtenInjections.tune().forEach(t -> rows.add(new Example(t, true, "written")));
        }
        String multilingual = System.getProperty("guardrail.injection-multilingual", "false");
        if (!multilingual.equals("false")) {
            // Round 30 (-Dguardrail.injection-multilingual=true|free): the project's own ordinary German, Dutch,
            // French, Spanish and Italian support messages (a training-only file) as negatives, so the classifier
            // learns that a formal message about the customer's own banking is not an injection. "true" counts them
            // among the support messages of which at most 0.5 % may be flagged; "free" trains on them outside it.
            c.writtenSupportMultilingual.forEach(t -> rows.add(new Example(t, false, multilingual.equals("free") ? "lookalike" : "support")));
            if (Boolean.parseBoolean(System.getProperty("guardrail.injection-multilingual-positives", "false"))) {
                // And injections in the same five languages (another training-only file) as positives, so that the
                // negatives teach "ordinary message" rather than "not German" (round 30's second candidate).
                c.writtenInjectionsMultilingual.forEach(t -> rows.add(new Example(t, true, "written")));
            }
        }
        String r11 = System.getProperty("guardrail.injection-r11", "false");
        if (!r11.equals("false")) {
            // Round 11 (-Dguardrail.injection-r11=free|true|pos; not in the shipped model, which is round 7's: both
            // retrained models refused one more XSTest safe prompt): written injections of the known families and
            // look-alike customer messages, their 80 % hash part only (the 20 % is held back for the report). Neither
            // counts in the deepset F1 the threshold is chosen by. "free": the look-alikes are trained on as negatives
            // but are not among the support messages of which at most 0.5 % may be flagged (deliberately hard, they
            // push the threshold up); "true" counts them there; "pos" adds the injections alone (5-fold CV in
            // docs/bot-evaluation.md, round 11).
            c.writtenInjectionsR11.tune().forEach(t -> rows.add(new Example(t, true, "written")));
            if (!r11.equals("pos")) {
                c.writtenLookalikesR11.tune().forEach(t -> rows.add(new Example(t, false, r11.equals("free") ? "lookalike" : "support")));
            }
        }
        if (Boolean.getBoolean("guardrail.injection-written-sets")) {
            // Round 39 (-Dguardrail.injection-written-sets=true): the TUNE parts of the project's later written
            // injection sets as extra rows — rounds 19, 22, 23, 24, 28, 32, 34 and 35 (their CRC32-even half, the
            // half Evaluation prints as "tune half"; the odd half stays held and is never read here) and round 38's
            // tune-only file whole — injections ("+ ") as positives, the look-alikes as negatives outside the support
            // cap. The held-only sets (rounds 33, 36, 38h) are never read. Neither counts in the deepset F1 the
            // threshold is chosen by.
            for (String set : WRITTEN_TUNE_HALVES) {
                for (String t : linesUnchecked("guardrail/written-injection-" + set + ".txt")) {
                    String text = t.startsWith("+ ") ? t.substring(2) : t;
                    if (crc(text) % 2 == 0) {
                        rows.add(new Example(text, t.startsWith("+ "), t.startsWith("+ ") ? "written" : "lookalike"));
                    }
                }
            }
            for (String t : linesUnchecked("guardrail/written-injection-r38.txt")) {
                rows.add(t.startsWith("+ ") ? new Example(t.substring(2), true, "written") : new Example(t, false, "lookalike"));
            }
        }
        if (Boolean.parseBoolean(System.getProperty("guardrail.injection-r12", "false"))) {
            // Round 12 (-Dguardrail.injection-r12=true): hand-written look-alikes of the shapes the model confused
            // (complaints shaped like a role, "stop pretending", instructions / rules / system / policy mentioned,
            // "ignore" in its ordinary sense, developers and admins, other languages), their 80 % hash part only.
            // Counted among the support messages under -Dguardrail.injection-r11=true, else trained on outside them.
            c.writtenLookalikesR12.tune().forEach(t -> rows.add(new Example(t, false, r11.equals("true") ? "support" : "lookalike")));
        }
        if (lookalikeWeight() > 0) {
            // Round 42 (-Dguardrail.injection-lookalikes=W): the written look-alike tune lines not kept out, as
            // negatives outside the support cap with their own weight; the kept-out half and every held part unread.
            tuneLookalikes(c).stream().filter(t -> !lookalikeKeptOut(t)).forEach(t -> rows.add(new Example(t, false, "lookalike")));
        }
        return rows;
    }

    void humanRequest(Corpus c, Path out) throws IOException {
        List<Example> rows = new ArrayList<>();
        for (String[] r : c.bitextTune) {
            boolean wantsHuman = r[1].equals("contact_human_agent") || r[1].equals("complaint");
            rows.add(new Example(r[0], wantsHuman, "bitext"));
        }
        c.writtenHuman.tune().forEach(t -> rows.add(new Example(t, true, "bitext")));
        c.writtenFrustration.tune().forEach(t -> rows.add(new Example(t, false, "bitext")));
        // Stop 30: ordinary messages that mention a person, an agent or a call, as negatives beside bitext's (the
        // model handed over "the agent at the branch told me ..." and "how do I add a person to my account ..."),
        // and requests that call the assistant a machine ("+ " lines). A file of its own: no other model reads it.
        c.writtenHumanLookalikes.forEach(t -> rows.add(t.startsWith("+ ") ? new Example(t.substring(2), true, "bitext") : new Example(t, false, "bitext")));
        every(c.banking77Train, 10).forEach(t -> rows.add(new Example(t, false, "support")));
        every(c.clincTrain, 10).forEach(t -> rows.add(new Example(t[0], false, "support")));
        train("human-request", LAMBDAS, 1, WORDS, List.of("rule"), HumanRequestDetector::signals, rows, "bitext", Double.parseDouble(System.getProperty("guardrail.human-support-fp", "0.005")), out,
                "bitext tune part (CDLA-Sharing-1.0): contact_human_agent and complaint as positives, other intents as "
                        + "negatives; the project's written indirect requests and look-alikes; negatives from Banking77 and CLINC150 train");
    }

    void frustration(Corpus c, Path out) throws IOException {
        List<Example> rows = new ArrayList<>();
        for (String[] r : c.bitextTune) {
            boolean offensive = r[2].contains("W");
            if (offensive || !(r[1].equals("complaint") || r[1].equals("contact_human_agent"))) {
                rows.add(new Example(r[0], offensive, "bitext"));
            }
        }
        c.writtenFrustration.tune().forEach(t -> rows.add(new Example(t, true, "bitext")));
        every(c.banking77Train, 10).forEach(t -> rows.add(new Example(t, false, "support")));
        every(c.clincTrain, 10).forEach(t -> rows.add(new Example(t[0], false, "support")));
        train("frustration", LAMBDAS, 1, WORDS, SentimentScorer.SIGNALS, SentimentScorer::signals, rows, "bitext", 0.01, out,
                "bitext tune part (CDLA-Sharing-1.0): rows tagged W (offensive) as positives, other rows but complaints "
                        + "and human requests as negatives; the project's written frustrated messages; negatives from "
                        + "Banking77 and CLINC150 train");
    }

    /**
     * Round bl1 (issue 14): a learned second layer after {@link SensitiveTopicDetector}'s rules. Positives: the message
     * at a SENSITIVE_TOPIC hand-over turn of the written TUNE ONLY conversations; negatives: every message of their
     * look-alike conversations and their requests for a person; support negatives (at most
     * {@code -Dguardrail.sensitive-support-fp}, 0.2 %, flagged): Banking77 and CLINC150 train, bitext tune. The F1 and
     * threshold are cross-validated by conversation set (whole sets held out per fold). Round bh79: also the train part of
     * the written sensitive look-alikes ({@link #sensitiveWrittenTrain}; {@code -Dguardrail.sensitive-no-written=true}
     * leaves them out), and their dev part counted after training.
     */
    void sensitive(Corpus c, Path out) throws IOException {
        List<Example> rows = new ArrayList<>();
        List<String> sets = conversationSets();
        for (ConversationExamples.Row r : ConversationExamples.read(sets)) {
            rows.add(new Example(r.text(), r.label() == ConversationExamples.Label.SENSITIVE, CONVERSATION + r.set()));
        }
        every(c.banking77Train, 10).forEach(t -> rows.add(new Example(t, false, "support")));
        every(c.clincTrain, 10).forEach(t -> rows.add(new Example(t[0], false, "support")));
        every(c.bitextTune, 5).forEach(r -> rows.add(new Example(r[0], false, "support")));
        boolean written = !Boolean.getBoolean("guardrail.sensitive-no-written");
        if (written) {
            sensitiveWrittenTrain(c).forEach(rows::add);
        }
        train("sensitive", LAMBDAS, 1, WORDS, List.of("rule"), GuardrailTraining::sensitiveSignals, rows, "conversation",
                Double.parseDouble(System.getProperty("guardrail.sensitive-support-fp", "0.002")), out,
                "the project's written conversations (round bl1, " + sets.size() + " TUNE ONLY sets): the message at a "
                        + "SENSITIVE_TOPIC hand-over turn as positive, every message of a look-alike conversation and the "
                        + "request at a HUMAN_REQUESTED turn as negative; negatives from Banking77 and CLINC150 train and bitext tune "
                        + "(at most 0.2 % of them flagged); folds by conversation set; the threshold flags at most "
                        + "0.2 % of the conversations' negatives out of fold (round bl2)"
                        + (written ? "; the project's written sensitive look-alikes (a sensitive word about someone else, "
                        + "in a news item, a film or a product's name, a policy question) as negatives and the customer's own "
                        + "situation in the first person as positives, eight languages, train part only (round bh79)" : ""));
        if (written) {
            sensitiveWrittenDev(c, out);
        }
    }

    /**
     * Round bh79 (issue 14): the train part (CRC32 rule of {@link Written}, about 80 %) of the written sensitive
     * look-alikes: plain lines negatives, "+ " lines positives. Their source ("lookalike") keeps them out of the
     * threshold's F1 and false-positive ceilings: they teach the weights whose situation it is, the threshold is
     * still chosen on the conversations and the support rows.
     */
    static List<Example> sensitiveWrittenTrain(Corpus c) {
        return c.writtenSensitiveLookalikes.tune().stream().map(GuardrailTraining::sensitiveWrittenRow).toList();
    }

    static Example sensitiveWrittenRow(String line) {
        boolean positive = line.startsWith("+ ");
        return new Example(positive ? line.substring(2).strip() : line, positive, "lookalike");
    }

    /** The dev part (about 20 %, never trained on) scored by the model just written: counts printed. */
    private void sensitiveWrittenDev(Corpus c, Path out) throws IOException {
        LinearModel model = LinearModel.parse(Files.readString(out.resolve("sensitive.model")));
        List<Example> dev = c.writtenSensitiveLookalikes.report().stream().map(GuardrailTraining::sensitiveWrittenRow).toList();
        embedMissing(dev.stream().map(Example::text).toList());
        int negatives = 0, flagged = 0, positives = 0, caught = 0;
        for (Example e : dev) {
            boolean hit = SensitiveTopicDetector.detect(e.text()).isPresent()
                    || model.probability(e.text(), cache.get(Embedder.capped(e.text())), sensitiveSignals(e.text())) >= model.threshold();
            if (e.positive()) {
                positives++;
                caught += hit ? 1 : 0;
            } else {
                negatives++;
                flagged += hit ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "sensitive dev (written look-alikes, not trained on): %d of %d negatives flagged, %d of %d positives caught (rules or the model)%n",
                flagged, negatives, caught, positives);
    }

    void scope(Corpus c, Path out) throws IOException {
        List<Example> rows = new ArrayList<>();
        c.banking77Train.forEach(t -> rows.add(new Example(t, true, "banking77")));
        for (String[] r : c.clincTrain) {
            rows.add(new Example(r[0], Evaluation.CLINC_IN_DOMAIN.contains(r[1]), "clinc"));
        }
        embedMissing(rows.stream().map(Example::text).toList());
        double[][] x = features(rows, 0, t -> new double[0]);
        boolean[] y = labels(rows);
        double[] w = LogisticRegression.fit(x, y, 1);
        // The threshold: balanced accuracy on CLINC150 val + oos_val (a tune split), in-domain versus the rest.
        List<Example> val = new ArrayList<>();
        for (String[] r : c.clincVal) {
            val.add(new Example(r[0], Evaluation.CLINC_IN_DOMAIN.contains(r[1]), "clinc-val"));
        }
        embedMissing(val.stream().map(Example::text).toList());
        double[][] xv = features(val, 0, t -> new double[0]);
        double[] p = new double[val.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = LogisticRegression.probability(w, xv[i]);
        }
        double best = -1, threshold = 0.5;
        for (double t = 0.05; t < 0.951; t += 0.01) {
            double[] rates = rates(p, labels(val), t);
            double balanced = (rates[0] + rates[1]) / 2;
            if (balanced > best) {
                best = balanced;
                threshold = t;
            }
        }
        double[] rates = rates(p, labels(val), threshold);
        System.out.printf(Locale.ROOT, "scope: %d rows; threshold %.2f on CLINC val: in-domain kept %.3f, out-of-domain flagged %.3f%n",
                rows.size(), threshold, rates[0], rates[1]);
        write(out, "scope", 0, false, List.of(), w, threshold, "Banking77 train (CC BY 4.0) and CLINC150 train banking/credit_cards intents "
                + "as in scope; other CLINC150 train intents and oos_train (CC BY 3.0) as out of scope; threshold on CLINC150 val + oos_val. "
                + "The probability is that of being in scope; the guardrail fires below the threshold.");
    }

    // --- shared training -------------------------------------------------------------------------------------------

    /**
     * Each row's probability from the model fitted on the other four folds (5-fold cross-validation). The folds are
     * independent (each writes its own rows): fitted side by side, same result.
     */
    static double[] outOfFold(double[][] x, boolean[] y, int[] fold, double lambda) {
        return outOfFold(x, y, fold, lambda, 0);
    }

    /** The same, each training fold {@linkplain #withRulesSilent augmented} when {@code signals} > 0. */
    static double[] outOfFold(double[][] x, boolean[] y, int[] fold, double lambda, int signals) {
        return outOfFold(x, y, fold, lambda, signals, null);
    }

    /** The same with a weight per row in each fold's fit ({@code null}: all 1). */
    static double[] outOfFold(double[][] x, boolean[] y, int[] fold, double lambda, int signals, double[] rowWeight) {
        double[] oof = new double[x.length];
        java.util.stream.IntStream.range(0, 5).parallel().forEach(f -> {
            double[] w = foldModel(x, y, fold, f, lambda, signals, rowWeight);
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == f) {
                    oof[i] = LogisticRegression.probability(w, x[i]);
                }
            }
        });
        return oof;
    }

    /** The model fitted on every row outside fold {@code f}, those rows {@linkplain #withRulesSilent augmented} when {@code signals} > 0. */
    private static double[] foldModel(double[][] x, boolean[] y, int[] fold, int f, double lambda, int signals, double[] rowWeight) {
        if (signals > 0 && rowWeight != null) {
            throw new IllegalArgumentException("row weights and rule-silent copies are not combined");
        }
        List<double[]> tx = new ArrayList<>();
        List<Boolean> ty = new ArrayList<>();
        List<Double> tw = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (fold[i] != f) {
                tx.add(x[i]);
                ty.add(y[i]);
                tw.add(rowWeight == null ? 1 : rowWeight[i]);
            }
        }
        boolean[] tyArray = new boolean[ty.size()];
        for (int i = 0; i < tyArray.length; i++) {
            tyArray[i] = ty.get(i);
        }
        double[][] txArray = tx.toArray(double[][]::new);
        if (signals > 0) {
            Augmented a = withRulesSilent(txArray, tyArray, signals);
            txArray = a.x();
            tyArray = a.y();
        }
        return LogisticRegression.fit(txArray, tyArray, lambda, rowWeight == null ? null : tw.stream().mapToDouble(Double::doubleValue).toArray());
    }

    record Augmented(double[][] x, boolean[] y) {
    }

    /**
     * {@link #outOfFold} and, from the same fold models, each row scored with its last {@code signals} features (the
     * rule signals) zeroed: what the classifier says where no rule knows the phrasing.
     */
    static double[][] outOfFoldWithText(double[][] x, boolean[] y, int[] fold, double lambda, int drop, int signals) {
        return outOfFoldWithText(x, y, fold, lambda, drop, signals, null);
    }

    /** The same with a weight per row in each fold's fit ({@code null}: all 1). */
    static double[][] outOfFoldWithText(double[][] x, boolean[] y, int[] fold, double lambda, int drop, int signals, double[] rowWeight) {
        double[] oof = new double[x.length];
        double[] text = new double[x.length];
        java.util.stream.IntStream.range(0, 5).parallel().forEach(f -> {
            double[] w = foldModel(x, y, fold, f, lambda, drop, rowWeight);
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == f) {
                    oof[i] = LogisticRegression.probability(w, x[i]);
                    double[] silenced = x[i].clone();
                    java.util.Arrays.fill(silenced, silenced.length - signals, silenced.length, 0);
                    text[i] = LogisticRegression.probability(w, silenced);
                }
            }
        });
        return new double[][]{oof, text};
    }

    /**
     * Round 20: whether the rules are taken to know a training row's phrasing in the "half" protocol: every negative,
     * and the positives whose CRC32 of "half" + text is even. On the deepset test split the rules alone catch about
     * half of the injections (0.517), on train 193 of 203 (they were written on these rows): crediting them on half of
     * the train positives only, and scoring the other half with their rule signals zeroed, puts the classifier where
     * it works on new text.
     */
    static boolean halfKnown(Example row) {
        return !row.positive() || crc("half" + row.text()) % 2 == 0;
    }

    /**
     * The rows, and after them a copy of every row on which a rule fires with its last {@code signals} features (the
     * rule signals) zeroed: the classifier must then also learn those rows from the embedding and the words, as if
     * no rule had fired. Round 16 experiment ({@code drop} in {@link InjectionFeatureExperiment}); not used by the
     * shipped training: deepset-train CV 0.946 to 0.930, and no more injections caught where no rule fires.
     */
    static Augmented withRulesSilent(double[][] x, boolean[] y, int signals) {
        List<double[]> ax = new ArrayList<>(java.util.Arrays.asList(x));
        List<Boolean> ay = new ArrayList<>();
        for (boolean b : y) {
            ay.add(b);
        }
        for (int i = 0; i < x.length; i++) {
            boolean fired = false;
            for (int k = x[i].length - signals; k < x[i].length; k++) {
                fired |= x[i][k] != 0;
            }
            if (fired) {
                double[] copy = x[i].clone();
                java.util.Arrays.fill(copy, copy.length - signals, copy.length, 0);
                ax.add(copy);
                ay.add(y[i]);
            }
        }
        boolean[] out = new boolean[ay.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ay.get(i);
        }
        return new Augmented(ax.toArray(double[][]::new), out);
    }

    private void train(String name, double[] lambdas, double signalScale, int words, List<String> signalNames, Function<String, double[]> signals, List<Example> rows,
                       String primary, double maxSupportFalsePositives, Path out, String source) throws IOException {
        rows = dedupe(rows);
        embedMissing(rows.stream().map(Example::text).toList());
        boolean chars = CHARS.contains(name);
        double[][] x = features(rows, words, chars, t -> scaled(signals.apply(t), signalScale));
        boolean[] y = labels(rows);
        int[] fold = folds(rows, Double.parseDouble(System.getProperty("guardrail.group-folds", "0")));
        boolean injection = name.equals("prompt-injection");
        int drop = injection && INJECTION_DROP ? signalNames.size() : 0;
        boolean half = injection && INJECTION_SELECT.equals("half");
        boolean[] fired = new boolean[rows.size()];
        boolean[] known = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (double v : signals.apply(rows.get(i).text())) {
                fired[i] |= v > 0;
            }
            known[i] = halfKnown(rows.get(i));
        }
        // Round bl2: the sensitive model's threshold also keeps its out-of-fold false positives on the written
        // conversations' negatives (look-alike messages, requests for a person) under a ceiling,
        // -Dguardrail.sensitive-lookalike-fp (0.2 %, the support rows' ceiling); no ceiling for the other models.
        double maxConversationFp = name.equals("sensitive") ? Double.parseDouble(System.getProperty("guardrail.sensitive-lookalike-fp", "0.002")) : 1.0;
        double bestF1 = -1, bestLambda = 1, bestThreshold = 0.5;
        double[] bestOof = null;
        double[] rowWeight = injection ? rowWeights(rows) : null;
        for (double lambda : lambdas) {
            double[][] both = outOfFoldWithText(x, y, fold, lambda, drop, signalNames.size(), rowWeight);
            double[] oof = both[0];
            double lambdaF1 = -1, lambdaT = 0;
            for (double t = 0.05; t < 0.991; t += 0.01) {
                int tp = 0, fp = 0, fn = 0, support = 0, supportFp = 0, conversationNegatives = 0, conversationFp = 0;
                for (int i = 0; i < rows.size(); i++) {
                    // The classifier alone: the rules were written on these same training rows, so crediting
                    // them here would pick a threshold that leaves the classifier too little to do on new text.
                    // Or (-Dguardrail.injection-select=half) the rules credited on half of the positives only, the
                    // other half scored as if no rule knew them.
                    boolean said = oof[i] >= t;
                    if (half && primary(rows.get(i), primary)) {
                        said = known[i] ? fired[i] || said : both[1][i] >= t;
                    }
                    if (primary(rows.get(i), primary)) {
                        tp += said && y[i] ? 1 : 0;
                        fp += said && !y[i] ? 1 : 0;
                        fn += !said && y[i] ? 1 : 0;
                        if (!y[i] && rows.get(i).source().startsWith(CONVERSATION)) {
                            conversationNegatives++;
                            conversationFp += said ? 1 : 0;
                        }
                    } else if (!y[i] && !rows.get(i).source().equals("lookalike")) {
                        support++;
                        supportFp += said ? 1 : 0;
                    }
                }
                double f1 = 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
                boolean allowed = (support == 0 || (double) supportFp / support <= maxSupportFalsePositives)
                        && (conversationNegatives == 0 || (double) conversationFp / conversationNegatives <= maxConversationFp);
                if (allowed && f1 > lambdaF1) {
                    lambdaF1 = f1;
                    lambdaT = t;
                }
                if (allowed && f1 > bestF1) {
                    bestF1 = f1;
                    bestLambda = lambda;
                    bestThreshold = t;
                    bestOof = oof;
                }
            }
            if (Boolean.getBoolean("guardrail.curve")) {
                System.out.printf(Locale.ROOT, "  %s lambda %s: 5-fold F1 %.3f at %.2f%n", name, lambda, lambdaF1, lambdaT);
            }
        }
        if (Boolean.getBoolean("guardrail.misses") && bestOof != null) {
            // -Dguardrail.misses=true: the training rows the classifier misses out of fold (tune data only), to see
            // which phrasings the written training set lacks.
            for (int i = 0; i < rows.size(); i++) {
                if (primary(rows.get(i), primary) && y[i] != (bestOof[i] >= bestThreshold)) {
                    System.out.printf(Locale.ROOT, "  %s miss (%s, p %.2f): %s%n", name, y[i] ? "positive" : "negative", bestOof[i], rows.get(i).text());
                }
            }
        }
        if (Boolean.getBoolean("guardrail.curve")) {
            System.out.println(name + ": best lambda " + bestLambda);
        }
        if (drop > 0 && rowWeight != null) {
            throw new IllegalArgumentException("row weights and rule-silent copies are not combined");
        }
        Augmented all = drop > 0 ? withRulesSilent(x, y, drop) : new Augmented(x, y);
        double[] w = LogisticRegression.fit(all.x(), all.y(), bestLambda, rowWeight);
        System.out.printf(Locale.ROOT, "%s: %d rows (%d positive); 5-fold F1 on %s rows %.3f at threshold %.2f, lambda %s%s%n",
                name, rows.size(), count(y), primary, bestF1, bestThreshold, bestLambda, chars ? ", words + character 4-grams" : "");
        if (injection && injectionThreshold(bestThreshold) != bestThreshold) {
            bestThreshold = injectionThreshold(bestThreshold);
            System.out.printf(Locale.ROOT, "%s: threshold written %.2f (-Dguardrail.injection-threshold)%n", name, bestThreshold);
        }
        write(out, name, words, chars, signalNames, signalScale, w, bestThreshold, source + ". Rules fire first; the classifier decides at the threshold "
                + (half ? "(chosen by the screen's 5-fold cross-validated F1 with the rules credited on half of the injections, round 20: "
                        : "(the classifier alone: 5-fold cross-validated F1 ")
                + String.format(Locale.ROOT, "%.3f", bestF1) + ", lambda " + bestLambda + ").");
    }

    /**
     * Each row's cross-validation fold (0..4): by a CRC32 of the text, or with {@code near} > 0 by that of the first
     * row of its group of near duplicates (embedding cosine >= {@code near}, linked transitively), so that a template
     * repeated with small changes is never on both sides of a fold.
     */
    int[] folds(List<Example> rows, double near) {
        int n = rows.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        if (near > 0) {
            float[][] v = new float[n][];
            for (int i = 0; i < n; i++) {
                v[i] = cache.get(Embedder.capped(rows.get(i).text()));
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dot = 0;
                    for (int k = 0; k < v[i].length; k++) {
                        dot += v[i][k] * v[j][k];
                    }
                    if (dot >= near) {
                        parent[root(parent, j)] = root(parent, i);
                    }
                }
            }
        }
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            // Round bl1: a conversation row's fold is its set's, so that each fold holds out whole sets.
            Example row = rows.get(root(parent, i));
            fold[i] = (int) (crc(row.source().startsWith(CONVERSATION) ? row.source() : row.text()) % 5);
        }
        return fold;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void write(Path out, String name, int words, boolean chars, List<String> signalNames, double[] w, double threshold, String source) throws IOException {
        write(out, name, words, chars, signalNames, 1, w, threshold, source);
    }

    private void write(Path out, String name, int words, boolean chars, List<String> signalNames, double signalScale, double[] w, double threshold,
                       String source) throws IOException {
        int d = w.length - 1;
        float[] weights = new float[d];
        int embedding = d - words - signalNames.size();
        for (int j = 0; j < d; j++) {
            // Fold the training scale into the embedding and word weights: the service scores raw unit vectors.
            // And the rule signals' training value: the service feeds them as 0/1.
            weights[j] = (float) (j < embedding + words ? w[j] * SCALE : w[j] * signalScale);
        }
        LinearModel model = new LinearModel(name, signalNames, words, chars, weights, w[d], threshold);
        String comment = "Logistic regression on the all-MiniLM-L6-v2 sentence embedding (" + embedding + " values)"
                + (words > 0 ? ", the message's words and word pairs" + (chars ? " and its words' character 4-grams" : "")
                        + " hashed into " + words + " slots" : "")
                + (signalNames.isEmpty() ? "" : " plus rule signals " + signalNames) + ".\n"
                + "Trained by com.safesupport.bot.eval.GuardrailTraining (see docs/bot-evaluation.md) on: " + source;
        Files.writeString(out.resolve(name + ".model"), model.format(comment), StandardCharsets.UTF_8);
    }

    static double[] scaled(double[] signals, double factor) {
        if (factor == 1) {
            return signals;
        }
        double[] out = signals.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    private double[][] features(List<Example> rows, int words, Function<String, double[]> signals) {
        return features(rows, words, false, signals);
    }

    double[][] features(List<Example> rows, int words, boolean chars, Function<String, double[]> signals) {
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            float[] v = cache.get(Embedder.capped(rows.get(i).text()));
            double[] s = signals.apply(rows.get(i).text());
            double[] f = new double[v.length + words + s.length];
            for (int j = 0; j < v.length; j++) {
                f[j] = v[j] * SCALE;
            }
            WordFeatures text = WordFeatures.of(rows.get(i).text(), words, chars);
            for (int slot : text.indices()) {
                f[v.length + slot] = text.value() * SCALE;
            }
            System.arraycopy(s, 0, f, v.length + words, s.length);
            x[i] = f;
        }
        return x;
    }

    void embedMissing(List<String> texts) throws IOException {
        // The service embeds a message's first Embedder.MAX_CHARS characters: so does training.
        List<TextSegment> missing = texts.stream().map(Embedder::capped).collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                .filter(t -> !cache.containsKey(t)).map(TextSegment::from).toList();
        if (missing.isEmpty()) {
            return;
        }
        System.out.println("embedding " + missing.size() + " texts");
        var embedded = embedder.model().embedAll(missing).content();
        for (int i = 0; i < missing.size(); i++) {
            cache.put(missing.get(i).text(), Embedder.unit(embedded.get(i).vector()));
        }
        Files.createDirectories(cacheFile.getParent());
        Map<String, float[]> own = new HashMap<>(cache);
        own.keySet().removeAll(kb.keySet());
        try (OutputStream o = Files.newOutputStream(cacheFile)) {
            VectorCache.write(own, o);
        }
        // The cache keeps 16-bit values: train on what it gives back, so that a first run (texts just embedded) and
        // every later run (texts read from the cache) fit the same weights; the bundled vectors stay over them.
        cache.putAll(lookup(kb, cacheFile));
    }

    static List<Example> dedupe(List<Example> rows) {
        Map<String, Example> seen = new java.util.LinkedHashMap<>();
        for (Example e : rows) {
            // A text that is positive anywhere stays positive.
            seen.merge(e.text(), e, (a, b) -> a.positive() ? a : b);
        }
        return new ArrayList<>(seen.values());
    }

    static boolean[] labels(List<Example> rows) {
        boolean[] y = new boolean[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).positive();
        }
        return y;
    }

    private static int count(boolean[] y) {
        int n = 0;
        for (boolean b : y) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Share of positives scored at or above {@code t}, share of negatives below it. */
    private static double[] rates(double[] p, boolean[] y, double t) {
        int pos = 0, posKept = 0, neg = 0, negFlagged = 0;
        for (int i = 0; i < p.length; i++) {
            if (y[i]) {
                pos++;
                posKept += p[i] >= t ? 1 : 0;
            } else {
                neg++;
                negFlagged += p[i] < t ? 1 : 0;
            }
        }
        return new double[]{(double) posKept / Math.max(1, pos), (double) negFlagged / Math.max(1, neg)};
    }

    static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    static <T> List<T> every(List<T> rows, int k) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += k) {
            out.add(rows.get(i));
        }
        return out;
    }

    /**
     * The project's written messages (test resources), split 80 % tune / 20 % report by the same CRC32 rule as
     * bitext, plus lines written for tuning only ({@code tuneOnly}, another file): they never reach the report part,
     * which stays the same rows, and one that repeats a report line (case and spacing aside) is dropped.
     */
    record Written(List<String> all, List<String> tuneOnly) {
        Written(List<String> all) {
            this(all, List.of());
        }

        List<String> tune() {
            Set<String> report = report().stream().map(Written::key).collect(Collectors.toSet());
            List<String> tune = new ArrayList<>(all.stream().filter(t -> crc(t) % 5 != 0).toList());
            tuneOnly.stream().filter(t -> !report.contains(key(t))).forEach(tune::add);
            return tune;
        }

        List<String> report() {
            return all.stream().filter(t -> crc(t) % 5 == 0).toList();
        }

        private static String key(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        static Written load(String resource) throws IOException {
            return new Written(lines(resource), List.of());
        }

        /** {@code resource} split by hash, and {@code tuneResource} for tuning only. */
        static Written load(String resource, String tuneResource) throws IOException {
            return new Written(lines(resource), lines(tuneResource));
        }

        static List<String> lines(String resource) throws IOException {
            try (InputStream in = GuardrailTraining.class.getClassLoader().getResourceAsStream(resource)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        }
    }

    /** The training-side rows of every dataset; report splits are not loaded. */
    static final class Corpus {
        final List<Example> deepsetTrain = new ArrayList<>();
        final List<String> banking77Train = new ArrayList<>();
        final List<String[]> clincTrain = new ArrayList<>();
        final List<String[]> clincVal = new ArrayList<>();
        /** text, intent, tags */
        final List<String[]> bitextTune = new ArrayList<>();
        Written writtenHuman;
        Written writtenFrustration;
        Written writtenInjections;
        Written writtenInjectionsR11;
        Written writtenLookalikesR11;
        Written writtenLookalikesR12;
        /** Tune only, human-request only: messages that mention a person without asking for one, and ("+ ") requests. */
        List<String> writtenHumanLookalikes;
        /** Training only, prompt-injection only: ordinary support messages in five languages (round 30). */
        List<String> writtenSupportMultilingual;
        /** Training only, prompt-injection only: injections in the same five languages (round 30). */
        List<String> writtenInjectionsMultilingual;
        /** Round bh79, sensitive only: sensitive look-alikes (negatives) and own situations ("+ "), split train/dev. */
        Written writtenSensitiveLookalikes;

        static Corpus load(Path data) throws IOException {
            Corpus c = new Corpus();
            ObjectMapper json = new ObjectMapper();
            for (String l : Files.readAllLines(data.resolve("prompt-injections/train.jsonl"))) {
                if (!l.isBlank()) {
                    JsonNode row = json.readTree(l);
                    c.deepsetTrain.add(new Example(row.get("text").asText(), row.get("label").asInt() == 1, "deepset"));
                }
            }
            Evaluation.csv(data.resolve("banking77/train.csv")).forEach(r -> c.banking77Train.add(r[0]));
            JsonNode clinc = json.readTree(data.resolve("clinc150/data_full.json").toFile());
            for (String split : new String[]{"train", "oos_train"}) {
                clinc.get(split).forEach(r -> c.clincTrain.add(new String[]{r.get(0).asText(), r.get(1).asText()}));
            }
            for (String split : new String[]{"val", "oos_val"}) {
                clinc.get(split).forEach(r -> c.clincVal.add(new String[]{r.get(0).asText(), r.get(1).asText()}));
            }
            for (String[] r : Evaluation.csv(data.resolve("bitext-customer-support/Bitext_Sample_Customer_Support_Training_Dataset_4514.csv"))) {
                if (!Evaluation.bitextReport(r[2])) {
                    c.bitextTune.add(new String[]{r[2], r[3], r[9]});
                }
            }
            c.writtenHuman = Written.load("guardrail/written-human-requests.txt", "guardrail/written-human-requests-tune.txt");
            c.writtenFrustration = Written.load("guardrail/written-frustration.txt", "guardrail/written-frustration-tune.txt");
            c.writtenInjections = Written.load("guardrail/written-injections.txt");
            c.writtenInjectionsR11 = Written.load("guardrail/written-injections-r11.txt");
            c.writtenLookalikesR11 = Written.load("guardrail/written-injection-lookalikes-r11.txt");
            c.writtenLookalikesR12 = Written.load("guardrail/written-injection-lookalikes-r12.txt");
            c.writtenHumanLookalikes = Written.lines("guardrail/written-human-lookalikes-tune.txt");
            c.writtenSupportMultilingual = Written.lines("guardrail/written-support-multilingual-tune.txt");
            c.writtenInjectionsMultilingual = Written.lines("guardrail/written-injections-multilingual-tune.txt");
            c.writtenSensitiveLookalikes = Written.load("guardrail/written-sensitive-lookalikes.txt");
            return c;
        }
    }

}
