package com.safesupport.redaction.detect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the engine's time goes: the CPU time of this thread spent in each recogniser, in normalising the text and
 * in the analyzer's own steps (context, overlap resolution), over the same texts. For {@code EngineBenchmark recognizers}.
 */
public final class RecognizerTimes {

    private RecognizerTimes() {
    }

    public static void print(Analyzer analyzer, LanguagePack pack, List<String> texts, int rounds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, Long> nanos = new LinkedHashMap<>();
        nanos.put("normalise + tokens", 0L);
        for (Recognizer r : analyzer.recognizers()) {
            nanos.put(r.name(), 0L);
        }
        long whole = 0;
        for (int round = 0; round < rounds; round++) {
            boolean measured = round >= rounds / 3;
            for (String text : texts) {
                long c0 = cpu.getCurrentThreadCpuTime();
                Scan scan = TextNormalizer.normalize(text, "en").withPack(pack);
                scan.tokens();
                long c1 = cpu.getCurrentThreadCpuTime();
                if (measured) {
                    nanos.merge("normalise + tokens", c1 - c0, Long::sum);
                }
                List<Candidate> out = new ArrayList<>();
                for (Recognizer r : analyzer.recognizers()) {
                    long s = cpu.getCurrentThreadCpuTime();
                    r.recognize(scan, out);
                    if (measured) {
                        nanos.merge(r.name(), cpu.getCurrentThreadCpuTime() - s, Long::sum);
                    }
                }
                long w = cpu.getCurrentThreadCpuTime();
                analyzer.analyze(text, Analyzer.Options.defaults("en", 0.4));
                if (measured) {
                    whole += cpu.getCurrentThreadCpuTime() - w;
                }
            }
        }
        long count = (long) texts.size() * (rounds - rounds / 3);
        System.out.printf("CPU µs per text (mean over %d calls; the thread CPU clock has a coarse grain, read the sums):%n", count);
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %-32s %8.2f%n", e.getKey(), e.getValue() / 1e3 / count));
        System.out.printf("  %-32s %8.2f%n", "whole analyze() call", whole / 1e3 / count);
    }
}
