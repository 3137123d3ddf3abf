package com.safesupport.bot.knowledge;

import com.safesupport.bot.embedding.MiniLm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Precomputed embeddings of knowledge-base texts ({@code vectors.bin} beside the articles), so start-up does not
 * embed ten thousand example questions again. Keyed by the exact text: a changed or new text is simply embedded
 * at start-up, so a stale cache is slower, never wrong. Values are unit vectors quantised to 16 bits. The file
 * names the model that wrote it ({@link MiniLm#ID}): a file of another model (or of the older format without a
 * name) is ignored, so every text is embedded again rather than compared with vectors of another space.
 * <p>
 * After the vectors the file may hold the {@link DenseIndex} principal directions computed from them, with the
 * fingerprint of the matrix they were computed from ({@link DenseIndex.Basis}): start-up uses them only when its
 * own matrix has the same fingerprint, and otherwise computes them (about a second), so a stale basis is slower,
 * never different. Readers that predate it stop after the vectors.
 */
public final class VectorCache {

    static final String FILE = "vectors.bin";
    private static final int MAGIC = 0x4b425632; // "KBV2"
    private static final int BASIS_MAGIC = 0x50434131; // "PCA1"

    private VectorCache() {
    }

    /** The vectors by text, and the principal directions stored after them if any. */
    record Contents(Map<String, float[]> vectors, Optional<DenseIndex.Basis> basis) {
    }

    public static Map<String, float[]> read(InputStream raw) throws IOException {
        return readAll(raw).vectors();
    }

    static Contents readAll(InputStream raw) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(MiniLm.ID)) {
                return new Contents(vectors, Optional.empty());
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
            return new Contents(vectors, readBasis(in));
        }
    }

    private static Optional<DenseIndex.Basis> readBasis(DataInputStream in) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException none) {
            return Optional.empty();
        }
        if (magic != BASIS_MAGIC) {
            return Optional.empty();
        }
        long fingerprint = in.readLong();
        int k = in.readInt();
        int d = in.readInt();
        float[] directions = new float[k * d];
        for (int i = 0; i < directions.length; i++) {
            directions[i] = Float.intBitsToFloat(in.readInt());
        }
        return Optional.of(new DenseIndex.Basis(fingerprint, k, d, directions));
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

    /**
     * Stores {@code basis} after the vectors of {@code file}, replacing a basis stored before; the vectors are left
     * byte for byte as they are.
     */
    static void writeBasis(Path file, DenseIndex.Basis basis) throws IOException {
        long end = vectorsEnd(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(end);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16))) {
            out.writeInt(BASIS_MAGIC);
            out.writeLong(basis.fingerprint());
            out.writeInt(basis.k());
            out.writeInt(basis.d());
            for (float x : basis.directions()) {
                out.writeInt(Float.floatToRawIntBits(x));
            }
        }
    }

    /** The length of the file's vector part. */
    private static long vectorsEnd(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(MiniLm.ID)) {
                throw new IOException(file + " holds no vectors of " + MiniLm.ID);
            }
            int dimension = in.readInt();
            int count = in.readInt();
            long position = 4 + 2 + MiniLm.ID.getBytes(StandardCharsets.UTF_8).length + 4 + 4;
            for (int i = 0; i < count; i++) {
                int length = in.readUnsignedShort();
                in.skipNBytes(length + 2L * dimension);
                position += 2 + length + 2L * dimension;
            }
            return position;
        }
    }
}
