package com.safesupport.redaction.detect;

import com.safesupport.redaction.eval.SupportProbe;
import com.safesupport.redaction.eval.TrainNameModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round rm1: the project's support-message probe batches as training texts for the name model (made-up texts here):
 * their PERSON values become spans as the evaluation finds them, a held batch is refused (58 and 59 are tuning
 * batches since round rm3, 61 since round 81, 62 and 63 since rounds 82 and 82b, 60 since round rm4, 64 since round 83,
 * 65 since round 84, 66 since round 85, 67 since round 84b, 68 since round 86, 69 since round 87b, 70 since round 88, 71 since round 89, 72 since round 90, 73 since round 91; held batches 74, 75 and 76 are refused; a batch that does not
 * exist is refused), a weight k gives k copies, and a persons-only text does not teach O for places.
 */
class Rm1ProbeTrainingTest {

    private static List<NameModelTrainer.Gold> spans(String text, String... expected) {
        return TrainNameModel.probeExample(new SupportProbe.Probe(text, List.of(expected)), true).spans();
    }

    private static NameModelTrainer.Gold person(int start, int end) {
        return new NameModelTrainer.Gold("PERSON", start, end);
    }

    @Test
    void personValuesBecomeSpansAndOtherValuesStayUnlabelled() {
        String text = "hi, this is Anna Weber, call me on 020 7946 0958; thanks, Anna Weber";
        assertEquals(List.of(person(12, 22), person(58, 68)),
                spans(text, "PERSON:Anna Weber", "PHONE_NUMBER:020 7946 0958"), "every occurrence of the name, no phone span");
        assertEquals(List.of(), spans("my number is 020 7946 0958", "PHONE_NUMBER:020 7946 0958"));
        assertEquals(List.of(), spans("what are your opening hours in Leeds?"), "a negative message: no span");
    }

    @Test
    void aValueIsFoundAtWordBoundariesFirstAndOverlappingValuesMerge() {
        assertEquals(List.of(person(13, 17)), spans("Annabel said Anna will call", "PERSON:Anna"), "not inside Annabel");
        assertEquals(List.of(person(4, 11)), spans("the Annabelle account", "PERSON:Annabel"),
                "no word-bounded occurrence: the first one, as SupportProbe finds it");
        assertEquals(List.of(person(5, 16), person(18, 23)),
                spans("Dear Maria Lopez, Maria here", "PERSON:Maria Lopez", "PERSON:Maria"));
        assertThrows(IllegalStateException.class, () -> spans("nobody here", "PERSON:Tomasz"));
    }

    @Test
    void placesAreMaskedOrReadAsOAsAsked() {
        SupportProbe.Probe p = new SupportProbe.Probe("Olu Bakare from Lagos here", List.of("PERSON:Olu Bakare"));
        assertTrue(TrainNameModel.probeExample(p, true).personsOnly());
        assertFalse(TrainNameModel.probeExample(p, false).personsOnly());
        assertFalse(new NameModelTrainer.Example("a", List.of()).personsOnly(), "the datasets' texts label every type");
    }

