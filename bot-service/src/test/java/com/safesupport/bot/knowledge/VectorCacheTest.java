package com.safesupport.bot.knowledge;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vectors.bin: what is written is read back bit for bit; a truncated file is refused, not half-read. */
class VectorCacheTest {

    private static Map<String, float[]> vectors(int count, int dimension) {
        SplittableRandom random = new SplittableRandom(5);
        Map<String, float[]> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            float[] v = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                v[d] = (float) (random.nextDouble() * 2 - 1);
            }
            v[0] = i % 2 == 0 ? -1f : 1f; // both ends of the 16-bit range
            out.put("text " + i + " ünïcödé €", v);
        }
        return out;
    }

    private static byte[] written(Map<String, float[]> vectors) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorCache.write(vectors, out);
        return out.toByteArray();
    }

    @Test
    void vectorsComeBackAsTheSixteenBitValuesWritten() throws IOException {
        Map<String, float[]> vectors = vectors(50, 24);
        VectorCache.Contents read = VectorCache.readAll(new ByteArrayInputStream(written(vectors)));
        assertEquals(vectors.keySet(), read.vectors().keySet());
        vectors.forEach((text, v) -> {
            float[] expected = new float[v.length];
            for (int d = 0; d < v.length; d++) {
                expected[d] = (short) Math.round(Math.max(-1f, Math.min(1f, v[d])) * 32767) / 32767f;
            }
            assertArrayEquals(expected, read.vectors().get(text), text);
        });
        assertFalse(read.basis().isPresent());
    }

    @Test
    void directionsAndProjectionsComeBackBitForBit(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve(VectorCache.FILE);
        Files.write(file, written(vectors(10, 8)));
        float[] directions = {0.5f, -0.25f, Float.MIN_VALUE, 1e-30f, -0f, 3f, 7f, 1f / 3};
        float[] projections = new float[10];
        for (int i = 0; i < projections.length; i++) {
            projections[i] = i / 7f;
        }
        VectorCache.writeBasis(file, new DenseIndex.Basis(42L, 1, 8, directions, projections));
        DenseIndex.Basis read = VectorCache.readAll(Files.newInputStream(file)).basis().orElseThrow();
        assertEquals(42L, read.fingerprint());
        assertArrayEquals(directions, read.directions());
        assertArrayEquals(projections, read.projections());
        // Written again without projections (an older writer): none read, the vectors untouched.
        VectorCache.writeBasis(file, new DenseIndex.Basis(43L, 1, 8, directions));
        VectorCache.Contents again = VectorCache.readAll(Files.newInputStream(file));
        assertNull(again.basis().orElseThrow().projections());
        assertEquals(43L, again.basis().orElseThrow().fingerprint());
        assertEquals(10, again.vectors().size());
    }

    @Test
    void aTruncatedFileIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve(VectorCache.FILE);
        Files.write(file, written(vectors(10, 8)));
        VectorCache.writeBasis(file, new DenseIndex.Basis(1L, 1, 8, new float[8], new float[10]));
        byte[] whole = Files.readAllBytes(file);
        // Cut inside the vectors, inside the directions and inside the projections: each an IOException.
        for (int cut : new int[]{whole.length / 3, whole.length - 60, whole.length - 5}) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThrows(IOException.class, () -> VectorCache.readAll(new ByteArrayInputStream(part)), "cut at " + cut);
        }
        assertTrue(VectorCache.readAll(new ByteArrayInputStream(whole)).basis().isPresent());
    }
}
