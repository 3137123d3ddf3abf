package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 34: the party and phone columns of a table ("Customer" beside "Ship to", a "Phone" column; a semicolon row whose
 * address cell holds commas); an e-mail address URL-encoded with "%40"; a form's next key on the next line ("Company:")
 * no longer vetoes the name above it; a common-word given name after a sign-off before a name word ("Thanks, Will
 * Pemberton-Shaw"); a third short syllable before a tagged two-word name ("Minh Anh Tran"); a two-digit year in words
 * after a day and month in words; and what is no person: greetings of other languages alone ("Buongiorno") and dotted
 * code names ("java.lang", "CartService.java"). Made-up values other than the probe's; look-alikes stay unreported;
 * linear time on the new checks with inputs growing ×16.
 */
class RoundThirtyFourRulesTest {

    @Test
    void partyAndPhoneColumnsOfATable() {
        covered("Ref;Customer;Ship to\n4410;Abimbola Sanni;12 Alder Way, Leeds, LS6 2AB", "PERSON", "Abimbola Sanni");
        // (the name model reads "Ngozi Eze" as a place and wins the overlap: redacted all the same)
        covered("Ref;Customer;Ship to\n4410;Ngozi Eze;12 Alder Way, Leeds, LS6 2AB", "", "Ngozi Eze");
        covered("ref,client,email\n77,Dagny Holm,dagny@example.no", "PERSON", "Dagny Holm");
        covered("| Name | Phone |\n|---|---|\n| Temitope Ajayi | +44 7812 330 965 |", "PHONE_NUMBER", "+44 7812 330 965");
        // a party column beside no contact column names companies as often as people
        assertNone("Ref;Customer;Total\n4410;Ngozi Eze;49.00", "PERSON=");
        // a phone column's cell that is a date, a word or too short is no phone
        assertNone("| Name | Phone | Date |\n|---|---|---|\n| Temitope Ajayi | n/a | 2026-12-01 |", "PHONE_NUMBER=");
        assertNone("| Name | Phone |\n|---|---|\n| Temitope Ajayi | 4410 |", "PHONE_NUMBER=");
    }

    @Test
    void urlEncodedEmailAddresses() {
        covered("contact=ines.varga%40example.hu&lang=hu", "EMAIL_ADDRESS", "ines.varga%40example.hu");
        assertNone("save 40%40 off today", "EMAIL_ADDRESS=");
        assertNone("path=a%40b", "EMAIL_ADDRESS=");
        assertNone("user%40example.notatld", "EMAIL_ADDRESS=");
    }

    @Test
    void aFormKeyOnTheNextLineIsNotTheNamesCompany() {
        covered("Enquiry\nName: Yewande Coker-Ali\nCompany: none", "PERSON", "Yewande Coker-Ali");
        assertNone("Please ask Drake Holdings Company about it", "PERSON=Drake Holdings");
    }

    @Test
    void commonWordGivenNameAfterASignOff() {
        covered("Thanks, Will Fairweather-Lund", "PERSON", "Will Fairweather-Lund");
        covered("Cheers,\nHope Ndiaye-Brooks", "PERSON", "Hope Ndiaye-Brooks");
        assertNone("Thanks, Will Do That Today", "PERSON=Will Do");
        assertNone("Hi, Hope This Helps", "PERSON=Hope This");
    }

    @Test
    void threeSyllableNames() {
        covered("the refund for Bich Ngoc Pham is still pending", "PERSON", "Bich Ngoc Pham");
        assertNone("please tell Mr Anh Tran", "PERSON=Mr");
        assertNone("the Order Anh Tran placed", "PERSON=Order");
    }

    @Test
    void twoDigitYearInWordsAfterASpokenDay() {
        covered("date of birth? the twelfth of March, sixty-nine.", "DATE", "twelfth of March, sixty-nine");
        covered("born the third of June, seventy four", "DATE", "third of June, seventy four");
        assertNone("on the ninth of May, twenty-two of us came", "DATE");
        assertNone("on the ninth of May, eighty", "DATE");
    }

    @Test
    void foreignGreetingsAndCodeNamesAreNoPeople() {
        assertNone("Buongiorno, il pacco è arrivato aperto.", "PERSON=");
        assertNone("Bonjour, le colis est arrivé ouvert.", "PERSON=");
        assertNone("org.hibernate.LazyInitializationException at OrderMapper.kt:41", "PERSON=");
        assertNone("Caused by: java.io.IOException in Uploader.py", "PERSON=");
        covered("DEBUG name=tran.thi.hoa phone=0912 447 108", "PERSON", "tran.thi.hoa");
        covered("Buongiorno, sono Ottavia Ferretti.", "PERSON", "Ottavia Ferretti");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("a;Customer;Ship to\n1;Ab Cd;1 A St, B, C\n", "| Name | Phone |\n|---|---|\n| Ab Cd | +44 7812 330 965 |\n",
                "a%40b.com ", "x%40", "Name: Ab Cd\nCompany: x\n", "Thanks, Will Ab ", "Will Ab ", "Ab Cd Ef ", "Ab ",
                "the ninth of May, eighty-seven. ", "ninth of May, ", "Buongiorno, ", "java.lang ", "Ab.java ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 34 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
