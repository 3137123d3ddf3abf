package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.knowledge.Article;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import dev.langchain4j.data.segment.TextSegment;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.VectorUtil;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which dense search to ship, measured at the knowledge base's real size: an exact scan over a float matrix
 * (Lucene's {@link VectorUtil#dotProduct}) against Lucene's HNSW graph ({@link KnnFloatVectorField}, in memory),
 * both producing the best cosine per article. Prints CPU per query, build time and how often HNSW's best article
 * equals the exact one. Not a test:
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.DenseBench
 * </pre>
 */
public final class DenseBench {

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        KnowledgeBase kb = KnowledgeBase.standalone(embedder, Optional.empty());
        Map<String, float[]> byText = kb.vectorsByText();
        List<float[]> vectors = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int a = 0; a < kb.articles().size(); a++) {
            Article article = kb.articles().get(a);
            List<String> texts = new ArrayList<>();
            texts.add(article.title());
            texts.addAll(article.questions());
            texts.addAll(article.passages());
            for (String t : texts) {
                vectors.add(byText.get(t));
                owner.add(a);
            }
        }
        int articles = kb.articles().size();
        // HNSW over the same vectors, for comparison (not shipped: building the graph costs tens of seconds).
        long buildStart = System.nanoTime();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < vectors.size(); i++) {
                Document d = new Document();
                d.add(new KnnFloatVectorField("v", vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
                d.add(new StoredField("a", owner.get(i)));
                w.addDocument(d);
            }
            w.forceMerge(1);
        }
        DirectoryReader reader = DirectoryReader.open(dir);
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = reader.storedFields();
        int[] ownerOfDoc = new int[reader.maxDoc()];
        for (int d = 0; d < reader.maxDoc(); d++) {
            ownerOfDoc[d] = stored.document(d).getField("a").numericValue().intValue();
        }
        long buildMs = (System.nanoTime() - buildStart) / 1_000_000;

        List<String[]> rows = Evaluation.csv(data.resolve("banking77").resolve("test.csv"));
        List<float[]> queries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 3) {
            segments.add(TextSegment.from(rows.get(i)[0]));
            texts.add(rows.get(i)[0]);
        }
        embedder.model().embedAll(segments).content().forEach(e -> queries.add(Embedder.unit(e.vector())));
        float[][] matrix = vectors.toArray(float[][]::new);
        int[] ownerArray = owner.stream().mapToInt(Integer::intValue).toArray();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long flat = 0;
            long hnsw = 0;
            long exhaustive = 0;
            long twoPass = 0;
            int agree = 0;
            int sameFirst = 0;
            int sameTop3 = 0;
            for (int n = 0; n < queries.size(); n++) {
                float[] q = queries.get(n);
                long r0 = cpu.getCurrentThreadCpuTime();
                Retrieval reference = kb.searchExhaustive(texts.get(n), q, 3);
                long r1 = cpu.getCurrentThreadCpuTime();
                Retrieval fast = kb.search(texts.get(n), q, 3);
                long r2 = cpu.getCurrentThreadCpuTime();
                exhaustive += r1 - r0;
                twoPass += r2 - r1;
                sameFirst += reference.best().article().id().equals(fast.best().article().id())
                        && Math.abs(reference.confidence() - fast.confidence()) < 1e-9 ? 1 : 0;
                sameTop3 += ids(reference).equals(ids(fast)) ? 1 : 0;
                long t0 = cpu.getCurrentThreadCpuTime();
                double[] exact = new double[articles];
                Arrays.fill(exact, -1);
                for (int i = 0; i < matrix.length; i++) {
                    double s = VectorUtil.dotProduct(q, matrix[i]);
                    if (s > exact[ownerArray[i]]) {
                        exact[ownerArray[i]] = s;
                    }
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                double[] approx = new double[articles];
                Arrays.fill(approx, -1);
                for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery("v", q, 50), 50).scoreDocs) {
                    // Lucene's DOT_PRODUCT score is (1 + cosine) / 2.
                    double cosine = 2 * hit.score - 1;
                    approx[ownerOfDoc[hit.doc]] = Math.max(approx[ownerOfDoc[hit.doc]], cosine);
                }
                long t2 = cpu.getCurrentThreadCpuTime();
                flat += t1 - t0;
                hnsw += t2 - t1;
                agree += argmax(exact) == argmax(approx) ? 1 : 0;
            }
            if (round == 2) {
                System.out.printf(Locale.ROOT, "%d vectors x %d dims, %d queries (Banking77 test, every 3rd), load %.2f%n", matrix.length,
                        matrix[0].length, queries.size(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.printf(Locale.ROOT, "  flat scan (VectorUtil.dotProduct): %6.0f us per query, built at start-up for free%n", flat / 1000.0 / queries.size());
                System.out.printf(Locale.ROOT, "  HNSW (KnnFloatVectorQuery k=50):    %6.0f us per query, index built in %d ms; best article equals exact %.3f%n",
                        hnsw / 1000.0 / queries.size(), buildMs, (double) agree / queries.size());
                System.out.printf(Locale.ROOT, "  retrieval, every article exact (+ BM25): %6.0f us per query%n", exhaustive / 1000.0 / queries.size());
                System.out.printf(Locale.ROOT, "  retrieval, two passes (%d-dim estimate, exact for %d articles, + BM25): %6.0f us per query; "
                                + "same first article and confidence %.4f, same top 3 %.4f%n", KnowledgeBase.COARSE_DIMENSIONS, KnowledgeBase.CANDIDATES,
                        twoPass / 1000.0 / queries.size(), (double) sameFirst / queries.size(), (double) sameTop3 / queries.size());
            }
        }
    }

    private static List<String> ids(Retrieval r) {
        return r.hits().stream().map(h -> h.article().id()).toList();
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
