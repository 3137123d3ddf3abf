package com.safesupport.bot.knowledge;

import com.safesupport.bot.config.BotConfig;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The knowledge base, loaded and indexed once at start-up: every article's title, questions and passages are
 * embedded with the in-process all-MiniLM-L6-v2 model, and the whole article is indexed for lexical (BM25)
 * scoring. Articles come from {@code bot.knowledge.path} (a mounted ConfigMap) or the sample inside the jar.
 */
@Startup
@ApplicationScoped
public class KnowledgeBase {

    private static final Logger LOG = Logger.getLogger(KnowledgeBase.class);
    private static final String BUNDLED = "kb/";

    /** One embedded text: which article it belongs to and, for passages, which one. */
    private record Vector(int article, int passage, boolean question, float[] values) {
    }

    @Inject
    EmbeddingModel embeddingModel;

    @Inject
    BotConfig config;

    private List<Article> articles = List.of();
    private int embeddedAtStart;
    private final List<Vector> vectors = new ArrayList<>();
    private Bm25 lexical;

    @PostConstruct
    void index() {
        index(config.knowledge().path());
    }

    /** A knowledge base outside CDI, for the evaluation and benchmark runners. */
    public static KnowledgeBase standalone(EmbeddingModel model, Optional<String> path) {
        KnowledgeBase kb = new KnowledgeBase();
        kb.embeddingModel = model;
        kb.index(path);
        return kb;
    }

    private void index(Optional<String> path) {
        long started = System.nanoTime();
        articles = load(path);
        List<TextSegment> segments = new ArrayList<>();
        List<int[]> owners = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            segments.add(TextSegment.from(article.title()));
            owners.add(new int[]{a, -1, 1});
            for (String q : article.questions()) {
                segments.add(TextSegment.from(q));
                owners.add(new int[]{a, -1, 1});
            }
            for (int p = 0; p < article.passages().size(); p++) {
                segments.add(TextSegment.from(article.passages().get(p)));
                owners.add(new int[]{a, p, 0});
            }
        }
        Map<String, float[]> cached = cachedVectors(path);
        List<TextSegment> missing = segments.stream().filter(t -> !cached.containsKey(t.text())).distinct().toList();
        if (!missing.isEmpty()) {
            List<Embedding> embedded = embeddingModel.embedAll(missing).content();
            for (int i = 0; i < missing.size(); i++) {
                cached.put(missing.get(i).text(), normalized(embedded.get(i).vector()));
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            int[] owner = owners.get(i);
            vectors.add(new Vector(owner[0], owner[1], owner[2] == 1, normalized(cached.get(segments.get(i).text()))));
        }
        embeddedAtStart = missing.size();
        lexical = new Bm25(articles.stream()
                .map(a -> a.title() + " " + String.join(" ", a.questions()) + " " + a.body())
                .toList());
        LOG.infof("Knowledge base: %d articles, %d vectors (%d embedded now, the rest from %s) indexed in %d ms",
                articles.size(), vectors.size(), embeddedAtStart, VectorCache.FILE, (System.nanoTime() - started) / 1_000_000);
    }

    public List<Article> articles() {
        return articles;
    }

