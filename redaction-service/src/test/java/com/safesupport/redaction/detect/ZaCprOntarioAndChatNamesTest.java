package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 28b: the South African identity number (ZA_ID) and the Danish CPR number (DK_CPR), new types needing their
 * word; the Ontario driver's licence (CA_DRIVER_LICENSE); a name introduced by "its" inside a chat sentence; UK addresses
 * in lower case without commas; Indian "Plot …, Sector …" addresses; product names, "grace period", a sentence-opening
 * common word and a clock time after "in" / "at" / "from" that name nobody. Made-up values and sentences (check digits
 * computed here); look-alikes stay unreported; linear time on the new paths.
 */
class ZaCprOntarioAndChatNamesTest {

    /** Twelve digits and their Luhn check digit. */
    static String luhn(String twelve) {
        for (int c = 0; c < 10; c++) {
            if (Checksums.luhn(twelve + c)) {
                return twelve + c;
            }
        }
        throw new AssertionError(twelve);
    }

    @Test
    void aSouthAfricanIdNumberNeedsItsWord() {
        String id = luhn("910417622308"); // 17 April 1991, a man, citizen
        String resident = luhn("050229031419"); // 29 February 2005, a woman, permanent resident
        assertEquals(List.of(id, resident), NationalIdTest.values("my ID number is " + id + " and my daughter's SA ID " + resident, "ZA_ID"));
        assertEquals(List.of(id + "@0.3"), NationalIdTest.of("order " + id, "ZA_ID", 0));
        // a wrong check digit; a month 13; 31 April; citizenship digit 3; the eleventh digit 7; glued to a letter
        assertEquals(List.of(), NationalIdTest.of("ID number " + EuropeanAndAmericanIdTest.lastChanged(id) + " " + luhn("911317622308")
                + " " + luhn("910431622308") + " " + luhn("910417622338") + " " + luhn("910417622307") + " x" + id, "ZA_ID", 0));
    }

    @Test
    void aDanishCprNumberNeedsItsWord() {
        assertEquals(List.of("230791-4127", "0312854408"), NationalIdTest.values("CPR 230791-4127, hendes cpr-nr. 0312854408", "DK_CPR"));
        assertEquals(List.of("230791-4127", "0312854408"), NationalIdTest.values("mit personnummer er 230791-4127 / 0312854408", "DK_CPR"));
        // no check digit: the hyphenated date is 0.3, ten plain digits are barely seen without the word
        assertEquals(List.of("230791-4127@0.3"), NationalIdTest.of("ref 230791-4127", "DK_CPR", 0));
        assertEquals(List.of(), NationalIdTest.of("ref 0312854408", "DK_CPR", 0.1));
        // day 32; month 13; 31 June; a blank instead of the hyphen; glued to a letter
        assertEquals(List.of(), NationalIdTest.of("CPR 320791-4127 CPR 231391-4127 CPR 3106854408 CPR 230791 4127 CPR x230791-4127", "DK_CPR", 0));
    }

    @Test
    void anOntarioDriversLicence() {
        assertEquals(List.of("K3857-20461-85307"), NationalIdTest.values("Ontario driver's licence K3857-20461-85307", "CA_DRIVER_LICENSE"));
        assertEquals(List.of("K3857-20461-85307"), NationalIdTest.values("it is K3857-20461-85307", "CA_DRIVER_LICENSE"));
        // a woman's month (plus 50), run together after its word
        assertEquals(List.of("p62014719056221"), NationalIdTest.values("my DL is p62014719056221", "CA_DRIVER_LICENSE"));
        assertEquals(List.of("P62014719056221@0.3"), NationalIdTest.of("SKU P62014719056221", "CA_DRIVER_LICENSE", 0));
        // month 13; day 00; a group too long; two letters; a fourth group
        assertEquals(List.of(), NationalIdTest.of("licence K3857-20461-81307 licence K3857-20461-85300 licence K3857-204611-85307 "
                + "licence KX857-20461-85307 licence K3857-20461-85307-2211", "CA_DRIVER_LICENSE", 0));
    }

    @Test
    void aNameIntroducedByItsInsideAChatSentence() {
        AnalyzerTest.assertFound("my parcel went missing again its halvard minde btw", "PERSON=halvard minde");
        AnalyzerTest.assertFound("the refund never came, its tsholofelo moagi here", "PERSON=tsholofelo moagi");
        AnalyzerTest.assertFound("we spoke yesterday its ruxandra vasilescu", "PERSON=ruxandra vasilescu");
        AnalyzerTest.assertFound("ok the name's idris kamara, i ordered a kettle", "PERSON=idris kamara");
        // a possessive: "its" before a thing, one word, or words not closed by the clause's end
        AnalyzerTest.assertNone("the box came but its battery was flat btw", "PERSON=");
        AnalyzerTest.assertNone("i think its broken now", "PERSON=");
        AnalyzerTest.assertNone("the app keeps crashing its menu bar freezes", "PERSON=");
    }

