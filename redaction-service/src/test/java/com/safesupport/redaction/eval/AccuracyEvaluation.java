package com.safesupport.redaction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.redaction.detect.Analyzer;
import com.safesupport.redaction.detect.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures detection accuracy on the public labelled data of {@code ../shared/datasets} (not part of the
 * test run). {@code tune} evaluates the splits rules may be tuned on, {@code report} the held-out ones:
 * <pre>
 * ./mvnw -B -q -pl redaction-service -am process-test-classes -Peval -Deval.main=AccuracyEvaluation -Deval.args=report
 * </pre>
 * presidio-research: span level (same type, overlapping, one-to-one) and token level (presidio-research's
 * own evaluator counts whitespace tokens). maison-dlp: message level. wnut17: PERSON spans.
 */
public final class AccuracyEvaluation {

    /** Our types in the vocabulary of synth_dataset_v2.json. */
    static final Map<String, String> TO_SYNTH = Map.of("LOCATION", "GPE", "URL", "DOMAIN_NAME", "DATE_OF_BIRTH", "DATE_TIME");
    /**
     * Our types in the vocabulary of generated_large.json, which labels whole addresses (street, city, postcode)
     * as ADDRESS and places as LOCATION.
     */
    static final Map<String, String> TO_LARGE = Map.of("STREET_ADDRESS", "ADDRESS", "ZIP_CODE", "ADDRESS", "URL", "DOMAIN_NAME",
            "DATE_OF_BIRTH", "DATE_TIME");
    /** Reported but not personal data (the issue's rule); PREFIX is generated_large's name for TITLE. */
    static final Set<String> NOT_PERSONAL = Set.of("ORGANIZATION", "TITLE", "PREFIX");

    private Map<String, String> vocabulary = TO_SYNTH;

    record Span(String type, int start, int end) {
    }

    static final class Counts {
        long tp;
        long fp;
        long fn;

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f(double beta) {
            double p = precision();
            double r = recall();
            double b2 = beta * beta;
            return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
        }
    }

    private final Analyzer analyzer;
    private final double threshold;

    AccuracyEvaluation(Analyzer analyzer, double threshold) {
        this.analyzer = analyzer;
        this.threshold = threshold;
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "report";
        Path data = Datasets.locate(args.length > 1 ? args[1] : null);
        double threshold = args.length > 2 ? Double.parseDouble(args[2]) : 0.4;
        Analyzer analyzer = Analyzer.builtIn(List.of("en"), EngineBenchmark.REGIONS, List.of());
        AccuracyEvaluation eval = new AccuracyEvaluation(analyzer, threshold);
        if (split.equals("negatives")) {
            eval.negatives(data, args.length > 3 ? args[3] : null);
            return;
        }
        if (split.equals("tune-wnut-train")) {
            // Tuning only: WNUT-17's train split, PERSON misses and false positives (the report's test split is not read).
            eval.wnutErrors = true;
            eval.wnut(data.resolve("wnut17/wnut17train.conll"));
            return;
        }
        boolean tune = split.equals("tune");
        System.out.printf("Split: %s, score threshold %.2f%n", split, threshold);
        eval.presidio(data.resolve("presidio-research").resolve(tune ? "synth_dataset_v2.json" : "generated_large.json"));
        if (tune) {
            eval.wnutErrors = args.length > 3 && args[3].equals("errors");
            eval.wnut(data.resolve("wnut17/emerging.dev.conll"));
        } else {
            eval.wnut(data.resolve("wnut17/emerging.test.annotated"));
            eval.maison(data.resolve("maison-dlp/sensitive-data-benchmark.csv"));
        }
        if (args.length > 3 && args[3].equals("errors")) {
            eval.printErrors(data.resolve("presidio-research").resolve(tune ? "synth_dataset_v2.json" : "generated_large.json"), args.length > 4 ? args[4] : null);
        }
    }