    @Test
    void heldOutBatchesAreRefusedByName() {
        assertEquals(List.of("support-messages.tsv", "support-messages-2.tsv", "support-messages-3.tsv"),
                TrainNameModel.probeBatches("1-3"));
        assertEquals(List.of(), TrainNameModel.probeBatches(""));
        assertEquals(57, TrainNameModel.probeBatches("1-57").size());
        assertEquals(59, TrainNameModel.probeBatches("1-59").size());
        assertEquals(60, TrainNameModel.probeBatches("1-59,61").size());
        assertEquals(63, TrainNameModel.probeBatches("1-63").size(), "batches 60, 62 and 63 are tuning batches");
        assertEquals(List.of("support-messages-60.tsv"), TrainNameModel.probeBatches("60"));
        assertEquals(List.of("support-messages-62.tsv", "support-messages-63.tsv"), TrainNameModel.probeBatches("62-63"));
        // round 83: batch 64 is a tuning batch; round 84: batch 65 too, after its one judging run; round 85: batch 66 too;
        // round 84b: batch 67 too; rounds 86 and 87b: batches 68 and 69 too; ws70 and ws71: fresh batches 70 and 71
        // held out; rounds 88 and 89: both tuning batches after their one judging run; ws72 and ws73: fresh batches 72
        // and 73 held out; rounds 90 and 91: both tuning batches after their one judging run; ws74, ws75 and ws76: fresh batches
        // 74, 75 and 76 held out; rounds 92 and 93: batches 74 and 75 tuning batches after their one judging run; batch 76
        // is held out
        assertEquals(Set.of("support-messages-76.tsv"), TrainNameModel.HELD_PROBES);
        assertEquals(75, TrainNameModel.probeBatches("1-75").size(), "batches 74 and 75 are tuning batches");
        assertEquals(73, TrainNameModel.probeBatches("1-73").size(), "batches 72 and 73 are tuning batches");
        assertEquals(71, TrainNameModel.probeBatches("1-71").size(), "batches 70 and 71 are tuning batches");
        assertEquals(70, TrainNameModel.probeBatches("1-70").size(), "batch 70 is a tuning batch");
        assertEquals(69, TrainNameModel.probeBatches("1-69").size(), "batches 68 and 69 are tuning batches");
        assertEquals(List.of("support-messages-69.tsv"), TrainNameModel.probeBatches("69"), "batch 69 is a tuning batch");
        assertEquals(64, TrainNameModel.probeBatches("1-64").size(), "batch 64 is a tuning batch");
        assertEquals(65, TrainNameModel.probeBatches("1-65").size(), "batch 65 is a tuning batch");
        assertEquals(66, TrainNameModel.probeBatches("1-66").size(), "batch 66 is a tuning batch");
        assertEquals(67, TrainNameModel.probeBatches("1-67").size(), "batch 67 is a tuning batch");
        assertEquals(List.of("support-messages-63.tsv", "support-messages-64.tsv"), TrainNameModel.probeBatches("63-64"));
        assertEquals(List.of("support-messages-64.tsv", "support-messages-65.tsv"), TrainNameModel.probeBatches("64-65"));
        assertEquals(List.of("support-messages-60.tsv", "support-messages-65.tsv"), TrainNameModel.probeBatches("60,65"));
        assertEquals(List.of("support-messages-64.tsv", "support-messages-66.tsv"), TrainNameModel.probeBatches("64,66"));
        assertEquals(List.of("support-messages-66.tsv", "support-messages-67.tsv"), TrainNameModel.probeBatches("66-67"));
        for (String spec : List.of("76", "75-76", "73-76", "1-76", "76,1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainNameModel.probeBatches(spec));
            assertTrue(e.getMessage().contains("held out"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> TrainNameModel.probes(List.of("support-messages-76.tsv"), 1, true));
        for (String spec : List.of("77", "1-77")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainNameModel.probeBatches(spec));
            assertTrue(e.getMessage().contains("no probe batch"), e.getMessage());
        }
    }

    @Test
    void weightKGivesKCopies() throws IOException {
        List<SupportProbe.Probe> batch = SupportProbe.load("support-messages.tsv");
        List<NameModelTrainer.Example> once = TrainNameModel.probes(List.of("support-messages.tsv"), 1, true);
        List<NameModelTrainer.Example> thrice = TrainNameModel.probes(List.of("support-messages.tsv"), 3, true);
        assertEquals(batch.size(), once.size());
        assertEquals(3 * batch.size(), thrice.size());
        for (int i = 0; i < thrice.size(); i++) {
            assertSame(thrice.get(i % batch.size()), thrice.get(i));
            assertEquals(once.get(i % batch.size()), thrice.get(i));
        }
    }

    @Test
    void aPersonsOnlyTextLeavesThePlaceOutputsAlone() {
        NameModelTrainer.Example labelled = new NameModelTrainer.Example("Tomasz Kowalczyk moved to Gdansk",
                List.of(person(0, 16), new NameModelTrainer.Gold("LOCATION", 26, 32)));
        String text = "we flew to Gdansk and Krakow";
        NameModelTrainer trainer = new NameModelTrainer(0f, 0f);
        float[] masked = trainer.train(List.of(labelled, labelled, new NameModelTrainer.Example(text, List.of(), true)), 4);
        float[] asO = trainer.train(List.of(labelled, labelled, new NameModelTrainer.Example(text, List.of(), false)), 4);
        float[] plain = trainer.train(List.of(labelled, labelled, new NameModelTrainer.Example(text, List.of())), 4);
        assertArrayEquals(asO, plain, 0f, "two arguments: every type labelled");
        assertNotEquals(Arrays.hashCode(masked), Arrays.hashCode(asO), "a place guessed in a persons-only text is no error");
    }
}
