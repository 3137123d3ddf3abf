package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round 40: the log-user scanner's one pass for the phrases of its holder, closing and dotted-title sub-scans. */
class RoundFortySpeedTest {

    /** The shared list holds each sub-scan's phrases at its offset, in its order. */
    @Test
    void thePhraseListKeepsEachSubScansOrder() {
        List<String> p = LogUserRecognizer.PHRASES;
        assertEquals("kontoinhaberin", p.get(LogUserRecognizer.HOLDER_AT));
        assertEquals("a nome di", p.get(LogUserRecognizer.CLOSING_AT - 1));
        assertEquals("mit freundlichen grüßen", p.get(LogUserRecognizer.CLOSING_AT));
        assertEquals("o meu nome é", p.get(LogUserRecognizer.TITLE_AT - 1));
        assertEquals("dott.ssa ", p.get(LogUserRecognizer.TITLE_AT));
        assertEquals("mlle ", p.get(p.size() - 1));
    }

    /**
     * The pass says a phrase is held exactly when {@code indexOf} finds it: on 50,000 random texts of the phrases, their
     * odd cases, look-alikes one letter off, pieces glued together and at the text's ends.
     */
    @Test
    void thePassAgreesWithIndexOfOnRandomTexts() {
        List<String> pieces = new ArrayList<>(LogUserRecognizer.PHRASES);
        for (String p : LogUserRecognizer.PHRASES) {
            pieces.add(p.toUpperCase(Locale.ROOT));
            pieces.add(p.substring(0, p.length() - 1));
            pieces.add(p.substring(1));
            pieces.add(p.substring(0, p.length() / 2) + "x" + p.substring(p.length() / 2 + 1));
        }
        pieces.addAll(List.of(" ", ", ", "\n", ".", "Reto Brunner", "Maite", "é", "ß", "’", "Dott", "mm", "ml", "t.", "a n", "x"));
        Random r = new Random(40);
        int held = 0;
        int none = 0;
        for (int k = 0; k < 50_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(8);
            for (int j = 0; j < n; j++) {
                b.append(pieces.get(r.nextInt(pieces.size())));
            }
            String l = TextNormalizer.normalize(b.toString(), "en").lower();
            boolean[] got = LogUserRecognizer.heldPhrases(l);
            boolean any = false;
            for (int q = 0; q < got.length; q++) {
                String phrase = LogUserRecognizer.PHRASES.get(q);
                assertEquals(l.indexOf(phrase) >= 0, got[q], () -> "'" + phrase + "' in '" + l + "'");
                any |= got[q];
            }
            if (any) {
                held++;
            } else {
                none++;
            }
        }
        assertTrue(held > 5_000 && none > 5_000, "held " + held + ", none " + none);
    }

    private static final LanguagePack EN = LanguagePack.load("en");

    private static List<String> persons(String text) {
        Scan scan = TextNormalizer.normalize(text, "en").withPack(EN);
        List<Candidate> out = new ArrayList<>();
        new LogUserRecognizer().recognize(scan, out);
        return out.stream().map(c -> c.type + "=" + scan.text().substring(c.start, c.end)).toList();
    }

    @Test
    void namesAfterThePhrasesStillFoundAndLookAlikesNot() {
        assertTrue(persons("Danke.\nMit freundlichen Grüßen\nReto Brunnerhalde").contains("PERSON=Reto Brunnerhalde"));
        assertTrue(persons("Kontoinhaber: Quirin Zwyssig").contains("PERSON=Quirin Zwyssig"));
        assertTrue(persons("per favore chiamare Dott.ssa Quagliarotti domani").contains("PERSON=Quagliarotti"));
        assertTrue(persons("Hei, jeg heter Torvild Løvaasen og har et spørsmål").contains("PERSON=Torvild Løvaasen"));
        assertTrue(persons("Danke.\nMit freundlichen Grüße\nReto Brunnerhalde").isEmpty());
        assertTrue(persons("Kontoinhabe: Quirin Zwyssig").isEmpty());
        assertTrue(persons("per favore chiamare Dott.sa Quagliarotti domani").isEmpty());
        assertTrue(persons("Hei, jeg hete Torvild Løvaasen og har et spørsmål").isEmpty());
    }

    @Test
    void thePassStaysLinear() {
        for (String unit : List.of("mit freundliche grüß inhabe dott.s mm ", "saludos saludos, Ada ", "t.a.v t.n.v. a nome d ",
                "je m'appell ich heiß jag hete 1 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 40 pass 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
