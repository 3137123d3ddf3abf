package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 28: the names of CSV and table rows under a header that names them; a name after a form or label key in several
 * languages ("Ad Soyad:", "Remitente:", "SHIP TO:" with the name on the next line) and after "surname is" / "surname's";
 * a name spelled letter by letter with hyphens; reddit users and handles after "my github / steam / twitch is"; a
 * password after "contraseña", "senha", "hasło" … and after "password for wifi:"; dates with the Spanish and Portuguese
 * "de", Polish and Turkish months, an ordinal day and a year said in words, and the birth words of those languages; a card
 * number read out in words; the Turkish T.C. kimlik no (TR_NATIONAL_ID) and the Mexican CURP (MX_CURP), new types.
 * Made-up values other than the probe's; look-alikes stay unreported; linear time on the new checks.
 */
class CallsTablesLabelsAndForeignDatesTest {

    private static List<String> of(String type, String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith(type + "=")).toList();
    }

    @Test
    void namesInRowsUnderANameHeaderArePeople() {
        assertEquals(List.of("PERSON=Chidinma", "PERSON=Okonjo"),
                of("PERSON", "id,first_name,last_name,plan\n5521,Chidinma,Okonjo,gold"));
        List<String> french = AnalyzerTest.found("\"Nom\";\"Prénom\";\"Ville\"\n\"Marchand\";\"Anaïs\";\"Lyon\"\n\"Rousseau\";\"Bastien\";\"Nantes\"");
        assertTrue(french.containsAll(List.of("PERSON=Marchand", "PERSON=Anaïs", "PERSON=Rousseau")), french::toString);
        // (the name model reads "Bastien" as a place and wins the overlap: redacted all the same)
        assertTrue(french.stream().anyMatch(f -> f.endsWith("=Bastien")), french::toString);
        assertEquals(List.of("PERSON=Kiss Dorottya"), of("PERSON", "| Full name | Email |\n|---|---|\n| Kiss Dorottya | kd@example.hu |"));
    }

    @Test
    void rowsThatNameNoOneStayUnreported() {
        // a bare "name" column beside no contact column names products; a row with another number of cells is no row
        assertEquals(List.of(), of("PERSON", "name,qty\nwidget,3\nlamp,1"));
        assertEquals(List.of(), of("PERSON", "first_name,last_name,email\nnull,unknown,n/a"));
        assertEquals(List.of(), of("PERSON", "first_name,last_name\nsee the attached file, thanks"));
    }

    @Test
    void aNameAfterALabelIsAPerson() {
        assertTrue(of("PERSON", "Ad Soyad: Burak Öztürk | Şehir: İzmir").contains("PERSON=Burak Öztürk"));
        assertEquals(List.of("PERSON=Lucía Bermejo Saiz"), of("PERSON", "Remitente: Lucía Bermejo Saiz, Calle Mayor 3"));
        assertEquals(List.of("PERSON=HIROSHI TANAKA"), of("PERSON", "SHIP TO:\nHIROSHI TANAKA\n2-5-1 AKASAKA"));
        // the title stays outside the label's name (the name model's own "Mrs" aside)
        List<String> title = of("PERSON", "Deliver to: Mrs Ifeoma Chukwu, 4 Elm Row");
        assertTrue(title.contains("PERSON=Ifeoma Chukwu") && !title.contains("PERSON=Mrs Ifeoma Chukwu"), title::toString);
        assertEquals(List.of("PERSON=Adeyinka"), of("PERSON", "my surname is Adeyinka and the order is late"));
        assertEquals(List.of("PERSON=Oduya"), of("PERSON", "surname's Oduya, thanks"));
    }

    @Test
    void labelsBeforeNoNameStayUnreported() {
        assertEquals(List.of(), of("PERSON", "Ship to: Main Warehouse"));
        assertEquals(List.of(), of("PERSON", "Recipient: Front Desk"));
        assertEquals(List.of(), of("PERSON", "the last name is required on the form"));
        assertEquals(List.of(), of("PERSON", "Destinatario: pendiente"));
    }

    @Test
    void aNameSpelledLetterByLetterIsAPerson() {
        assertEquals(List.of("PERSON=A-D-E-J-U-M-O"), of("PERSON", "the name is spelled A-D-E-J-U-M-O, yes"));
        // without a name word before it, or three letters only: a code
        assertEquals(List.of(), of("PERSON", "choose plan A-B-C-D from the menu"));
        assertEquals(List.of(), of("PERSON", "the name of the tier is X-Y-Z"));
    }

    @Test
    void redditUsersAndHandlesAfterTheirAppAreAccounts() {
        assertEquals(List.of("PERSON=amber_finch_21"), of("PERSON", "you can reach me at u/amber_finch_21 too"));
        assertEquals(List.of("PERSON=teodora-lab"), of("PERSON", "my github is teodora-lab btw"));
        assertEquals(List.of("PERSON=corvid_nine"), of("PERSON", "my twitch is corvid_nine"));
        // a unit per day, an English word, a path
        assertEquals(List.of(), of("PERSON", "the dose is 5 u/day"));
        assertEquals(List.of(), of("PERSON", "my github is broken since yesterday"));
        assertEquals(List.of(), of("PERSON", "see /menu/u/settings"));
    }

    @Test
    void passwordsInOtherLanguagesAndAfterWhatTheyGuard() {
        assertEquals(List.of("SECRET=Girassol#88"), of("SECRET", "a senha é Girassol#88"));
        assertEquals(List.of("SECRET=Tortuga!2031"), of("SECRET", "contraseña: Tortuga!2031"));
        assertEquals(List.of("SECRET=Bocian7?x"), of("SECRET", "hasło: Bocian7?x"));
        assertEquals(List.of("SECRET=Lemur-44-Blue"), of("SECRET", "password for wifi: Lemur-44-Blue"));
        assertEquals(List.of("SECRET=Ochre!515"), of("SECRET", "senha do roteador: Ochre!515"));
        // the keyword without its value, a compound, a reset page
        assertEquals(List.of(), of("SECRET", "esqueci a senha, podem ajudar?"));
        assertEquals(List.of(), of("SECRET", "the password for your account has expired"));
        assertEquals(List.of(), of("SECRET", "contraseña olvidada"));
    }

    @Test
    void foreignAndSpokenDatesOfBirth() {
        assertEquals(List.of("DATE_OF_BIRTH=9 de agosto de 1979"), of("DATE_OF_BIRTH", "nací el 9 de agosto de 1979"));
        assertEquals(List.of("DATE_OF_BIRTH=17 lipca 1984"), of("DATE_OF_BIRTH", "data urodzenia 17 lipca 1984"));
        assertEquals(List.of("DATE_OF_BIRTH=3 Kasım 1996"), of("DATE_OF_BIRTH", "doğum tarihi 3 Kasım 1996"));
        assertEquals(List.of("DATE_OF_BIRTH=thirty-first of October, nineteen sixty-eight"),
                of("DATE_OF_BIRTH", "born on the thirty-first of October, nineteen sixty-eight"));
        assertEquals(List.of("DATE_OF_BIRTH=fifth of May two thousand and three"),
                of("DATE_OF_BIRTH", "date of birth the fifth of May two thousand and three"));
        assertEquals(List.of("DATE_TIME=twentieth of April 2027"), of("DATE_TIME", "the meeting is on the twentieth of April 2027"));
    }

    @Test
    void lookAlikesOfForeignAndSpokenDatesStayDatesOrNothing() {
        // "de" without a year; a Polish month name without a year; "the first may be"; a number that is no year
        assertEquals(List.of(), of("DATE_OF_BIRTH", "nací el 9 de agosto"));
        assertEquals(List.of(), AnalyzerTest.found("the first may be wrong"));
        assertEquals(List.of(), of("DATE_TIME", "zamówienie z 5 maja"));
        // a day in words without its year is left as it was (the month's own rules)
        assertEquals(List.of(), of("DATE_TIME", "the second of June twenty one people came"));
        assertEquals(List.of(), of("DATE_TIME", "off on the tenth of august"));
    }

    @Test
    void aCardReadOutInWordsIsACard() {
        assertEquals(List.of("CREDIT_CARD=four five five six, seven three zero one, eight eight two four, six one zero four"),
                of("CREDIT_CARD", "card is four five five six, seven three zero one, eight eight two four, six one zero four"));
        // the last digit wrong: no card (Luhn)
        assertEquals(List.of(), of("CREDIT_CARD", "card is four five five six, seven three zero one, eight eight two four, six one zero five"));
    }

    @Test
    void turkishIdentityNumbersAndCurps() {
        assertEquals(List.of("TR_NATIONAL_ID=61820493700"), of("TR_NATIONAL_ID", "TC kimlik no 61820493700"));
        assertEquals(List.of(), of("TR_NATIONAL_ID", "TC kimlik no 61820493701"));
        assertEquals(List.of(), of("TR_NATIONAL_ID", "order 61820493700 shipped"));
        assertEquals(List.of("MX_CURP=SAPL850611MNLNRC09"), of("MX_CURP", "mi CURP es SAPL850611MNLNRC09"));
        // a state code that is none ("ZZ"), a vowel among the consonants, a product code of 18 characters
        assertEquals(List.of(), of("MX_CURP", "SAPL850611MZZNRC09"));
        assertEquals(List.of(), of("MX_CURP", "SAPL850611MNLARC09"));
        assertEquals(List.of(), of("MX_CURP", "part ABCD123456XYZ12345"));
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("first_name,last_name\nAda,Quist\n", "a;b;c\n", "| x | y |\n", "Ad Soyad: ", "SHIP TO:\n", "Ship to: Ms ",
                "surname is ", "O-K-A-F-", "name A-B-C-D-E ", "u/ab_c ", "u/u/u/", "senha do wifi: ", "contraseña ", "password for x y: ",
                "9 de agosto de ", "5 października ", "twenty-first of May, nineteen ", "nineteen eighty-four ",
                "four five five six, ", "kimlik 6182049370 ", "SAPL850611MNLNRC0 ")) {
            CpuLinearity.assertAnalyzerLinear("round 28 rows, labels, spelled names, handles, passwords, dates, cards, ids", unit);
        }
        assertTrue(true);
    }
}
