package com.safesupport.bot.knowledge;

import com.safesupport.bot.embedding.MiniLm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Precomputed embeddings of knowledge-base texts ({@code vectors.bin} beside the articles), so start-up does not
 * embed ten thousand example questions again. Keyed by the exact text: a changed or new text is simply embedded
 * at start-up, so a stale cache is slower, never wrong. Values are unit vectors quantised to 16 bits. The file
 * names the model that wrote it ({@link MiniLm#ID}): a file of another model (or of the older format without a
 * name) is ignored, so every text is embedded again rather than compared with vectors of another space.
 */
public final class VectorCache {

    static final String FILE = "vectors.bin";
    private static final int MAGIC = 0x4b425632; // "KBV2"

    private VectorCache() {
    }

    public static Map<String, float[]> read(InputStream raw) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(MiniLm.ID)) {
                return vectors;
            }
            int dimension = in.readInt();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String text = in.readUTF();
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readShort() / 32767f;
                }
                vectors.put(text, v);
            }
        }
        return vectors;
    }

    public static void write(Map<String, float[]> vectors, OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            int dimension = vectors.values().iterator().next().length;
            out.writeInt(MAGIC);
            out.writeUTF(MiniLm.ID);
            out.writeInt(dimension);
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(vectors).entrySet()) {
                out.writeUTF(e.getKey());
                for (float x : e.getValue()) {
                    out.writeShort(Math.round(Math.max(-1f, Math.min(1f, x)) * 32767));
                }
            }
        }
    }
}
