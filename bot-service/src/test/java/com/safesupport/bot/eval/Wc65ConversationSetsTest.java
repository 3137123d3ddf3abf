package com.safesupport.bot.eval;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 65 (wc65): every written conversation set under {@code conversations/} loads with
 * {@link ConversationEvaluation#load}, and every set named in {@link ConversationEvaluation#HELD_ONLY} or
 * {@link ConversationEvaluation#TUNE_ONLY} exists, in one set only. No replay and no model: a fresh set's format is
 * checked without measuring it. Held-out discipline: nothing of a set is printed — a failure names the file only (the
 * parser's own message, which quotes the conversation, is dropped on purpose).
 */
class Wc65ConversationSetsTest {

    private static final String PREFIX = "written-conversations-";

    @Test
    void everyWrittenSetParses() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String round : rounds()) {
            try {
                if (ConversationEvaluation.load(ConversationEvaluation.resource(round)).isEmpty()) {
                    broken.add(round + " (no conversation)");
                }
            } catch (RuntimeException e) {
                broken.add(round + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        assertEquals(List.of(), broken, "written conversation sets that do not parse");
    }

    @Test
    void everyHeldOrTuneOnlySetExistsInOneListOnly() throws Exception {
        Set<String> present = rounds();
        Set<String> both = new HashSet<>(ConversationEvaluation.HELD_ONLY);
        both.retainAll(ConversationEvaluation.TUNE_ONLY);
        assertEquals(Set.of(), both, "a set both held only and tune only");
        Set<String> missing = new TreeSet<>(ConversationEvaluation.HELD_ONLY);
        missing.addAll(ConversationEvaluation.TUNE_ONLY);
        missing.removeAll(present);
        assertEquals(Set.of(), missing, "named sets without a file");
    }

    /** The rounds of the files under {@code conversations/}, from their names only. */
    private static Set<String> rounds() throws Exception {
        URL dir = Wc65ConversationSetsTest.class.getClassLoader().getResource("conversations");
        assertNotNull(dir, "conversations/ on the test class path");
        Set<String> rounds = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(PREFIX) && n.endsWith(".txt"))
                    .forEach(n -> rounds.add(n.substring(PREFIX.length(), n.length() - ".txt".length())));
        }
        assertTrue(rounds.contains("r28"), "the first written set is found");
        return rounds;
    }
}
