package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 74: a date next to a word of a product's stock, model or price, or of a system's state or fault — "out of stock
 * until …", "SKU … back before …", "the price on …", "the app crashes since …", "the server is down since …", in English
 * and the desk's other languages — is the shop's or the system's calendar, no one's data (DATE_TIME dropped, as rounds 51
 * and 55 drop a transaction's and a service's dates). Made-up texts; each reading is checked against the same text with the
 * word replaced by a neutral one, which keeps its date; digits do not count towards the window (a tracking number between
 * the word and its date); look-alikes stay; linear time with inputs growing ×16.
 */
class Rb74StockAndFaultDatesTest {

    /** Made-up texts with a stock, price or fault word, and the same texts with a neutral word in its place. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"The Juniper lamp is out of stock until 3 February.", "The Juniper lamp is out of reach until 3 February."},
            new String[] {"Will the teal kettle be available again before 17 March?", "Will the teal kettle be bright again before 17 March?"},
            new String[] {"The price of the Alder rug dropped on 12/01/2027.", "The colour of the Alder rug faded on 12/01/2027."},
            new String[] {"Your app keeps crashing since Wednesday.", "Your cat keeps sneezing since Wednesday."},
            new String[] {"The server has been down since 06:40 this morning.", "The baker has been up since 06:40 this morning."},
            new String[] {"Der Server meldet seit dem 04.02.2027 eine Störung.", "Der Nachbar meldet seit dem 04.02.2027 eine Sache."},
            new String[] {"Il sito è in manutenzione fino al 14/03/2027.", "Il cane è in giardino fino al 14/03/2027."},
            // a long number between the word and its date does not push the word out of the window
            new String[] {"Tracking number 4471009322851170004266 has not moved since Friday.",
                    "Flight number 4471009322851170004266 has not moved since Friday."});

    @Test
    void aDateNextToAStockPriceOrFaultWordIsNoPersonalData() {
        for (String[] pair : PAIRS) {
            assertNone(pair[0], "DATE_TIME");
            assertTrue(AnalyzerTest.found(pair[1]).stream().anyMatch(f -> f.startsWith("DATE_TIME=")),
                    "the neutral text keeps its date: " + pair[1]);
        }
    }

    @Test
    void otherDatesStay() {
        // a word that merely holds one of the words is not one ("downtown", "sitemap", "modelling")
        covered("We met downtown on 14/10/2026.", "DATE_TIME", "14/10/2026");
        covered("My appointment is on 14/10/2026 at the Leeds clinic.", "DATE_TIME", "14/10/2026");
        // the word in another sentence is not the date's
        covered("The app is fine now. I moved house on 14/10/2026.", "DATE_TIME", "14/10/2026");
        // a date of birth is never dropped
        covered("The app asks for my date of birth, 12/03/1991.", "DATE_OF_BIRTH", "12/03/1991");
        // letters still count: a word of the list further away than the window is not the date's
        covered("The tracking was fine, but my neighbour's old cat has been missing since 14/10/2026.", "DATE_TIME", "14/10/2026");
        // a card's expiry date stays reported
        covered("The card expires 05/2029, shall I send it?", "DATE_TIME", "05/2029");
    }

    @Test
    void theNewWordsStayLinear() {
        for (String unit : List.of("stock 12/03/2026 ", "app down since Monday ", "downtown 12/03/2026 ", "Störung 04.02.2027 ",
                "tracking 12345678901234567890123456789012345678901234567890 since Monday ", "1 2 3 4 5 6 7 8 9 0 12/03/2026 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 74 stock and fault words 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
