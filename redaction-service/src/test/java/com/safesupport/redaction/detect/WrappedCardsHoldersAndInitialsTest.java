package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 31: a card number wrapped across one line break (known brands only), a Spanish NIE with its prefix letter set
 * off by a hyphen, a release number after its word that is not a date, names after holder words and phrases of the
 * desk's other languages ("Inhaber:", "op naam van"), names written with two initials. Made-up values other than the
 * probe's; a phone is no longer read inside four groups of four digits; look-alikes stay unreported; linear time on the new checks.
 */
class WrappedCardsHoldersAndInitialsTest {

    private static void covered(String text, String type, String value) {
        List<String> all = AnalyzerTest.found(text);
        assertTrue(all.stream().anyMatch(f -> f.startsWith(type + "=") && f.contains(value)), () -> value + " in " + all);
    }

    @Test
    void aCardWrappedAcrossOneLineBreak() {
        covered("the card is 4539 1028 7734\n2564, expires soon", "CREDIT_CARD", "4539 1028 7734\n2564");
        covered("5520-3614-7820-\n9311 was declined", "CREDIT_CARD", "5520-3614-7820-\n9311");
        covered("4539 1028\r\n7734 2564", "CREDIT_CARD", "4539 1028\r\n7734 2564");
    }

    @Test
    void wrappedNumberLookAlikesAreNoCards() {
        assertNone("ref 1234 5678 1234\n5670 attached", "CREDIT_CARD=");   // Luhn holds, no known brand
        assertNone("4539 1028 7734\n2565 and more", "CREDIT_CARD=");       // Luhn fails
        assertNone("4539 1028 7734\n\n2564", "CREDIT_CARD=");              // a blank line between: two numbers
        assertNone("4539 102\n87734 2564", "CREDIT_CARD=");                 // the break is not after a group of four
    }

    @Test
    void aNieWithItsPrefixSetOffByAHyphen() {
        covered("mi NIE: Z-3194028-T", "ES_NIE", "Z-3194028-T");
        assertNone("mi NIE: Z-3194028-A", "ES_NIE=");   // wrong check letter
        assertNone("code AZ-3194028-T", "ES_NIE=");      // a letter glued before the prefix
    }

    @Test
    void aReleaseNumberAfterItsWordIsNoDate() {
        assertNone("firmware 1.2.24 broke the pairing", "DATE_TIME=");
        assertNone("after the update to version 3.11.25 it froze", "DATE_TIME=");
        covered("it broke on 1.2.24 at the back door", "DATE_TIME", "1.2.24");
    }

    @Test
    void namesAfterHolderWordsAndPhrases() {
        covered("IBAN DE.., Inhaber: Gerlinde Mooshammer", "PERSON", "Gerlinde Mooshammer");
        covered("de factuur staat op naam van Sietske Bouwmeester", "PERSON", "Sietske Bouwmeester");
        covered("t.a.v. Marijke Oosterhuis, afdeling inkoop", "PERSON", "Marijke Oosterhuis");
        covered("la cuenta está a nombre de Itziar Goikoetxea", "PERSON", "Itziar Goikoetxea");
    }

    @Test
    void holderLookAlikesNameNobody() {
        assertNone("Inhaber: Please Call Customer Service", "PERSON=");
        assertNone("die Inhaberschaft Ruht seit Mai", "PERSON=Ruht");
        assertNone("op naam van The Company", "PERSON=");
    }

    @Test
    void namesWithTwoInitials() {
        covered("Regards,\nR. K. Venkataraman", "PERSON", "R. K. Venkataraman");
        covered("cc: J.-P. Lefebvre-Morin", "PERSON", "J.-P. Lefebvre-Morin");
        covered("signed by D. F. O'Halloran yesterday", "PERSON", "D. F. O'Halloran");
    }

    @Test
    void initialLookAlikesNameNobody() {
        assertNone("send it to P. O. Box 4471", "PERSON=");
        assertNone("made in the U. S. Army surplus store", "PERSON=U");
    }

    @Test
    void aYearOpeningACodeIsNoDate() {
        assertNone("batch 2025/207/1184 on the box", "DATE_TIME=");
        assertNone("lot 2025-07-B of the filters", "DATE_TIME=2025");
        covered("we used it in 2025/26 and again in 2024-2025", "DATE_TIME", "2024");
    }

    @Test
    void anItemNumbersDigitsAreNoCompanyNumber() {
        // 005 499 874 passes the ACN check digit; inside the S10 frame it is a parcel's number
        assertNone("registered letter RR 005 499 874 GB not delivered", "AU_ACN=");
        covered("ACN 005 499 874 on the invoice", "AU_ACN", "005 499 874");
    }

    @Test
    void aNumberPrintedAsFourGroupsOfFourHoldsNoPhone() {
        assertNone("Order 5512 8830 2047 6618 is still open", "PHONE_NUMBER=");
        covered("order 4471 2093, call me on 07700 384 605 please", "PHONE_NUMBER", "07700 384 605");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("4539 1028 7734\n", "4539-\n", "Z-3194028-", "Y-", "version 1.2.3 ", "firmware 1.2.",
                "Inhaber: Ab Cd ", "inhaber ", "op naam van Ab ", "t.a.v. ", "A. B. Cdefg ", "A.-", "A. B. ", "2025/1/", "2025-", "RR 005 499 874 GB ", "5512 8830 2047 6618 ", "5512 ")) {
            CpuLinearity.assertAnalyzerLinear("round 31 wrapped cards, NIE, releases, holders, initials", unit);
        }
        assertTrue(true);
    }
}
