package com.safesupport.redaction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.redaction.detect.Analyzer;
import com.safesupport.redaction.detect.Finding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes every finding (type, offsets, score, recogniser, validator, context word, base score) of the engine at
 * threshold 0.0001 for every text of the shared datasets and of the support-message probe batches, one line per text, and prints the SHA-256 of the whole
 * output: a performance change must leave it byte-identical. Run it with the classes before and after a change:
 * <pre>
 * ./mvnw -B -q -pl redaction-service -am process-test-classes -Peval -Deval.main=FindingsDump \
 *   -Deval.args="default redaction-service/target/findings-after.txt"
 * </pre>
 * (the path is relative to the directory Maven runs in; compare two outputs with {@code cmp} or {@code diff}).
 * With a third argument {@code batch} (and optionally a fourth, the batch size, default 64) the texts go through
 * {@link Analyzer#analyzeAll} in consecutive batches instead of one {@code analyze} call each: the output must be the
 * same bytes as without it.
 */
public final class FindingsDump {

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path data = Datasets.locate(args.length > 0 ? args[0] : null);
        Path out = Path.of(args.length > 1 ? args[1] : "target/findings.txt").toAbsolutePath();
        Files.createDirectories(out.getParent());
        List<String> texts = texts(data);
        Analyzer analyzer = Analyzer.builtIn(List.of("en"), EngineBenchmark.REGIONS, List.of());
        Analyzer.Options options = Analyzer.Options.defaults("en", 0.0001);
        boolean batch = args.length > 2 && args[2].equals("batch");
        int batchSize = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long findings = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<List<Finding>> batchFindings = List.of();
            int batchStart = 0;
            for (int i = 0; i < texts.size(); i++) {
                if (batch && i - batchStart >= batchFindings.size()) {
                    batchStart = i;
                    batchFindings = analyzer.analyzeAll(texts.subList(i, Math.min(texts.size(), i + batchSize)), options);
                }
                StringBuilder line = new StringBuilder().append(i);
                for (Finding f : batch ? batchFindings.get(i - batchStart) : analyzer.analyze(texts.get(i), options)) {
                    line.append('\t').append(f);
                    findings++;
                }
                line.append('\n');
                String s = line.toString();
                sha.update(s.getBytes(StandardCharsets.UTF_8));
                w.write(s);
            }
        }
        System.out.printf("%d texts%s, %d findings, sha256 %s -> %s%n", texts.size(), batch ? " in batches of " + batchSize : "", findings,
                HexFormat.of().formatHex(sha.digest()), out);
    }

    /** Every text of the shared datasets the engine sees in the evaluations, plus multi-line texts glued from them. */
    static List<String> texts(Path data) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String file : List.of("presidio-research/generated_large.json", "presidio-research/synth_dataset_v2.json")) {
            for (JsonNode row : json.readTree(data.resolve(file).toFile())) {
                texts.add(row.get("full_text").asText());
            }
        }
        AccuracyEvaluation.Csv.read(data.resolve("maison-dlp/sensitive-data-benchmark.csv")).stream().skip(1)
                .filter(r -> r.size() > 5).forEach(r -> texts.add(r.get(5)));
        for (String file : List.of("banking77/train.csv", "banking77/test.csv")) {
            AccuracyEvaluation.Csv.read(data.resolve(file)).stream().skip(1).filter(r -> !r.isEmpty()).forEach(r -> texts.add(r.get(0)));
        }
        AccuracyEvaluation.Csv.read(data.resolve("bitext-customer-support/Bitext_Sample_Customer_Support_Training_Dataset_4514.csv"))
                .stream().skip(1).filter(r -> r.size() > 2).forEach(r -> texts.add(r.get(2)));
        for (String file : List.of("prompt-injections/train.jsonl", "prompt-injections/test.jsonl")) {
            for (String line : Files.readAllLines(data.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).get("text").asText());
                }
            }
        }
        json.readTree(data.resolve("clinc150/data_full.json").toFile()).forEach(split -> split.forEach(row -> texts.add(row.get(0).asText())));
        AccuracyEvaluation.Csv.read(data.resolve("xstest/xstest_prompts.csv")).stream().skip(1)
                .filter(r -> r.size() > 1).forEach(r -> texts.add(r.get(1)));
        for (String file : List.of("wnut17/wnut17train.conll", "wnut17/emerging.dev.conll", "wnut17/emerging.test.annotated")) {
            StringBuilder sentence = new StringBuilder();
            for (String line : Files.readAllLines(data.resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    if (!sentence.isEmpty()) {
                        texts.add(sentence.toString());
                        sentence.setLength(0);
                    }
                    continue;
                }
                int tab = line.indexOf('\t');
                if (!sentence.isEmpty()) {
                    sentence.append(' ');
                }
                sentence.append(tab < 0 ? line : line.substring(0, tab));
            }
            if (!sentence.isEmpty()) {
                texts.add(sentence.toString());
            }
        }
        // Multi-line messages: three texts on their own lines with a sign-off, every 100th text onwards.
        int n = texts.size();
        for (int i = 0; i + 2 < n; i += 100) {
            texts.add("Hello,\n" + texts.get(i) + "\n\n" + texts.get(i + 1) + "\r\n" + texts.get(i + 2) + "\nKind regards,\nAnna Weber");
        }
        // The hand-written support-message batches (test resources, made up), after the rest so earlier dumps' lines keep their numbers.
        for (String set : SupportProbe.SETS) {
            SupportProbe.load(set).forEach(p -> texts.add(p.text()));
        }
        return texts;
    }
}
