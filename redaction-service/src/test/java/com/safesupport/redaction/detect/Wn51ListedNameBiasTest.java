package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 51w (docs/redaction-accuracy.md): the tag-time PERSON bias for a capitalised word a name list knows and no
 * English word list does ({@link NameModel#LISTED_NAME_BIAS}, {@link NameModel.Sentence#listedName}). Made-up texts.
 */
class Wn51ListedNameBiasTest {

    private static final NameModel SHIPPED = BuiltInData.ENGLISH_NAMES;
    private static final NameModel WITHOUT = withoutListedBias();

    private static NameModel withoutListedBias() {
        try (InputStream in = LanguagePack.resource(NameModel.RESOURCE)) {
            return new NameModel(NameModel.read(in), SHIPPED.lexicon(), NameModel.ENTITY_BIAS, 0f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NameModel.Sentence sentence(NameModel model, String text) {
        Scan scan = TextNormalizer.normalize(text, "en").withPack(BuiltInData.ENGLISH);
        return model.sentence(scan, scan.tokens());
    }

    /** The words of {@code text} {@link NameModel.Sentence#listedName} applies to. */
    private static List<String> listed(String text) {
        NameModel.Sentence s = sentence(SHIPPED, text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.listedName(i)) {
                out.add(s.token(i).text());
            }
        }
        return out;
    }

    /** The words the model labels PERSON. */
    private static List<String> persons(NameModel model, String text) {
        NameModel.Sentence s = sentence(model, text);
        int[] labels = model.tag(s).labels();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if ("PERSON".equals(NameModel.TYPES[labels[i]])) {
                out.add(s.token(i).text());
            }
        }
        return out;
    }

    @Test
    void anIsolatedCapitalisedListedNameInMidSentence() {
        assertEquals(List.of("Damien"), listed("great video, thanks for the tips Damien and keep going"));
        assertEquals(List.of("Okafor"), listed("honestly i think Okafor was robbed in that final"));
    }

    @Test
    void namesTheModelLeftOutAreFoundWithTheBias() {
        String[][] cases = {{"i love Fenwick in this episode", "Fenwick"}, {"lol Holmes is the best", "Holmes"},
                {"nice vid Tolliver you should do a part two", "Tolliver"}, {"this is why Wendell is my fav", "Wendell"},
                {"who else came here because of Bramwell", "Bramwell"}};
        for (String[] c : cases) {
            assertEquals(List.of(), persons(WITHOUT, c[0]), c[0]);
            assertEquals(List.of(c[1]), persons(SHIPPED, c[0]), c[0]);
        }
    }

    @Test
    void theBiasOnlyAddsToThePersonScore() {
        String[] texts = {"great video, thanks for the tips Damien and keep going", "honestly i think Okafor was robbed in that final",
                "nice vid Ravindra you should do a part two", "that bit with Quimby was hilarious"};
        for (String t : texts) {
            List<String> before = persons(WITHOUT, t);
            List<String> after = persons(SHIPPED, t);
            assertTrue(after.containsAll(before), t + ": " + before + " -> " + after);
        }
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        // sentence start, lower case, an English word, a place, a neighbour in capitals, two letters
        assertEquals(List.of(), listed("Damien asked about the refund"));
        assertEquals(List.of(), listed("thanks for the tips damien"));
        assertEquals(List.of(), listed("the colour is called Rose and it ships today"));
        assertEquals(List.of(), listed("we ship to Denver on mondays"));
        assertEquals(List.of(), listed("the Sahara Beige model is out of stock"));
        assertEquals(List.of(), listed("see TC Okafor for details"));
        assertEquals(List.of(), listed("the parcel from Le is late"));
        String[] unchanged = {"The Sahara Beige and Arctic White models are out of stock.", "Do you ship to Lincoln, Nebraska?",
                "my card was declined twice yesterday", "Résidence Les Tilleuls, Bât. C, 7 avenue Jean Jaurès, Lyon"};
        for (String t : unchanged) {
            assertEquals(persons(WITHOUT, t), persons(SHIPPED, t), t);
        }
    }

    @Test
    void aTwoWordListedNameInMidSentenceCounts() {
        List<String> words = listed("i swear that was Damien Okafor on the stage");
        assertFalse(words.isEmpty(), words.toString());
    }

    @Test
    void hostileRunsOfListedNamesStayLinear() {
        CpuLinearity.assertAnalyzerLinear("listed names", "ok Damien Okafor Ravindra Ottoline lol Damien ");
        CpuLinearity.assertAnalyzerLinear("listed names between capitals", "TC Damien X Okafor Y ");
    }
}
