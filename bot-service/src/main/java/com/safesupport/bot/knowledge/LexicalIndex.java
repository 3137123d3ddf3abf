package com.safesupport.bot.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lexical (BM25) scoring of whole articles with Apache Lucene: an in-memory index (no memory-mapped files, so it
 * runs the same in a native image) with Lucene's English analyzer (possessives, stop words, Porter stemmer). One
 * Lucene document per article: its title, questions and body. Scores are normalised to [0, 1] by the best article
 * of the query, so they blend with cosine similarities.
 */
final class LexicalIndex {

    private static final String TEXT = "text";
    private static final String ORDINAL = "ordinal";
    /** Distinct query terms kept; a long message is cut here so a query never grows past Lucene's clause limit. */
    static final int MAX_QUERY_TERMS = 256;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;
    private final int[] articleOf;
    private final int size;

    LexicalIndex(List<String> documents) {
        size = documents.size();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int d = 0; d < documents.size(); d++) {
                    Document doc = new Document();
                    doc.add(new TextField(TEXT, documents.get(d), Field.Store.NO));
                    doc.add(new StoredField(ORDINAL, d));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            // Every query is new text: caching its clauses would only hold customer words in memory.
            searcher.setQueryCache(null);
            // Lucene document ids follow insertion order after the merge; map them once, checked, not assumed.
            articleOf = new int[reader.maxDoc()];
            var stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                articleOf[doc] = stored.document(doc).getField(ORDINAL).numericValue().intValue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the lexical index", e);
        }
    }

    /** BM25 score of every article for the query, divided by the best one (all zero when no term matches). */
    double[] scores(String query) {
        double[] scores = new double[size];
        Set<String> terms = terms(query);
        if (terms.isEmpty()) {
            return scores;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        terms.forEach(t -> q.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD));
        try {
            TopDocs top = searcher.search(q.build(), size);
            double best = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
            for (ScoreDoc hit : top.scoreDocs) {
                scores[articleOf[hit.doc]] = best > 0 ? hit.score / best : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("In-memory index unreadable", e);
        }
        return scores;
    }

    /** The analysed, distinct terms of a text, at most {@link #MAX_QUERY_TERMS}. */
    Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
