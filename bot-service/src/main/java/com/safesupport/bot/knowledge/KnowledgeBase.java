package com.safesupport.bot.knowledge;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.NativeFiles;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The knowledge base, loaded and indexed once at start-up: every article's title, questions and passages are
 * embedded with the in-process all-MiniLM-L6-v2 model ({@link DenseIndex}), and the whole article is indexed for
 * lexical BM25 scoring in an in-memory Lucene index ({@link LexicalIndex}). An article's score blends its best
 * cosine with its normalised BM25 score; the articles are ranked by that score plus {@link IntentModel}'s weighted
 * probability of the article's intent (a softmax on the same embedding, trained on Banking77 train), and the
 * confidence stays the blended score. Articles come from {@code bot.knowledge.path} (a mounted ConfigMap) or the
 * sample inside the jar.
 */
@Startup
@ApplicationScoped
public class KnowledgeBase {

    private static final Logger LOG = Logger.getLogger(KnowledgeBase.class);
    private static final String BUNDLED = "kb/";

    @Inject
    Embedder embedder;

    @Inject
    BotConfig config;

    private List<Article> articles = List.of();
    private int embeddedAtStart;
    private DenseIndex dense;
    private LexicalIndex lexical;

    @PostConstruct
    void index() {
        // The model is loaded before the service reports ready, even when every vector came from the cache:
        // otherwise the first customer's message pays for loading it (seconds on a busy machine, against the turn
        // deadline) and the idle footprint would not include it. It loads on a thread of its own while this one
        // builds the indexes, which need no model when vectors.bin holds every text (the native executable's ready
        // time was the sum of both, docs/local-stack.md); when some text needs embedding, embedAll waits for it.
        FutureTask<Long> model = new FutureTask<>(() -> {
            long started = System.nanoTime();
            embedder.embed("hello");
            return (System.nanoTime() - started) / 1_000_000;
        });
        Thread.ofPlatform().name("embedding-model-load").start(model);
        index(config.knowledge().path());
        LOG.infof("Embedding model loaded in %d ms (beside the knowledge base)", join(model));
    }

    /** The task's result; its failure rethrown as it was (start-up fails as it did when this ran inline). */
    private static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing the knowledge base", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A knowledge base outside CDI, for the evaluation and benchmark runners. */
    public static KnowledgeBase standalone(EmbeddingModel model, Optional<String> path) {
        return standalone(Embedder.standalone(model), path);
    }

    /** A knowledge base outside CDI sharing the caller's embedder, ranked with the shipped intent model. */
    public static KnowledgeBase standalone(Embedder embedder, Optional<String> path) {
        return standalone(embedder, path, q -> true, IntentModel.bundled());
    }

    /**
     * A knowledge base outside CDI that leaves out the example questions {@code keepQuestion} rejects: the
     * evaluation holds some Banking77 train questions out of the index to tune on them. No intent model: the
     * shipped one has seen every Banking77 train question (pass one trained without them instead).
     */
    public static KnowledgeBase standalone(Embedder embedder, Optional<String> path, Predicate<String> keepQuestion) {
        return standalone(embedder, path, keepQuestion, NEIGHBOURS);
    }

    /** The same ranking with another intent model (the evaluation's tune run trains one without its held-out rows). */
    public static KnowledgeBase standalone(Embedder embedder, Optional<String> path, Predicate<String> keepQuestion, Optional<IntentModel> intents) {
        KnowledgeBase kb = new KnowledgeBase();
        kb.embedder = embedder;
        kb.keepQuestion = keepQuestion;
        kb.intentModel = intents;
        kb.index(path);
        return kb;
    }

    /** The same with another number of nearest texts averaged per article (the evaluation's sweep; no intent model). */
    public static KnowledgeBase standalone(Embedder embedder, Optional<String> path, Predicate<String> keepQuestion, int neighbours) {
        KnowledgeBase kb = new KnowledgeBase();
        kb.embedder = embedder;
        kb.keepQuestion = keepQuestion;
        kb.neighbours = neighbours;
        kb.intentModel = Optional.empty();
        kb.index(path);
        return kb;
    }

