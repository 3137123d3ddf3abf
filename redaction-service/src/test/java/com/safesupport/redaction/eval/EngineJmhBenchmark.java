package com.safesupport.redaction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.redaction.detect.Analyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JMH: the whole engine over all presidio-research report texts per operation, beside a baseline measured in
 * the same run — one {@code java.util.regex} e-mail pass over the same texts (what one recogniser of a
 * regex-per-type engine costs). Divide the bytes printed at set-up by the time per operation for MB/s.
 * Not part of any test run. JMH forks a JVM from {@code java.class.path}, so it runs from a plain
 * {@code java} command (from the repository root):
 * <pre>
 * ./mvnw -B -q -pl redaction-service -am test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp redaction-service/target/classes:redaction-service/target/test-classes:$(cat redaction-service/target/test-classpath.txt) \
 *   org.openjdk.jmh.Main EngineJmhBenchmark -t 1
 * </pre>
 * The data directory is {@code -Ddatasets=...}, by default {@code ../shared/datasets} beside the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class EngineJmhBenchmark {

    /** A typical e-mail regular expression, the kind a regex-per-type engine runs once per type per text. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");

    private Analyzer analyzer;
    private Analyzer withoutNames;
    private Analyzer.Options options;
    private List<String> texts;

    @Setup
    public void load() throws IOException {
        java.nio.file.Path data = Datasets.locate(System.getProperty("datasets"));
        texts = new ArrayList<>();
        long bytes = 0;
        for (JsonNode row : new ObjectMapper().readTree(data.resolve("presidio-research/generated_large.json").toFile())) {
            String t = row.get("full_text").asText();
            texts.add(t);
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%n%d texts, %d bytes per operation%n", texts.size(), bytes);
        analyzer = Analyzer.builtIn(List.of("en"), EngineBenchmark.REGIONS, List.of());
        withoutNames = new Analyzer(analyzer.recognizers().stream()
                .filter(r -> java.util.Collections.disjoint(r.types(), java.util.Set.of("PERSON", "LOCATION", "NRP"))).toList(),
                java.util.Map.of("en", com.safesupport.redaction.detect.LanguagePack.load("en")), List.of(), List.of());
        options = Analyzer.Options.defaults("en", 0.4);
    }

    /** Every recogniser but the name/place model: the share of the pattern engine alone. */
    @Benchmark
    public void analyzeAllTextsWithoutNameModel(Blackhole sink) {
        for (String t : texts) {
            sink.consume(withoutNames.analyze(t, options));
        }
    }

    @Benchmark
    public void analyzeAllTexts(Blackhole sink) {
        for (String t : texts) {
            sink.consume(analyzer.analyze(t, options));
        }
    }

    @Benchmark
    public void baselineOneJavaRegexEmailPass(Blackhole sink) {
        for (String t : texts) {
            Matcher m = EMAIL.matcher(t);
            int found = 0;
            while (m.find()) {
                found += m.end() - m.start();
            }
            sink.consume(found);
        }
    }
}
