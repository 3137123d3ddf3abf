package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 15's forms of personal data in support messages, as specifications (made-up people and values, not the probe
 * set's): hyphenated given names, accented particles, "al-" family names, "my name's", sign-offs after a comma and
 * "Signed:", two-digit years, phones with a spaced dash, values typed one character at a time, reference numbers
 * that are no phones, unit lines and French house numbers before a street; and the new scans under hostile input.
 */
class SupportFormsTest {

    private static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }

    private static List<String> people(String text) {
        return NameVetoTest.people(text);
    }

    @Test
    void hyphenatedAndParticleNamesStayWhole() {
        assertTrue(people("please call Min-jae Lee about the loan").contains("PERSON=Min-jae Lee"), () -> people("please call Min-jae Lee about the loan").toString());
        assertTrue(people("the account belongs to Phạm Văn Đồng").contains("PERSON=Phạm Văn Đồng"), () -> people("the account belongs to Phạm Văn Đồng").toString());
        assertTrue(people("I am Omar bin Khalid al-Rashidi and my card is blocked").contains("PERSON=Omar bin Khalid al-Rashidi"),
                () -> people("I am Omar bin Khalid al-Rashidi and my card is blocked").toString());
        // a hyphenated word of long parts, or in another case than the name, is no given name
        assertFalse(people("our co-founder Lee signed it").contains("PERSON=co-founder Lee"));
    }

    @Test
    void introductionsAndSignOffs() {
        assertEquals(List.of("PERSON=su-bin"), people("hi, my name's su-bin, my transfer failed"));
        assertEquals(List.of("PERSON=anjali"), people("my name's anjali and i lost my card"));
        assertEquals(List.of("PERSON=marek"), people("all fixed, thanks, marek"));
        assertTrue(people("Please cancel the order.\nSigned: Liu Wenjie").stream().anyMatch(p -> p.startsWith("PERSON=Liu")));
        // a comma before "thanks" that names nothing
        assertEquals(List.of(), people("I paid, thanks to my sister"));
    }

    @Test
    void companyAndBuildingWordsCloseNoPerson() {
        assertEquals(List.of(), people("Florence Plaza branch opens at nine"));
        assertEquals(List.of(), people("Lorenzo Finance sent me a letter"));
        assertTrue(people("I spoke to Grace Park yesterday").contains("PERSON=Grace Park"));
    }

    @Test
    void twoDigitYearsAfterAWrittenMonth() {
        assertTrue(found("born 4 Sep 87, please check").contains("DATE_OF_BIRTH=4 Sep 87"), () -> found("born 4 Sep 87, please check").toString());
        assertTrue(found("dob 30 Nov '79").contains("DATE_OF_BIRTH=30 Nov '79"), () -> found("dob 30 Nov '79").toString());
        // a time or a count after the month is no year
        assertFalse(found("see you 14 Mar 10:15").stream().anyMatch(f -> f.contains("14 Mar 10")));
        assertFalse(found("on 2 Jun 40 people queued").stream().anyMatch(f -> f.contains("2 Jun 40")));
        assertFalse(found("back in Jul '21").stream().anyMatch(f -> f.contains("'21")));
    }

    @Test
    void phonesWithASpacedDash() {
        assertTrue(found("text me on 91234 - 56789").contains("PHONE_NUMBER=91234 - 56789"), () -> found("text me on 91234 - 56789").toString());
        // a range of two short numbers is no phone
        assertFalse(found("between 1500 - 2500 a month").stream().anyMatch(f -> f.startsWith("PHONE_NUMBER")));
    }

    @Test
    void valuesTypedOneCharacterAtATime() {
        assertTrue(found("mail: j . o . n . e . s @ o u t l o o k . c o m").contains("EMAIL_ADDRESS=j . o . n . e . s @ o u t l o o k . c o m"),
                () -> found("mail: j . o . n . e . s @ o u t l o o k . c o m").toString());
        assertTrue(found("iban E S 7 9 2 1 0 0 0 8 1 3 6 1 0 1 2 3 4 5 6 7 8 9 thanks").contains("IBAN_CODE=E S 7 9 2 1 0 0 0 8 1 3 6 1 0 1 2 3 4 5 6 7 8 9"),
                () -> found("iban E S 7 9 2 1 0 0 0 8 1 3 6 1 0 1 2 3 4 5 6 7 8 9 thanks").toString());
        // one check digit off: no IBAN; an unknown top-level domain: no e-mail
        assertFalse(found("iban E S 7 8 2 1 0 0 0 8 1 3 6 1 0 1 2 3 4 5 6 7 8 9").stream().anyMatch(f -> f.startsWith("IBAN_CODE")));
        assertFalse(found("a @ b . c o m x y z").stream().anyMatch(f -> f.startsWith("EMAIL_ADDRESS")));
    }

    @Test
    void referenceNumbersAreNoPhones() {
        for (String text : List.of("order no. 55120934 never arrived", "my claim reference is 4410 2231 9987",
                "ticket #8821-4470 is still open", "booking ref: 020 7946 0321")) {
            List<String> f = found(text);
            assertTrue(f.stream().noneMatch(x -> x.startsWith("PHONE_NUMBER") || x.startsWith("IN_AADHAAR")), () -> text + " -> " + f);
        }
        assertTrue(found("my number is 020 7946 0321").contains("PHONE_NUMBER=020 7946 0321"));
    }

    @Test
    void unitLinesAndFrenchHouseNumbersBeforeAStreet() {
        assertTrue(found("Appartement 4, 18 rue Nationale, 59000 Lille").contains("STREET_ADDRESS=Appartement 4, 18 rue Nationale, 59000 Lille"),
                () -> found("Appartement 4, 18 rue Nationale, 59000 Lille").toString());
        assertTrue(found("11 ter avenue Jean Jaurès, 69007 Lyon").contains("STREET_ADDRESS=11 ter avenue Jean Jaurès, 69007 Lyon"),
                () -> found("11 ter avenue Jean Jaurès, 69007 Lyon").toString());
        assertTrue(found("send it to 9 Mill Lane, Headingley, Leeds LS6 3AA").contains("STREET_ADDRESS=9 Mill Lane, Headingley, Leeds LS6 3AA"),
                () -> found("send it to 9 Mill Lane, Headingley, Leeds LS6 3AA").toString());
    }

    @Test
    void theNewScansStayLinearOnHostileInput() {
        // runs of single characters (the spaced-out scan), spaced dashes (the phone gap), reference labels before
        // numbers, hyphenated words before names, "name's" and "cheers," openers, "bis" house numbers
        assertLinear("a b c d e f g h @ i . c o m D E 1 2 3 4 5 6 7 8 ", SupportFormsTest::found);
        assertLinear("12345 - 67890 - 11111 - ", SupportFormsTest::found);
        assertLinear("ref no. is 12345678 order # 4410 2231 ", SupportFormsTest::found);
        assertLinear("Hyun-woo Kim al-Amin Văn my name's ji-ho, cheers, tomasz ", SupportFormsTest::people);
        assertLinear("Flat 3, 27 bis rue Neuve, Didsbury, Manchester M20 ", SupportFormsTest::found);
        assertLinear("1 Feb '94 12 Jan 92 ", SupportFormsTest::found);
    }

    private static void assertLinear(String unit, Function<String, List<String>> detect) {
        double ratio = CpuLinearity.ratioOfRepeated(unit, detect::apply);
        System.out.printf("round 15 scans 64 kB / (32 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
        assertTrue(ratio < 8, "must stay linear, ratio " + ratio + " for " + unit.strip());
    }
}