    @Test
    void productNamesGracePeriodsAndSentenceOpeningWords() {
        AnalyzerTest.assertNone("Jordan 4 Retro in black, size 9 please", "PERSON=");
        AnalyzerTest.assertNone("Jordan 1 trainers arrived with the wrong laces", "PERSON=");
        AnalyzerTest.assertNone("my Air Jordan sneakers never shipped", "PERSON=");
        AnalyzerTest.assertNone("grace period ends 20 March, is that right?", "PERSON=");
        AnalyzerTest.assertNone("Grace period is 14 days?", "PERSON=");
        AnalyzerTest.assertNone("Price went up by £4 this month", "PERSON=");
        AnalyzerTest.assertNone("Hope this makes sense", "PERSON=");
        // a name all the same: a number of days, not a model; a person said to speak; a given name that acts; a full name
        AnalyzerTest.assertFound("can I talk to Jordan 2 days from now", "PERSON=Jordan");
        AnalyzerTest.assertFound("Price said he would call back", "PERSON=Price");
        AnalyzerTest.assertFound("Grace called me yesterday about the refund", "PERSON=Grace");
        AnalyzerTest.assertFound("Grace Obi placed the order", "PERSON=Grace Obi");
    }

    @Test
    void aClockTimeIsNotLiftedByInAtOrFrom() {
        AnalyzerTest.assertNone("the demo moved to 4pm in Hall B", "DATE_TIME=");
        AnalyzerTest.assertNone("the outage lasted from 06:30 to 09:15", "DATE_TIME=");
        AnalyzerTest.assertNone("the shop opens at 8am", "DATE_TIME=");
        // since round 80 no word of time lifts a clock time alone either; a year after "in" is untouched
        AnalyzerTest.assertNone("my appointment time is 4pm", "DATE_TIME=");
        AnalyzerTest.assertNone("it has not worked since 06:30", "DATE_TIME=");
        AnalyzerTest.assertFound("I got it in 2019", "DATE_TIME=2019");
    }

    @Test
    void aLowerCaseUkAddressWithoutCommas() {
        AnalyzerTest.assertFound("my address is flat 2 19 rowan road sheffield s11 8yt", "STREET_ADDRESS=flat 2 19 rowan road sheffield s11 8yt");
        AnalyzerTest.assertFound("send it to 7a mill lane, great ayton, ts9 6aa please", "STREET_ADDRESS=7a mill lane, great ayton, ts9 6aa");
        AnalyzerTest.assertFound("deliver to 63 holly grove NE3 4QT", "STREET_ADDRESS=63 holly grove NE3 4QT");
        // no postcode; a number of things; a postcode shape in mixed case
        AnalyzerTest.assertNone("19 rowan road is closed for works", "STREET_ADDRESS=");
        AnalyzerTest.assertNone("we sold 3 road bikes in leeds ls6 last week", "STREET_ADDRESS=");
        AnalyzerTest.assertNone("page 2 main road works s11 8Yt", "STREET_ADDRESS=");
    }

    @Test
    void anIndianPlotAndSectorAddress() {
        AnalyzerTest.assertFound("Plot 31, Sector 18, Faridabad, Haryana 121002", "STREET_ADDRESS=Plot 31, Sector 18, Faridabad, Haryana 121002");
        AnalyzerTest.assertFound("Plot No. 6, Phase 3, Mohali 160055", "STREET_ADDRESS=Plot No. 6, Phase 3, Mohali 160055");
        // no PIN; the word in a sentence
        AnalyzerTest.assertNone("Plot 31, Sector 18 is still empty", "STREET_ADDRESS=");
        AnalyzerTest.assertNone("the plot 3 of the story was weak, 121002 views", "STREET_ADDRESS=");
    }

    @Test
    void theNewPathsStayLinearOnHostileInput() {
        for (String unit : List.of("ID number 91041762230", "CPR 230791-412", "K3857-20461-8530 ", "K3857-20461-", "ontario licence K38572046185307",
                "its ab cd ", "its halvard minde btw ", "flat 1 42 ab road ", "4 ab cd road ef gh ", "Plot 1, Sector 2, ", "Jordan 1 ",
                "3pm in ", "Price went ")) {
            CpuLinearity.assertAnalyzerLinear("round 28b ids, chat names, addresses, vetoes", unit);
        }
    }
}
