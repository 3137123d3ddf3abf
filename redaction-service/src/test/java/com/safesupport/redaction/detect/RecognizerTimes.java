package com.safesupport.redaction.detect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the engine's time goes: the CPU time of this thread spent in each recogniser, in normalising the text, in
 * the word tokens and in the context index, over the same texts. Each step is timed over a whole pass of all texts
 * (one clock reading per step and pass, not per text: the thread CPU clock costs about a microsecond to read, as much
 * as a small recogniser's work on one text). The scans of a pass are prepared first (normalised, tokens and context
 * index built), so each recogniser is charged for its own work only. For {@code EngineBenchmark recognizers}.
 */
public final class RecognizerTimes {

    private RecognizerTimes() {
    }

    public static void print(Analyzer analyzer, LanguagePack pack, List<String> texts, int rounds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, Long> nanos = new LinkedHashMap<>();
        nanos.put("normalise", 0L);
        nanos.put("word tokens", 0L);
        nanos.put("context index", 0L);
        for (Recognizer r : analyzer.recognizers()) {
            nanos.put(r.name(), 0L);
        }
        long whole = 0;
        Analyzer.Options options = Analyzer.Options.defaults("en", 0.4);
        List<Candidate> out = new ArrayList<>();
        Scan[] scans = new Scan[texts.size()];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            boolean measured = round >= rounds / 3;
            long c0 = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < scans.length; k++) {
                scans[k] = TextNormalizer.normalize(texts.get(k), "en").withPack(pack);
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            for (Scan scan : scans) {
                sink += scan.tokens().size();
            }
            long c2 = cpu.getCurrentThreadCpuTime();
            for (Scan scan : scans) {
                sink += scan.context().size();
            }
            long c3 = cpu.getCurrentThreadCpuTime();
            if (measured) {
                nanos.merge("normalise", c1 - c0, Long::sum);
                nanos.merge("word tokens", c2 - c1, Long::sum);
                nanos.merge("context index", c3 - c2, Long::sum);
            }
            for (Recognizer r : analyzer.recognizers()) {
                long s = cpu.getCurrentThreadCpuTime();
                for (Scan scan : scans) {
                    out.clear();
                    r.recognize(scan, out);
                    sink += out.size();
                }
                if (measured) {
                    nanos.merge(r.name(), cpu.getCurrentThreadCpuTime() - s, Long::sum);
                }
            }
            long w = cpu.getCurrentThreadCpuTime();
            for (String text : texts) {
                sink += analyzer.analyze(text, options).size();
            }
            if (measured) {
                whole += cpu.getCurrentThreadCpuTime() - w;
            }
        }
        long count = (long) texts.size() * (rounds - rounds / 3);
        long parts = nanos.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("CPU µs per text (mean over %d texts, %d measured passes; checksum %d):%n", count, rounds - rounds / 3, sink);
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %-32s %8.2f%n", e.getKey(), e.getValue() / 1e3 / count));
        System.out.printf("  %-32s %8.2f%n", "sum of the steps above", parts / 1e3 / count);
        System.out.printf("  %-32s %8.2f  (steps above + candidates' context, overlaps, offsets)%n", "whole analyze() call", whole / 1e3 / count);
    }
}
