package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.knowledge.KnowledgeBase;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * CPU per message of bot-service's in-process work on a customer message: the query embedding, the input
 * guardrails (rules and classifiers) and retrieval (dense scan + Lucene BM25), each measured on its own over
 * Banking77 test questions (every 3rd). Guardrails and retrieval are single-threaded: their figure is this
 * thread's CPU time. ONNX Runtime embeds on its own threads too: that figure is the whole process's CPU time.
 * Not a test (figures are printed, never asserted):
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.MessageBench
 * </pre>
 */
public final class MessageBench {

    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        KnowledgeBase kb = KnowledgeBase.standalone(embedder, Optional.empty());
        InputScreen screen = InputScreen.standalone(embedder);
        List<String> messages = new ArrayList<>();
        List<String[]> banking = Evaluation.csv(data.resolve("banking77").resolve("test.csv"));
        for (int i = 0; i < banking.size(); i += 3) {
            messages.add(banking.get(i)[0]);
        }
        List<float[]> vectors = new ArrayList<>();
        for (String m : messages) {
            vectors.add(Embedder.unit(embedder.model().embed(m).content().vector()));
        }
        for (int round = 0; round < 3; round++) {
            boolean print = round == 2;
            if (print) {
                System.out.printf(Locale.ROOT, "%d messages (Banking77 test, every 3rd), CPU time per message; load average %.2f%n",
                        messages.size(), PROCESS.getSystemLoadAverage());
            }
            measure("query embedding (process CPU)", print, true, messages.size(), i -> embedder.model().embed(messages.get(i)));
            measure("input guardrails", print, false, messages.size(), i -> screen.screen(messages.get(i), vectors.get(i)));
            measure("retrieval (dense + BM25)", print, false, messages.size(), i -> kb.search(messages.get(i), vectors.get(i), 3));
        }
    }

    private static void measure(String what, boolean print, boolean process, int n, Consumer<Integer> step) {
        long[] nanos = new long[n];
        long processStart = PROCESS.getProcessCpuTime();
        for (int i = 0; i < n; i++) {
            long t = THREAD.getCurrentThreadCpuTime();
            step.accept(i);
            nanos[i] = THREAD.getCurrentThreadCpuTime() - t;
        }
        long processTotal = PROCESS.getProcessCpuTime() - processStart;
        if (!print) {
            return;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = process ? processTotal / 1000.0 / n : Arrays.stream(nanos).average().orElse(0) / 1000;
        System.out.printf(Locale.ROOT, "  %-32s mean %7.0f us   (this thread: p50 %6.0f us, p99 %6.0f us)%n", what, mean,
                sorted[n / 2] / 1000.0, sorted[(int) (n * 0.99)] / 1000.0);
    }
}
