package com.safesupport.redaction.eval;

import com.safesupport.redaction.detect.Analyzer;
import com.safesupport.redaction.detect.Finding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Hand-written support messages (test resource {@code probes/support-messages.tsv}, made-up people and values, no
 * dataset text) scored the way redaction matters: an expected value is <em>found</em> when the engine's findings, of
 * any type, together cover every letter and digit of it (nothing of it would be left in the redacted text); a finding
 * in a message that expects nothing is a false positive; a finding in a message that expects values but overlaps none
 * of them is <em>spurious</em> (over-redaction inside a positive message, e.g. "Guten" of "Guten Tag" as a name).
 * Prints recall, the misses (with what was found instead), the false positives and the spurious findings:
 * <pre>
 * ./mvnw -B -q -pl redaction-service -am process-test-classes -Peval -Deval.main=SupportProbe
 * </pre>
 * {@code SupportProbeTest} runs the same set as a regression test.
 */
public final class SupportProbe {

    /** One message: its text and the personal values it holds (TYPE:value). */
    public record Probe(String text, List<String> expected) {
    }

    /** What the engine made of the set. */
    public record Result(int expected, int found, int negatives, List<String> misses, List<String> falsePositives,
                         List<String> wrongType, List<String> spurious) {
        public Result(int expected, int found, int negatives, List<String> misses, List<String> falsePositives,
                      List<String> wrongType) {
            this(expected, found, negatives, misses, falsePositives, wrongType, List.of());
        }

        public double recall() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        /** Negative messages with at least one finding. */
        public long flaggedNegatives() {
            return falsePositives.stream().map(f -> f.substring(f.indexOf("  in  "))).distinct().count();
        }
    }

    public static void main(String[] args) throws IOException {
        Analyzer analyzer = Analyzer.builtIn(List.of("en"), EngineBenchmark.REGIONS, List.of());
        if (args.length > 0 && args[0].equals("say")) {
            // "say" then texts separated by '|' (or "@file" holding them): every finding at threshold 0.0001, to see what the engine makes of a text.
            String said = args.length == 2 && args[1].startsWith("@") ? java.nio.file.Files.readString(java.nio.file.Path.of(args[1].substring(1)))
                    : String.join(" ", List.of(args).subList(1, args.length));
            for (String text : said.split("\\|")) {
                System.out.println(text.strip() + "  ->  " + describe(text.strip(), analyzer.analyze(text.strip(), Analyzer.Options.defaults("en", 0.0001))));
            }
            return;
        }
        double threshold = args.length > 0 ? Double.parseDouble(args[0]) : 0.4;
        for (String set : SETS) {
            Result r = score(analyzer, load(set), threshold);
            System.out.printf("%s: values found %d / %d = %.3f; negatives %d, false positives %d (in %d negatives); spurious findings in positive messages %d%n", set,
                    r.found(), r.expected(), r.recall(), r.negatives(), r.falsePositives().size(), r.flaggedNegatives(), r.spurious().size());
            r.misses().forEach(m -> System.out.println("MISS  " + m));
            r.falsePositives().forEach(m -> System.out.println("FP    " + m));
            r.wrongType().forEach(m -> System.out.println("TYPE  " + m));
            r.spurious().forEach(m -> System.out.println("SPUR  " + m));
        }
    }

    /** The probe sets: round 14's, 15's, 16's, 17's, 19's, 21's, 22's, 23's, 25's, 27's, 28's, 30's, 31's, 32's, 33's, 34's, 35's, 36's, 37's, 38's, 39's, 40's, 42's, 45's, 47's and 48's batch, then the later helper batches up to ws76's (support-messages-76.tsv, last), kept apart so that each keeps its before and after figures. */
    public static final List<String> SETS = List.of("support-messages.tsv", "support-messages-2.tsv", "support-messages-3.tsv",
            "support-messages-4.tsv", "support-messages-5.tsv", "support-messages-6.tsv", "support-messages-7.tsv",
            "support-messages-8.tsv", "support-messages-9.tsv", "support-messages-10.tsv", "support-messages-11.tsv",
            "support-messages-12.tsv", "support-messages-13.tsv", "support-messages-14.tsv", "support-messages-15.tsv",
            "support-messages-16.tsv", "support-messages-17.tsv", "support-messages-18.tsv", "support-messages-19.tsv",
            "support-messages-20.tsv", "support-messages-21.tsv", "support-messages-22.tsv", "support-messages-23.tsv", "support-messages-24.tsv",
            "support-messages-25.tsv", "support-messages-26.tsv",
            "support-messages-27.tsv", "support-messages-28.tsv", "support-messages-29.tsv",
            "support-messages-30.tsv", "support-messages-31.tsv", "support-messages-32.tsv", "support-messages-33.tsv", "support-messages-34.tsv",
            "support-messages-35.tsv", "support-messages-36.tsv",
            "support-messages-37.tsv", "support-messages-38.tsv", "support-messages-39.tsv", "support-messages-40.tsv", "support-messages-41.tsv",
            "support-messages-42.tsv", "support-messages-43.tsv", "support-messages-44.tsv", "support-messages-45.tsv",
            "support-messages-46.tsv", "support-messages-47.tsv", "support-messages-48.tsv", "support-messages-49.tsv",
            "support-messages-50.tsv", "support-messages-51.tsv", "support-messages-52.tsv",
            "support-messages-53.tsv", "support-messages-54.tsv", "support-messages-55.tsv", "support-messages-56.tsv",
            "support-messages-57.tsv", "support-messages-58.tsv", "support-messages-59.tsv", "support-messages-60.tsv",
            "support-messages-61.tsv", "support-messages-62.tsv", "support-messages-63.tsv",
            "support-messages-64.tsv", "support-messages-65.tsv", "support-messages-66.tsv",
            "support-messages-67.tsv", "support-messages-68.tsv", "support-messages-69.tsv",
            "support-messages-70.tsv", "support-messages-71.tsv", "support-messages-72.tsv",
            "support-messages-73.tsv", "support-messages-74.tsv", "support-messages-75.tsv",
            "support-messages-76.tsv");

