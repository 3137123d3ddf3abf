package com.safesupport.redaction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of the engine in one JVM, on one thread: each build's class directory in its own class loader over the same
 * dependency jars, one {@code analyze} call per presidio-research {@code generated_large} text at threshold 0.4 per pass,
 * passes in pairs that alternate which build goes first, the thread's CPU clock read once per pass. Prints each build's
 * mean CPU µs per text and the median (with quartiles) of the per-pair ratios B / A, the first quarter of the pairs
 * dropped as warm-up. Run A against itself for the spread of the method (the A/A control). Same-JVM ratios are what
 * rounds 17–41 decided on: separate JVMs on a shared, loaded machine differ by more than most savings.
 * <pre>
 * ./mvnw -B -q -pl redaction-service -am process-test-classes dependency:build-classpath \
 *   -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cp -r redaction-service/target/classes redaction-service/target/classes-a   # before the change; rebuild after it
 * java -cp redaction-service/target/test-classes:$(cat redaction-service/target/test-classpath.txt) \
 *   com.safesupport.redaction.eval.EngineAbBenchmark ../shared/datasets redaction-service/target/test-classpath.txt \
 *   redaction-service/target/classes-a redaction-service/target/classes 160
 * </pre>
 * (Not on the class path of the run: the module's own {@code target/classes}, which would shadow both builds.)
 */
public final class EngineAbBenchmark {

    private record Build(Object analyzer, Object options, Method analyze) {
        long pass(List<String> texts) throws ReflectiveOperationException {
            long n = 0;
            for (String t : texts) {
                n += ((List<?>) analyze.invoke(analyzer, t, options)).size();
            }
            return n;
        }
    }

    private static Build load(Path classes, List<URL> jars) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        urls.addAll(jars);
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> analyzerClass = Class.forName("com.safesupport.redaction.detect.Analyzer", true, loader);
        Class<?> optionsClass = Class.forName("com.safesupport.redaction.detect.Analyzer$Options", true, loader);
        Object analyzer = analyzerClass.getMethod("builtIn", List.class, List.class, List.class)
                .invoke(null, List.of("en"), EngineBenchmark.REGIONS, List.of());
        Object options = optionsClass.getMethod("defaults", String.class, double.class).invoke(null, "en", 0.4);
        return new Build(analyzer, options, analyzerClass.getMethod("analyze", String.class, optionsClass));
    }

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args[0]);
        List<URL> jars = new ArrayList<>();
        for (String entry : Files.readString(Path.of(args[1])).strip().split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry).toUri().toURL());
            }
        }
        Build a = load(Path.of(args[2]), jars);
        Build b = load(Path.of(args[3]), jars);
        int pairs = args.length > 4 ? Integer.parseInt(args[4]) : 160;
        List<String> texts = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(data.resolve("presidio-research/generated_large.json").toFile())) {
            texts.add(row.get("full_text").asText());
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int warm = pairs / 4;
        double[] ratios = new double[pairs - warm];
        long cpuA = 0;
        long cpuB = 0;
        long sink = 0;
        for (int p = 0; p < pairs; p++) {
            long ta = 0;
            long tb = 0;
            for (int side = 0; side < 2; side++) {
                boolean runA = (p % 2 == 0) == (side == 0);
                long c0 = cpu.getCurrentThreadCpuTime();
                sink += (runA ? a : b).pass(texts);
                long dt = cpu.getCurrentThreadCpuTime() - c0;
                if (runA) {
                    ta = dt;
                } else {
                    tb = dt;
                }
            }
            if (p >= warm) {
                ratios[p - warm] = (double) tb / ta;
                cpuA += ta;
                cpuB += tb;
            }
        }
        Arrays.sort(ratios);
        int m = ratios.length;
        long measured = (long) m * texts.size();
        System.out.printf("%d texts, %d pairs (first %d dropped), checksum %d%n", texts.size(), pairs, warm, sink);
        System.out.printf("A %s: %.2f CPU µs per text; B %s: %.2f CPU µs per text%n", args[2], cpuA / 1e3 / measured, args[3],
                cpuB / 1e3 / measured);
        System.out.printf("median B / A %.3f (quartiles %.3f-%.3f)%n", ratios[m / 2], ratios[m / 4], ratios[3 * m / 4]);
    }
}