    private Predicate<String> keepQuestion = q -> true;
    private int neighbours = NEIGHBOURS;
    private Optional<IntentModel> intentModel = IntentModel.bundled();
    /** Per article, its intent's position in the intent model's probabilities (-1: none). */
    private int[] intentOf = new int[0];

    private void index(Optional<String> path) {
        long started = System.nanoTime();
        articles = load(path).stream()
                .map(a -> new Article(a.id(), a.title(), a.intent(), a.questions().stream().filter(keepQuestion).toList(), a.passages()))
                .toList();
        long parsed = System.nanoTime();
        // The lexical index needs only the articles: built on another thread while this one reads the vectors and
        // builds the dense index (the same index either way: one writer, the articles in order, merged to one segment).
        List<String> documents = articles.stream()
                .map(a -> a.title() + " " + String.join(" ", a.questions()) + " " + a.body())
                .toList();
        FutureTask<Long> lexicalBuild = new FutureTask<>(() -> {
            long t = System.nanoTime();
            lexical = new LexicalIndex(documents);
            return (System.nanoTime() - t) / 1_000_000;
        });
        Thread.ofPlatform().name("lexical-index").start(lexicalBuild);
        List<TextSegment> segments = new ArrayList<>();
        List<int[]> owners = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            segments.add(TextSegment.from(article.title()));
            owners.add(new int[]{a, -1});
            for (String q : article.questions()) {
                segments.add(TextSegment.from(q));
                owners.add(new int[]{a, -1});
            }
            for (int p = 0; p < article.passages().size(); p++) {
                segments.add(TextSegment.from(article.passages().get(p)));
                owners.add(new int[]{a, p});
            }
        }
        VectorCache.Contents stored = cachedVectors(path);
        long read = System.nanoTime();
        Map<String, float[]> cached = stored.vectors();
        List<TextSegment> missing = segments.stream().filter(t -> !cached.containsKey(t.text())).distinct().toList();
        if (!missing.isEmpty()) {
            List<Embedding> embedded = embedder.model().embedAll(missing).content();
            for (int i = 0; i < missing.size(); i++) {
                cached.put(missing.get(i).text(), Embedder.unit(embedded.get(i).vector()));
            }
        }
        // The rows' vectors live on only in the index's matrix (vectorsByText reads them from there).
        List<DenseIndex.Row> rows = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            int[] owner = owners.get(i);
            rows.add(new DenseIndex.Row(owner[0], owner[1], Embedder.unit(cached.get(segments.get(i).text()))));
        }
        embeddedAtStart = missing.size();
        intentOf = new int[articles.size()];
        Map<String, Integer> positions = intentModel.map(IntentModel::positions).orElse(Map.of());
        for (int a = 0; a < articles.size(); a++) {
            String intent = articles.get(a).intent();
            intentOf[a] = intent == null ? -1 : positions.getOrDefault(intent, -1);
        }
        long embeddedNow = System.nanoTime();
        dense = new DenseIndex(rows, articles.size(), stored.basis().orElse(null));
        long denseBuilt = System.nanoTime();
        long lexicalMs = join(lexicalBuild);
        LOG.infof("Knowledge base: %d articles, %d vectors (%d embedded now, the rest from %s) indexed in %d ms "
                        + "(articles %d ms, %s read %d ms, rows %d ms, dense index %d ms; lexical index %d ms beside them)",
                articles.size(), rows.size(), embeddedAtStart, VectorCache.FILE, (System.nanoTime() - started) / 1_000_000,
                (parsed - started) / 1_000_000, VectorCache.FILE, (read - parsed) / 1_000_000,
                (embeddedNow - read) / 1_000_000, (denseBuilt - embeddedNow) / 1_000_000, lexicalMs);
    }

    public List<Article> articles() {
        return articles;
    }

    /** The articles closest to a (redacted) question, best first. */
    public Retrieval search(String question, int topK) {
        return search(question, embedder.embed(question), topK);
    }

    /**
     * The same with the question's unit embedding already computed (by {@link Embedder}): nothing is embedded.
     * Dense scores come in two passes ({@link DenseIndex}): an estimate for every article, then exact scores for
     * the {@value #CANDIDATES} articles whose estimate blended with BM25 is best; only those can be returned.
     */
    public Retrieval search(String question, float[] questionVector, int topK) {
        double[] lex = lexical.scores(question);
        DenseIndex.Estimate coarse = dense.estimate(questionVector);
        double[] estimate = coarse.best();
        double[] prior = intentPrior(questionVector);
        Integer[] order = new Integer[articles.size()];
        for (int a = 0; a < order.length; a++) {
            order[a] = a;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer a) -> blend(estimate[a], lex[a]) + prior[a]).reversed());
        int[] candidates = new int[Math.min(order.length, Math.max(CANDIDATES, topK))];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = order[i];
        }
        return rank(dense.exact(questionVector, coarse, candidates, neighbours), lex, prior, candidates, topK);
    }

    /** Per article, the intent model's weight times the probability of the article's intent (0 without a model). */
    private double[] intentPrior(float[] questionVector) {
        double[] prior = new double[articles.size()];
        if (intentModel.isPresent()) {
            IntentModel model = intentModel.get();
            double[] p = model.probabilities(questionVector);
            for (int a = 0; a < prior.length; a++) {
                prior[a] = intentOf[a] < 0 ? 0 : model.weight() * p[intentOf[a]];
            }
        }
        return prior;
    }

    /** The same scoring every article's texts exactly: the reference {@code DenseBench} compares the two passes with. */
    public Retrieval searchExhaustive(String question, float[] questionVector, int topK) {
        int[] all = new int[articles.size()];
        Arrays.setAll(all, a -> a);
        return rank(dense.exhaustive(questionVector, neighbours), lexical.scores(question), intentPrior(questionVector), all, topK);
    }

    private Retrieval rank(DenseIndex.Scores semantic, double[] lex, double[] prior, int[] which, int topK) {
        // Ranked by the blended score plus the intent prior; each hit keeps its blended score as its confidence.
        double[] score = new double[articles.size()];
        Integer[] order = new Integer[which.length];
        for (int i = 0; i < which.length; i++) {
            int a = which[i];
            score[a] = blend(semantic.best()[a], lex[a]);
            order[i] = a;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer a) -> score[a] + prior[a]).reversed());
        List<Retrieval.Hit> hits = new ArrayList<>(Math.min(topK, order.length));
        for (int i = 0; i < Math.min(topK, order.length); i++) {
            int a = order[i];
            Article article = articles.get(a);
            hits.add(new Retrieval.Hit(article, score[a], article.passages().get(semantic.bestPassage()[a]), semantic.best()[a], lex[a]));
        }
        return new Retrieval(List.copyOf(hits));
    }

    private static double blend(double dense, double lexical) {
        return Math.max(0, Math.min(1, DENSE_WEIGHT * dense + (1 - DENSE_WEIGHT) * lexical));
    }

    /** An article's dense score: the mean cosine of its this many closest texts. */
    public static final int NEIGHBOURS = 1;

    /** Articles scored exactly per question, chosen by the coarse dense estimate blended with BM25. */
    public static final int CANDIDATES = 10;

    /** Principal directions the dense estimate uses. */
    public static final int COARSE_DIMENSIONS = DenseIndex.COARSE_DIMENSIONS;

    /** Share of the dense (embedding) score in an article's score; the rest is normalised BM25. */
    static final double DENSE_WEIGHT = 0.85;

    /** Every indexed text with its vector: what {@link VectorCache} stores for the next start. */
    public Map<String, float[]> vectorsByText() {
        Map<String, float[]> out = new HashMap<>();
        int i = 0;
        for (Article a : articles) {
            List<String> texts = new ArrayList<>();
            texts.add(a.title());
            texts.addAll(a.questions());
            texts.addAll(a.passages());
            for (String t : texts) {
                out.put(t, dense.vector(i++));
            }
        }
        return out;
    }

    DenseIndex dense() {
        return dense;
    }

    /**
     * Stores the dense index's principal directions after the vectors of {@code vectorsFile} ({@link VectorCache}),
     * so that a start-up with the same vectors skips computing them.
     */
    public void writeBasis(Path vectorsFile) throws IOException {
        VectorCache.writeBasis(vectorsFile, dense.basis());
    }

    private VectorCache.Contents cachedVectors(Optional<String> path) {
        try {
            // The bundled vectors: in the native executable a file of its folder (NativeFiles), else the resource.
            Optional<Path> file = path.filter(p -> !p.isBlank()).map(p -> Path.of(p).resolve(VectorCache.FILE))
                    .or(() -> NativeFiles.folder().map(f -> f.resolve(VectorCache.FILE)));
            if (file.isPresent()) {
                if (Files.exists(file.get())) {
                    try (InputStream in = Files.newInputStream(file.get())) {
                        return VectorCache.readAll(in);
                    }
                }
                return new VectorCache.Contents(new HashMap<>(), Optional.empty());
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED + VectorCache.FILE)) {
                return in == null ? new VectorCache.Contents(new HashMap<>(), Optional.empty()) : VectorCache.readAll(in);
            }
        } catch (IOException e) {
            LOG.warnf("Ignoring an unreadable %s: every text is embedded at start-up", VectorCache.FILE);
            return new VectorCache.Contents(new HashMap<>(), Optional.empty());
        }
    }

    public Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    private List<Article> load(Optional<String> path) {
        Map<String, Article> byId = new LinkedHashMap<>();
        Map<String, List<String>> examples = new HashMap<>();
        for (Map.Entry<String, String> file : files(path).entrySet()) {
            if (file.getKey().endsWith(".tsv")) {
                // Extra example questions: "<article id>\t<question>" per line.
                for (String line : file.getValue().split("\n")) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        examples.computeIfAbsent(line.substring(0, tab).strip(), k -> new ArrayList<>()).add(line.substring(tab + 1).strip());
                    }
                }
            } else {
                Article article = ArticleParser.parse(file.getKey(), file.getValue());
                if (byId.put(article.id(), article) != null) {
                    throw new IllegalStateException("Two knowledge-base articles have the id " + article.id());
                }
            }
        }
        examples.forEach((id, questions) -> {
            Article a = byId.get(id);
            if (a != null) {
                List<String> all = new ArrayList<>(a.questions());
                all.addAll(questions);
                byId.put(id, new Article(a.id(), a.title(), a.intent(), List.copyOf(all), a.passages()));
            }
        });
        if (byId.isEmpty()) {
            throw new IllegalStateException("The knowledge base is empty");
        }
        return List.copyOf(byId.values());
    }

    private Map<String, String> files(Optional<String> path) {
        Map<String, String> files = new LinkedHashMap<>();
        if (path.isPresent() && !path.get().isBlank()) {
            Path folder = Path.of(path.get());
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : list.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".md") || name.endsWith(".tsv")) {
                        files.put(name, Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the knowledge base folder " + folder, e);
            }
            return files;
        }
        // Inside the jar there is no folder listing (nor in a native image): index.txt names the files.
        for (String name : resource(BUNDLED + "index.txt").split("\n")) {
            if (!name.isBlank()) {
                files.put(name.strip(), resource(BUNDLED + name.strip()));
            }
        }
        return files;
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
