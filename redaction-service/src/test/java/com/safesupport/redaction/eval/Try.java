package com.safesupport.redaction.eval;

import com.safesupport.redaction.detect.Analyzer;
import com.safesupport.redaction.detect.Finding;

import java.util.List;

/** Prints what the engine finds in the texts given as arguments (a developer's probe, no data files). */
public final class Try {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.builtIn(List.of("en"), List.of("US", "GB", "DE", "FR"), List.of());
        System.out.printf("loaded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        for (String text : args) {
            System.out.println("== " + text);
            for (Finding f : analyzer.analyze(text, Analyzer.Options.defaults("en", 0.4))) {
                System.out.printf("  %-16s %-30s %.2f %s %s %s%n", f.type(), "'" + text.substring(f.start(), f.end()) + "'", f.score(), f.recognizer(), f.validator(), f.contextWord());
            }
        }
    }
}
