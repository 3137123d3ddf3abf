package com.safesupport.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.bot.guardrail.FollowUp;
import com.safesupport.bot.guardrail.SentimentScorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Round 64 (bh64): the message-level half of the candidate alone, no pipeline: on how many single messages of each tune
 * source a second decline would be read as calm and new (so not yet handed over), and how many of those {@link
 * FollowUp#objects} keeps counted. Prints counts only, no text. Run with the data directory as the first argument
 * (default {@code ../shared/datasets}).
 */
public final class Bh64CalmCheck {

    private Bh64CalmCheck() {
    }

    /** The pipeline's calm reading of a message (RetrievalStep), without the conversation's repeat streak. */
    static boolean calm(String q) {
        boolean atOthers = FollowUp.angerAtOthers(q);
        return (atOthers || !SentimentScorer.isFrustrated(q) && !SentimentScorer.exasperated(q)) && !FollowUp.insistent(q)
                && !FollowUp.notAnswered(q) && !FollowUp.doubtsReply(q) && !FollowUp.corrects(q);
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
        for (String f : List.of("written-frustration-tune.txt", "written-human-requests-tune.txt", "written-human-lookalikes-tune.txt",
                "written-support-multilingual-tune.txt", "written-injections-multilingual-tune.txt")) {
            report(f, lines("guardrail/" + f));
        }
    }

    static List<String> lines(String resource) throws Exception {
        try (var in = Bh64CalmCheck.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    static void report(String name, List<String> texts) {
        int calm = 0, calmAndNew = 0;
        for (String t : texts) {
            if (calm(t)) {
                calm++;
                calmAndNew += FollowUp.objects(t) ? 0 : 1;
            }
        }
        System.out.println(name + ": " + texts.size() + " messages; calm " + calm + "; calm and new (not FollowUp.objects) " + calmAndNew);
    }
}
