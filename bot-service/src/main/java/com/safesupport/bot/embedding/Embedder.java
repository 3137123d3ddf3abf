package com.safesupport.bot.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sentence embeddings of the in-process all-MiniLM-L6-v2 model as unit vectors: what retrieval and the learned
 * guardrails both score a message with. A message is embedded once per turn: the guardrails and retrieval run on
 * the same request thread one after the other, so the last text embedded on a thread is remembered and a second
 * request for the same text is free. Callers that already hold the vector can pass it on instead. A message is
 * embedded from its first {@value #MAX_CHARS} characters (about 250 word pieces, the length the model was trained
 * on): a long message costs no more than that, and the guardrail rules and BM25 still read all of it.
 */
@ApplicationScoped
public class Embedder {

    /** The last text this thread embedded and its vector: one entry per worker thread, never shared. */
    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private record Memo(String text, float[] vector) {
    }

    /** Characters of a message that are embedded. */
    public static final int MAX_CHARS = 1000;

    /** {@link MiniLm} unless a runner passed another model. */
    private EmbeddingModel model;

    /** An embedder outside CDI, for the evaluation, training and benchmark runners. */
    public static Embedder standalone(EmbeddingModel model) {
        Embedder e = new Embedder();
        e.model = model;
        return e;
    }

    /** The unit-length embedding of a (redacted) text; do not modify the returned array. */
    public float[] embed(String text) {
        Memo memo = LAST.get();
        if (memo != null && memo.text().equals(text)) {
            return memo.vector();
        }
        float[] vector = unit(model().embed(capped(text)).content().vector());
        LAST.set(new Memo(text, vector));
        return vector;
    }

    /** The part of a message that is embedded: its first {@value #MAX_CHARS} characters. */
    public static String capped(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    public EmbeddingModel model() {
        return model != null ? model : MiniLm.instance();
    }

    /** The vector scaled to length 1 (a zero vector stays zero). */
    public static float[] unit(float[] v) {
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
}
