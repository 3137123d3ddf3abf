package com.safesupport.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.bot.guardrail.HumanRequestDetector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Round 65 (bh65): the message-level half of the candidate alone, no pipeline: on how many single messages of each tune
 * source {@link HumanRequestDetector} recognises a request for a person (run on the base and on the candidate to compare).
 * Prints counts only, no text. Run with the data directory as the first argument (default {@code ../shared/datasets}).
 */
public final class Bh65PersonCheck {

    private Bh65PersonCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Datasets.locate(args, 0);
        List<String> banking = new ArrayList<>();
        Evaluation.csv(data.resolve("banking77/train.csv")).forEach(r -> banking.add(r[0]));
        report("Banking77 train", banking);
        JsonNode clinc = new ObjectMapper().readTree(data.resolve("clinc150/data_full.json").toFile());
        List<String> c = new ArrayList<>();
        for (String split : List.of("train", "val", "oos_train", "oos_val")) {
            clinc.get(split).forEach(n -> c.add(n.get(0).asText()));
        }
        report("CLINC150 train + val (+ oos)", c);
        List<String> deepset = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String l : Files.readAllLines(data.resolve("prompt-injections/train.jsonl"))) {
            deepset.add(json.readTree(l).get("text").asText());
        }
        report("deepset train", deepset);
        for (String f : List.of("written-human-requests-tune.txt", "written-human-lookalikes-tune.txt",
                "written-support-multilingual-tune.txt", "written-frustration-tune.txt", "written-injections-multilingual-tune.txt")) {
            report(f, Bh64CalmCheck.lines("guardrail/" + f));
        }
    }

    static void report(String name, List<String> texts) {
        long hits = texts.stream().filter(HumanRequestDetector::detect).count();
        System.out.println(name + ": " + texts.size() + " messages; a request for a person by the rules " + hits);
    }
}