    List<Span> predict(String text) {
        List<Span> out = new ArrayList<>();
        for (Finding f : analyzer.analyze(text, Analyzer.Options.defaults("en", threshold))) {
            out.add(new Span(vocabulary.getOrDefault(f.type(), f.type()), f.start(), f.end()));
        }
        return out;
    }

    void presidio(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        vocabulary = file.getFileName().toString().startsWith("generated_large") ? TO_LARGE : TO_SYNTH;
        Map<String, Counts> spans = new TreeMap<>();
        Map<String, Counts> tokens = new TreeMap<>();
        long chars = 0;
        long started = System.nanoTime();
        for (JsonNode row : root) {
            String text = row.get("full_text").asText();
            chars += text.length();
            List<Span> gold = new ArrayList<>();
            for (JsonNode s : row.get("spans")) {
                gold.add(new Span(s.get("entity_type").asText(), s.get("start_position").asInt(), s.get("end_position").asInt()));
            }
            List<Span> predicted = predict(text);
            spanCounts(gold, predicted, spans);
            tokenCounts(text, gold, predicted, tokens);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n== presidio-research %s: %d texts, %.1f s including first-call warm-up%n", file.getFileName(), root.size(), seconds);
        print("span level (same type, overlapping)", spans);
        print("token level (presidio-research evaluator style)", tokens);
    }

    static void spanCounts(List<Span> gold, List<Span> predicted, Map<String, Counts> counts) {
        boolean[] used = new boolean[predicted.size()];
        for (Span g : gold) {
            Counts c = counts.computeIfAbsent(g.type(), k -> new Counts());
            boolean hit = false;
            for (int i = 0; i < predicted.size(); i++) {
                Span p = predicted.get(i);
                if (!used[i] && p.type().equals(g.type()) && p.start() < g.end() && g.start() < p.end()) {
                    used[i] = true;
                    hit = true;
                    break;
                }
            }
            if (hit) {
                c.tp++;
            } else {
                c.fn++;
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                // A second prediction inside an already matched gold span (a split address) is not a false positive.
                Span p = predicted.get(i);
                boolean insideMatched = gold.stream().anyMatch(g -> g.type().equals(p.type()) && p.start() < g.end() && g.start() < p.end());
                if (!insideMatched) {
                    counts.computeIfAbsent(p.type(), k -> new Counts()).fp++;
                }
            }
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    static void tokenCounts(String text, List<Span> gold, List<Span> predicted, Map<String, Counts> counts) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String g = label(gold, m.start(), m.end());
            String p = label(predicted, m.start(), m.end());
            if (g != null && g.equals(p)) {
                counts.computeIfAbsent(g, k -> new Counts()).tp++;
            } else {
                if (g != null) {
                    counts.computeIfAbsent(g, k -> new Counts()).fn++;
                }
                if (p != null) {
                    counts.computeIfAbsent(p, k -> new Counts()).fp++;
                }
            }
        }
    }

    private static String label(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return s.type();
            }
        }
        return null;
    }

    static void print(String title, Map<String, Counts> counts) {
        System.out.printf("-- %s%n%-18s %7s %7s %7s %7s %6s %6s %6s%n", title, "type", "P", "R", "F1", "F2", "TP", "FP", "FN");
        Counts micro = new Counts();
        for (Map.Entry<String, Counts> e : counts.entrySet()) {
            Counts c = e.getValue();
            boolean personal = !NOT_PERSONAL.contains(e.getKey());
            System.out.printf("%-18s %7.3f %7.3f %7.3f %7.3f %6d %6d %6d%s%n", e.getKey(), c.precision(), c.recall(), c.f(1), c.f(2),
                    c.tp, c.fp, c.fn, personal ? "" : "   (not personal data: not in the total)");
            if (personal) {
                micro.tp += c.tp;
                micro.fp += c.fp;
                micro.fn += c.fn;
            }
        }
        System.out.printf("%-18s %7.3f %7.3f %7.3f %7.3f %6d %6d %6d%n", "MICRO (personal)", micro.precision(), micro.recall(),
                micro.f(1), micro.f(2), micro.tp, micro.fp, micro.fn);
    }

    /** For tuning only (the {@code errors} argument with {@code tune}): lists WNUT-17 dev misses and false positives. */
    private boolean wnutErrors;

    private static void printWnutErrors(String text, List<Span> gold, List<Span> predicted) {
        for (Span g : gold) {
            if (predicted.stream().noneMatch(p -> p.start() < g.end() && g.start() < p.end())) {
                System.out.printf("WNUT MISS %-24s | %s%n", "'" + text.substring(g.start(), g.end()) + "'", text.substring(0, Math.min(text.length(), 140)));
            }
        }
        for (Span p : predicted) {
            if (gold.stream().noneMatch(g -> p.start() < g.end() && g.start() < p.end())) {
                System.out.printf("WNUT FP   %-24s | %s%n", "'" + text.substring(p.start(), p.end()) + "'", text.substring(0, Math.min(text.length(), 140)));
            }
        }
    }

    void wnut(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Counts> counts = new TreeMap<>();
        StringBuilder text = new StringBuilder();
        List<Span> gold = new ArrayList<>();
        int openStart = -1;
        int sentences = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                if (openStart >= 0) {
                    gold.add(new Span("PERSON", openStart, text.length()));
                    openStart = -1;
                }
                if (!text.isEmpty()) {
                    sentences++;
                    List<Span> predicted = predict(text.toString()).stream().filter(s -> s.type().equals("PERSON")).toList();
                    spanCounts(gold, predicted, counts);
                    if (wnutErrors) {
                        printWnutErrors(text.toString(), gold, predicted);
                    }
                }
                text.setLength(0);
                gold.clear();
                continue;
            }
            String[] cols = line.split("\t");
            String token = cols[0];
            String tag = cols.length > 1 ? cols[cols.length - 1] : "O";
            if (openStart >= 0 && !tag.equals("I-person")) {
                gold.add(new Span("PERSON", openStart, text.length()));
                openStart = -1;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            if (tag.equals("B-person")) {
                openStart = text.length();
            }
            text.append(token);
        }
        vocabulary = TO_SYNTH;
        System.out.printf("%n== wnut17 %s: %d sentences, PERSON only%n", file.getFileName(), sentences);
        print("span level", counts);
    }

    void maison(Path file) throws IOException {
        List<List<String>> rows = Csv.read(file);
        List<String> header = rows.get(0);
        int typeCol = header.indexOf("Type");
        int subtypeCol = header.indexOf("Subtype");
        int exampleCol = header.indexOf("Example");
        Map<String, long[]> bySubtype = new TreeMap<>();
        Map<String, Long> typesOnNegatives = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= exampleCol) {
                continue;
            }
            boolean positive = row.get(typeCol).trim().equalsIgnoreCase("Positive");
            List<Span> found = predict(row.get(exampleCol));
            boolean flagged = !found.isEmpty();
            long[] c = bySubtype.computeIfAbsent((positive ? "positive/" : "negative/") + row.get(subtypeCol).trim(), k -> new long[2]);
            c[0]++;
            if (flagged) {
                c[1]++;
            }
            if (!positive) {
                new TreeSet<>(found.stream().map(Span::type).toList()).forEach(t -> typesOnNegatives.merge(t, 1L, Long::sum));
                String listed = System.getProperty("eval.maisonNegatives");
                if (listed != null) {
                    // Which findings flag a negative (to find the cause of a rule's false positives; see the honesty notes).
                    String text = row.get(exampleCol);
                    for (Span f : found) {
                        if (listed.equals("all") || listed.equals(f.type())) {
                            System.out.printf("NEGATIVE %-14s %-24s | %s%n", f.type(), "'" + text.substring(f.start(), f.end()) + "'", oneLine(text));
                        }
                    }
                }
            }
        }
        System.out.printf("%n== maison-dlp %s: message level (flagged = at least one entity)%n", file.getFileName());
        long pos = 0;
        long posHit = 0;
        long neg = 0;
        long negHit = 0;
        for (Map.Entry<String, long[]> e : bySubtype.entrySet()) {
            System.out.printf("%-32s %5d messages, %5d flagged (%5.1f %%)%n", e.getKey(), e.getValue()[0], e.getValue()[1], 100.0 * e.getValue()[1] / e.getValue()[0]);
            if (e.getKey().startsWith("positive")) {
                pos += e.getValue()[0];
                posHit += e.getValue()[1];
            } else {
                neg += e.getValue()[0];
                negHit += e.getValue()[1];
            }
        }
        System.out.printf("positives detected: %d / %d = %.1f %%; negatives flagged: %d / %d = %.1f %%%n", posHit, pos, 100.0 * posHit / pos,
                negHit, neg, 100.0 * negHit / neg);
        System.out.println("entity types found on negatives (messages): " + typesOnNegatives);
    }

    /**
     * For tuning only ({@code negatives} instead of {@code report}): support questions of the tuning splits that name
     * nobody and quote no number (banking77 train, clinc150 train and val, in and out of scope), the tuning stand-in
     * for maison-dlp's negatives: counts the messages with a finding per type and lists the findings of one type (or
     * of every type but PERSON when none is given).
     */
    void negatives(Path data, String type) throws IOException {
        List<String> texts = new ArrayList<>();
        Csv.read(data.resolve("banking77/train.csv")).stream().skip(1).forEach(row -> texts.add(row.get(0)));
        JsonNode clinc = new ObjectMapper().readTree(data.resolve("clinc150/data_full.json").toFile());
        for (String part : List.of("train", "val", "oos_train", "oos_val")) {
            clinc.get(part).forEach(row -> texts.add(row.get(0).asText()));
        }
        vocabulary = TO_SYNTH;
        Map<String, Long> byType = new TreeMap<>();
        long flagged = 0;
        for (String text : texts) {
            List<Span> found = predict(text);
            if (!found.isEmpty()) {
                flagged++;
            }
            new TreeSet<>(found.stream().map(Span::type).toList()).forEach(t -> byType.merge(t, 1L, Long::sum));
            for (Span f : found) {
                if (type == null ? !f.type().equals("PERSON") : f.type().equals(type)) {
                    System.out.printf("%-14s %-24s | %s%n", f.type(), "'" + text.substring(f.start(), f.end()) + "'", oneLine(text));
                }
            }
        }
        System.out.printf("tuning negatives: %d messages, %d flagged (%.2f %%); messages per type: %s%n", texts.size(), flagged,
                100.0 * flagged / texts.size(), byType);
    }

    /** For tuning only: prints missed and spurious spans of one type on the tune split. */
    void printErrors(Path file, String type) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        int shown = 0;
        for (JsonNode row : root) {
            String text = row.get("full_text").asText();
            List<Span> gold = new ArrayList<>();
            for (JsonNode s : row.get("spans")) {
                gold.add(new Span(s.get("entity_type").asText(), s.get("start_position").asInt(), s.get("end_position").asInt()));
            }
            List<Span> predicted = predict(text);
            for (Span g : gold) {
                if ((type == null || g.type().equals(type)) && predicted.stream().noneMatch(p -> p.type().equals(g.type()) && p.start() < g.end() && g.start() < p.end())) {
                    System.out.printf("MISS %-14s %-30s | %s%n", g.type(), "'" + text.substring(g.start(), g.end()) + "'", oneLine(text));
                    shown++;
                }
            }
            for (Span p : predicted) {
                if ((type == null || p.type().equals(type)) && gold.stream().noneMatch(g -> p.type().equals(g.type()) && p.start() < g.end() && g.start() < p.end())) {
                    System.out.printf("FP   %-14s %-30s | %s%n", p.type(), "'" + text.substring(p.start(), p.end()) + "'", oneLine(text));
                    shown++;
                }
            }
            if (shown > 400) {
                break;
            }
        }
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 140 ? t.substring(0, 140) : t;
    }

    /** RFC 4180 CSV with quoted fields that may hold commas, quotes and line breaks. */
    static final class Csv {
        static List<List<String>> read(Path file) throws IOException {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
