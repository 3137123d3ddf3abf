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
import java.nio.ByteBuffer;
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
 * never different. Readers that predate it stop after the vectors. After the directions, every row's projection on
 * them (the coarse pass's matrix), used under the same fingerprint: the native executable computed it before every
 * ready.
 */
public final class VectorCache {

    static final String FILE = "vectors.bin";
    private static final int MAGIC = 0x4b425632; // "KBV2"
    private static final int BASIS_MAGIC = 0x50434131; // "PCA1"
    private static final int PROJECTIONS_MAGIC = 0x50524a31; // "PRJ1"
    /** A larger block than this (256 MB of floats) is a corrupt length, not a knowledge base. */
    private static final int MAX_FLOATS = 1 << 26;

    private VectorCache() {
    }

    /** The vectors by text, and the principal directions stored after them if any. */
    record Contents(Map<String, float[]> vectors, Optional<DenseIndex.Basis> basis) {
    }

    public static Map<String, float[]> read(InputStream raw) throws IOException {
        return readAll(raw).vectors();
    }

    /**
     * Decodes each vector from one bulk read of its bytes: the value-by-value reading this replaces (two synchronised
     * single-byte reads of the buffered stream per 16-bit value, 4 million values for the bundled KB) was a large part
     * of the native executable's start-up. Streamed through a 64 KB buffer as before (the file is not held in
     * memory whole); the same values bit for bit.
     */
    static Contents readAll(InputStream raw) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(MiniLm.ID)) {
                return new Contents(vectors, Optional.empty());
            }
            int dimension = in.readInt();
            int count = in.readInt();
            if (dimension < 0 || count < 0) {
                throw new IOException("Corrupt " + FILE);
            }
            byte[] bytes = new byte[2 * dimension];
            for (int i = 0; i < count; i++) {
                String text = in.readUTF();
                in.readFully(bytes);
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = (short) ((bytes[2 * d] << 8) | (bytes[2 * d + 1] & 0xff)) / 32767f;
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
        if (k < 0 || d < 0 || (long) k * d > MAX_FLOATS) {
            throw new IOException("Corrupt " + FILE);
        }
        float[] directions = floats(in, k * d);
        // Optionally every row projected on the directions (readers that predate them stop before).
        float[] projections = null;
        try {
            magic = in.readInt();
        } catch (EOFException none) {
            magic = 0;
        }
        if (magic == PROJECTIONS_MAGIC) {
            int values = in.readInt();
            if (values < 0 || values > MAX_FLOATS) {
                throw new IOException("Corrupt " + FILE);
            }
            projections = floats(in, values);
        }
        return Optional.of(new DenseIndex.Basis(fingerprint, k, d, directions, projections));
    }

    /** {@code count} floats as {@link DataOutputStream#writeInt} wrote their bits, read in bulk. */
    private static float[] floats(DataInputStream in, int count) throws IOException {
        float[] out = new float[count];
        byte[] chunk = new byte[4 * Math.min(count, 1 << 14)];
        for (int done = 0; done < count; ) {
            int n = Math.min(count - done, chunk.length / 4);
            in.readFully(chunk, 0, 4 * n);
            ByteBuffer.wrap(chunk, 0, 4 * n).asFloatBuffer().get(out, done, n);
            done += n;
        }
        return out;
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
            if (basis.projections() != null) {
                out.writeInt(PROJECTIONS_MAGIC);
                out.writeInt(basis.projections().length);
                for (float x : basis.projections()) {
                    out.writeInt(Float.floatToRawIntBits(x));
                }
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
