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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JMH: the engine over all presidio-research report texts per operation (divide 176,230 bytes by the time
 * per operation for MB/s). Not part of any test run. JMH forks a JVM from {@code java.class.path}, so it runs
 * from a plain {@code java} command rather than exec:java:
 * <pre>
 * ./mvnw -B -q -pl redaction-service test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cd redaction-service && java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *   org.openjdk.jmh.Main EngineJmhBenchmark -t 1        (then -t 2 for both cores)
 * </pre>
 * The data directory is read from {@code -Ddatasets=...} (default /work/shared/datasets).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class EngineJmhBenchmark {

    private Analyzer analyzer;
    private Analyzer.Options options;
    private List<String> texts;

    @Setup
    public void load() throws IOException {
        Path data = Path.of(System.getProperty("datasets", "/work/shared/datasets"));
        texts = new ArrayList<>();
        long bytes = 0;
        for (JsonNode row : new ObjectMapper().readTree(data.resolve("presidio-research/generated_large.json").toFile())) {
            String t = row.get("full_text").asText();
            texts.add(t);
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%n%d texts, %d bytes per operation%n", texts.size(), bytes);
        analyzer = Analyzer.builtIn(List.of("en"),
                List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "IE", "SE", "NO", "DK", "FI", "PL", "PT", "CZ", "IN", "AU", "CA", "BR", "MX", "IL", "JP"),
                List.of());
        options = Analyzer.Options.defaults("en", 0.4);
    }

    @Benchmark
    public void analyzeAllTexts(Blackhole sink) {
        for (String t : texts) {
            sink.consume(analyzer.analyze(t, options));
        }
    }
}