    /** Round 14's probe set from the test class path. */
    public static List<Probe> load() throws IOException {
        return load(SETS.get(0));
    }

    /** One probe set ({@code probes/<name>}) from the test class path. */
    public static List<Probe> load(String name) throws IOException {
        List<Probe> probes = new ArrayList<>();
        try (InputStream in = SupportProbe.class.getResourceAsStream("/probes/" + name)) {
            if (in == null) {
                throw new IOException("probes/" + name + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<String> expected = cols.length > 1 && !cols[1].isBlank() ? List.of(cols[1].split(" \\|\\| ")) : List.of();
                probes.add(new Probe(cols[0].replace("\\n", "\n"), expected));
            }
        }
        return probes;
    }

    public static Result score(Analyzer analyzer, List<Probe> probes, double threshold) {
        Analyzer.Options options = Analyzer.Options.defaults("en", threshold);
        int expected = 0;
        int found = 0;
        int negatives = 0;
        List<String> misses = new ArrayList<>();
        List<String> falsePositives = new ArrayList<>();
        List<String> wrongType = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (Probe p : probes) {
            List<Finding> findings = analyzer.analyze(p.text(), options);
            if (p.expected().isEmpty()) {
                negatives++;
                for (Finding f : findings) {
                    falsePositives.add(f.type() + "=" + p.text().substring(f.start(), f.end()) + "  in  " + p.text());
                }
                continue;
            }
            BitSet covered = new BitSet(p.text().length());
            findings.forEach(f -> covered.set(f.start(), f.end()));
            BitSet labelled = new BitSet(p.text().length());
            for (String e : p.expected()) {
                expected++;
                int colon = e.indexOf(':');
                String type = e.substring(0, colon);
                String value = e.substring(colon + 1);
                int at = p.text().indexOf(value);
                if (at < 0) {
                    throw new IllegalStateException("expected value not in its text: " + e);
                }
                for (int k = at; k >= 0; k = p.text().indexOf(value, k + 1)) {
                    labelled.set(k, k + value.length()); // every occurrence of a labelled value is labelled
                }
                boolean whole = true;
                for (int k = at; k < at + value.length(); k++) {
                    if (Character.isLetterOrDigit(p.text().charAt(k)) && !covered.get(k)) {
                        whole = false;
                        break;
                    }
                }
                if (whole) {
                    found++;
                    boolean sameType = findings.stream().anyMatch(f -> f.type().equals(type) && f.start() < at + value.length() && at < f.end());
                    if (!sameType) {
                        wrongType.add(e + "  as  " + describe(p.text(), findings));
                    }
                } else {
                    misses.add(e + "  found  " + describe(p.text(), findings) + "  in  " + p.text().replace("\n", "\\n"));
                }
            }
            for (Finding f : findings) {
                int next = labelled.nextSetBit(f.start());
                if (next < 0 || next >= f.end()) {
                    spurious.add(f.type() + "=" + p.text().substring(f.start(), f.end()).replace("\n", "\\n") + "  in  " + p.text().replace("\n", "\\n"));
                }
            }
        }
        return new Result(expected, found, negatives, misses, falsePositives, wrongType, spurious);
    }

    private static String describe(String text, List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Finding f : findings) {
            parts.add(f.type() + "=" + text.substring(f.start(), f.end()).replace("\n", "\\n") + String.format("(%.2f)", f.score()));
        }
        return parts.toString();
    }
}
