package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 28b: the South African identity number (ZA_ID) and the Danish CPR number (DK_CPR), new types needing their
 * word; the Ontario driver's licence (CA_DRIVER_LICENSE). Made-up values with their check digits computed here;
 * look-alikes stay unreported; linear time on the new checks.
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
    void theNewPathsStayLinearOnHostileInput() {
        for (String unit : List.of("ID number 91041762230", "CPR 230791-412", "K3857-20461-8530 ", "K3857-20461-", "ontario licence K38572046185307")) {
            CpuLinearity.assertAnalyzerLinear("round 28b ZA_ID, DK_CPR, Ontario licence", unit);
        }
    }
}
