package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exact trims of round 16 (docs/redaction-benchmarks.md): {@code CjkNameRecognizer} returns at once on a text without
 * a character from U+0080 up ({@link Scan#hasNonAscii()}), {@code LogUserRecognizer} tries its triggers only where the
 * first two letters start one (round 30: only those, {@link PrefixTable}), and the spelled-out e-mail recogniser compares its "at" markers
 * only where the first three characters start one ({@code mayStartMarker}). No filter may say no where the plain
 * definition says yes.
 */
class ScanShortcutsTest {

    private static final String[] PIECES = {"a", "Z", " ", "\u007F", "\u0080", "é", "ß", "İ", "王秀英", "김민지", "\u3400",
            "\uD7A3", "\uFFFF", "1", "\n", "user=", "-", "\u00A0"};

    @Test
    void hasNonAsciiIsThePlainDefinition() {
        Random random = new Random(16);
        int yes = 0;
        int no = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(6);
            for (int k = 0; k < pieces; k++) {
                String p = PIECES[random.nextInt(PIECES.length)];
                b.append(p);
            }
            Scan scan = TextNormalizer.normalize(b.toString(), "en");
            boolean plain = scan.text().chars().anyMatch(c -> c >= 0x80);
            assertEquals(plain, scan.hasNonAscii(), () -> "text " + scan.text());
            if (plain) {
                yes++;
            } else {
                no++;
            }
        }
        assertTrue(yes > 1000 && no > 1000, "both answers occur: " + yes + " / " + no);
    }

    @Test
    void aCjkNameStillNeedsItsCharactersAndAsciiTextsGiveNone() {
        CjkNameRecognizer r = new CjkNameRecognizer();
        List<Candidate> out = new ArrayList<>();
        r.recognize(TextNormalizer.normalize("account holder: 王秀英 please", "en"), out);
        assertEquals(1, out.size());
        out.clear();
        r.recognize(TextNormalizer.normalize("account holder: Wang Xiuying please", "en"), out);
        assertEquals(0, out.size());
    }

    @Test
    void theLogTriggerTableOffersEveryTriggerWhereItStarts() {
        List<String> triggers = new ArrayList<>(List.of(LogUserRecognizer.FIELDS));
        triggers.addAll(List.of(LogUserRecognizer.SSHD));
        for (int k = 0; k < triggers.size(); k++) {
            int index = k;
            assertTrue(java.util.Arrays.stream(LogUserRecognizer.TRIGGERS.at(triggers.get(k), 0)).anyMatch(m -> m == index),
                    triggers.get(k));
        }
    }

    @Test
    void logFieldsAreStillFound() {
        LogUserRecognizer r = new LogUserRecognizer();
        List<Candidate> out = new ArrayList<>();
        r.recognize(TextNormalizer.normalize("it is user=okafor.j and Failed password for invalid user jdoe from 10.0.0.1", "en")
                .withPack(LanguagePack.load("en")), out);
        assertEquals(2, out.size(), out::toString);
    }

    private static final String[] EMAIL_PIECES = {" at ", " (at) ", "(at)", "[at]", " [@] ", "{@}", "<@>", " @ ", "@ ", "@", " a",
            "and", " at", "at ", "(", "[", "{", "<", " ", "a", "t", "@", ")", "é", "\u0100", "x", "(@", "[a", "<a"};

    @Test
    void theMarkerFilterNeverHidesAMarker() {
        Random random = new Random(1616);
        int yes = 0;
        int no = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(6);
            for (int k = 0; k < pieces; k++) {
                b.append(EMAIL_PIECES[random.nextInt(EMAIL_PIECES.length)]);
            }
            String l = b.toString();
            for (int i = 0; i < l.length(); i++) {
                boolean marker = EmailRecognizers.Spelled.match(l, i, EmailRecognizers.Spelled.AT) != null;
                boolean may = EmailRecognizers.Spelled.mayStartMarker(l, i);
                int at = i;
                assertTrue(may || !marker, () -> "marker hidden at " + at + " in '" + l + "'");
                if (marker) {
                    yes++;
                } else if (!may) {
                    no++;
                }
            }
        }
        assertTrue(yes > 10_000 && no > 10_000, "both answers occur: " + yes + " / " + no);
    }
}