    /** The articles closest to a (redacted) question, best first. */
    public Retrieval search(String question, int topK) {
        float[] q = normalized(embeddingModel.embed(question).content().vector());
        int n = articles.size();
        double[] dense = new double[n];
        java.util.Arrays.fill(dense, -1);
        int[] bestPassage = new int[n];
        double[] bestPassageScore = new double[n];
        java.util.Arrays.fill(bestPassageScore, -2);
        for (Vector v : vectors) {
            double s = dot(q, v.values());
            if (s > dense[v.article()]) {
                dense[v.article()] = s;
            }
            if (v.passage() >= 0 && s > bestPassageScore[v.article()]) {
                bestPassageScore[v.article()] = s;
                bestPassage[v.article()] = v.passage();
            }
        }
        double[] lex = lexical.scores(question);
        List<Retrieval.Hit> hits = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            double score = Math.max(0, Math.min(1, DENSE_WEIGHT * dense[a] + (1 - DENSE_WEIGHT) * lex[a]));
            Article article = articles.get(a);
            hits.add(new Retrieval.Hit(article, score, article.passages().get(bestPassage[a])));
        }
        hits.sort(Comparator.comparingDouble(Retrieval.Hit::score).reversed());
        return new Retrieval(List.copyOf(hits.subList(0, Math.min(topK, hits.size()))));
    }

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
                out.put(t, vectors.get(i++).values());
            }
        }
        return out;
    }

    private Map<String, float[]> cachedVectors(Optional<String> path) {
        try {
            if (path.isPresent() && !path.get().isBlank()) {
                Path file = Path.of(path.get()).resolve(VectorCache.FILE);
                if (Files.exists(file)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        return VectorCache.read(in);
                    }
                }
                return new HashMap<>();
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED + VectorCache.FILE)) {
                return in == null ? new HashMap<>() : VectorCache.read(in);
            }
        } catch (IOException e) {
            LOG.warnf("Ignoring an unreadable %s: every text is embedded at start-up", VectorCache.FILE);
            return new HashMap<>();
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

    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / (norm == 0 ? 1 : norm));
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Okapi BM25 over whole articles, scores normalised to [0, 1] by the best article of the query. */
    static final class Bm25 {
        private static final double K1 = 1.2;
        private static final double B = 0.75;
        private final List<Map<String, Integer>> termCounts = new ArrayList<>();
        private final Map<String, Integer> documentFrequency = new HashMap<>();
        private final double[] lengths;
        private final double averageLength;

        Bm25(List<String> documents) {
            lengths = new double[documents.size()];
            double total = 0;
            for (int d = 0; d < documents.size(); d++) {
                Map<String, Integer> counts = new HashMap<>();
                List<String> terms = Terms.of(documents.get(d));
                terms.forEach(t -> counts.merge(t, 1, Integer::sum));
                counts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
                termCounts.add(counts);
                lengths[d] = terms.size();
                total += terms.size();
            }
            averageLength = documents.isEmpty() ? 1 : total / documents.size();
        }

        double[] scores(String query) {
            int n = termCounts.size();
            double[] scores = new double[n];
            double best = 0;
            List<String> terms = Terms.of(query).stream().distinct().toList();
            for (int d = 0; d < n; d++) {
                double s = 0;
                for (String t : terms) {
                    Integer tf = termCounts.get(d).get(t);
                    if (tf != null) {
                        double idf = Math.log(1 + (n - documentFrequency.get(t) + 0.5) / (documentFrequency.get(t) + 0.5));
                        s += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[d] / averageLength));
                    }
                }
                scores[d] = s;
                best = Math.max(best, s);
            }
            if (best > 0) {
                for (int d = 0; d < n; d++) {
                    scores[d] /= best;
                }
            }
            return scores;
        }
    }

    /** Lower-cased word terms with a light English stemmer and stop words removed. */
    static final class Terms {
        private static final java.util.Set<String> STOP = java.util.Set.of("the", "a", "an", "i", "my", "me", "is", "it",
                "to", "of", "and", "or", "in", "on", "for", "do", "does", "did", "can", "be", "was", "are", "what",
                "how", "why", "when", "this", "that", "have", "has", "with", "you", "your", "there", "at", "am", "will",
                "from", "not", "so", "but", "if", "get", "would", "could", "should", "some", "any", "about", "please");

        static List<String> of(String text) {
            List<String> out = new ArrayList<>();
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 1 && !STOP.contains(w)) {
                    out.add(stem(w));
                }
            }
            return out;
        }

        static String stem(String w) {
            if (w.length() > 5 && w.endsWith("ing")) {
                return w.substring(0, w.length() - 3);
            }
            if (w.length() > 4 && w.endsWith("ed")) {
                return w.substring(0, w.length() - 2);
            }
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                return w.substring(0, w.length() - 1);
            }
            return w;
        }

        private Terms() {
        }
    }
}
