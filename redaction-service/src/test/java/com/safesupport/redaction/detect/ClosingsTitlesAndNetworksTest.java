package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 32: names after closings and self-introductions of the desk's other languages, after Italian and French titles,
 * in brackets after a phone, Irish "Mac" surnames, a holder word opening no place; dates of birth with Dutch, Nordic and
 * Finnish month names and a Danish day's dot; IP networks with a prefix length ("0.0.0.0/0", "::/0"); a Glasgow flat
 * "1/2" and a flat without a comma before its house; a city after a French postcode with no comma; and what is no data:
 * a team's sign-off, closing words, colour names of products, "Bill me later", shelf-life dates and a log line's own
 * timestamp. Made-up values other than the probe's; look-alikes stay unreported; linear time on the new checks.
 */
class ClosingsTitlesAndNetworksTest {

    @Test
    void namesAfterClosingsOfOtherLanguages() {
        covered("Vielen Dank.\n\nMit freundlichen Grüßen\nWiebke Hinrichsen", "PERSON", "Wiebke Hinrichsen");
        covered("No me llegó nada. Saludos, Maite Urrutikoetxea", "PERSON", "Maite Urrutikoetxea");
        covered("Met vriendelijke groet,\nFenna van Dijkhuizen", "PERSON", "Fenna van Dijkhuizen");
        covered("Cordiali saluti\nOttavia Lombardini", "PERSON", "Ottavia Lombardini");
        covered("Venlig hilsen\nTrine Bækgaard", "PERSON", "Trine Bækgaard");
        covered("Saludos cordiales,\nSra. Nekane Arrizabalaga", "PERSON", "Nekane Arrizabalaga");
    }

    @Test
    void closingLookAlikesNameNobody() {
        assertNone("Mit freundlichen Grüßen\nIhr Versand-Team", "PERSON=");
        assertNone("Saludos,\nel equipo de ventas", "PERSON=");
        assertNone("saludos a todos en la oficina", "PERSON=");
        assertNone("Cordialement,\nLe Service Client", "PERSON=");
        assertNone("Bien à vous", "PERSON=");
    }

    @Test
    void namesAfterSelfIntroductions() {
        covered("Hei, jeg heter Torgrim Løvaas og har et spørsmål", "PERSON", "Torgrim Løvaas");
        covered("hej, jag heter Ebba Strömqvist", "PERSON", "Ebba Strömqvist");
        covered("dzień dobry, nazywam się Bożena Szczepańska", "PERSON", "Bożena Szczepańska");
        assertNone("bonjour, je m'appelle Service Client", "PERSON=Service");
        assertNone("mi chiamo sempre la banca", "PERSON=");
    }

    @Test
    void namesAfterTitlesAndInBrackets() {
        covered("il Dott. Zanardelli ha chiamato", "PERSON", "Zanardelli");
        covered("la Dott.ssa Quagliarella aspetta", "PERSON", "Quagliarella");
        covered("veuillez rappeler Mme Vautrin demain", "PERSON", "Vautrin");
        covered("Tel.: +31 (0)30 - 712 44 90 (Jelmer)", "PERSON", "Jelmer");
        covered("call 0172 5839214 (Wolfram Tiedemann)", "PERSON", "Wolfram Tiedemann");
        assertNone("0800 118 2299 (Freephone)", "PERSON=");
        assertNone("call 0800 118 2299 (UK only)", "PERSON=");
        assertNone("see page 12 (Appendix)", "PERSON=");
        assertNone("the Dott. Please reply", "PERSON=");
    }

    @Test
    void irishMacSurnamesAndHolderWords() {
        covered("the card of Pádraig Mac Giolla Bhríde was charged", "PERSON", "Pádraig Mac Giolla Bhríde");
        covered("Órlaith Mac Conmara and her brother", "PERSON", "Órlaith Mac Conmara");
        assertNone("the Apple Mac Mini is faulty", "PERSON=Apple");
        List<String> f = AnalyzerTest.found("IBAN: DE.., Kontoinhaberin Roswitha Eggenberger-Wildhaber");
        assertTrue(f.stream().noneMatch(x -> x.startsWith("LOCATION=Kontoinhaberin")), f::toString);
        covered("IBAN: DE.., Kontoinhaberin Roswitha Eggenberger-Wildhaber", "PERSON", "Roswitha Eggenberger-Wildhaber");
    }

    @Test
    void datesWithDutchNordicAndFinnishMonths() {
        covered("geboren op 7 februari 1982", "DATE", "7 februari 1982");
        covered("född 30 augusti 1974", "DATE", "30 augusti 1974");
        covered("født 3. desember 1988", "DATE", "3. desember 1988");
        covered("fødselsdato 11. november 1969", "DATE", "11. november 1969");
        covered("syntynyt 4. maaliskuuta 1990", "DATE", "4. maaliskuuta 1990");
        assertNone("Mei Lin called", "DATE_TIME=");   // a month read only with its year
        assertNone("in maj har vi stängt", "DATE_TIME=");
    }

    @Test
    void networksWithAPrefixLengthAreOneIp() {
        covered("route 0.0.0.0/0 via the gateway", "IP_ADDRESS", "0.0.0.0/0");
        covered("ipv6 default ::/0 is blocked", "IP_ADDRESS", "::/0");
        covered("allow 10.20.0.0/16 only", "IP_ADDRESS", "10.20.0.0/16");
        assertNone("the ratio was ::/0abc", "IP_ADDRESS=");
        assertNone("use :: as a separator", "IP_ADDRESS=");
        assertNone("dummy 0000 0000 0000 0000", "CREDIT_CARD=");
    }

    @Test
    void flatsAndFrenchCities() {
        covered("Flat 3/1, 41 Dumbarton Road, Glasgow G11 6AA", "STREET_ADDRESS", "Flat 3/1, 41 Dumbarton Road");
        covered("Regards,\nFlat 5 22 Iffley Road Oxford OX4 1EA", "STREET_ADDRESS", "Flat 5 22 Iffley Road");
        covered("livraison : 12 rue Paul Bert 33000 Bordeaux", "STREET_ADDRESS", "12 rue Paul Bert 33000 Bordeaux");
        assertNone("Flat 5 22 pages long", "STREET_ADDRESS=Flat 5 22");
        assertNone("I scored 12 points in 33000 Games", "STREET_ADDRESS=");
    }

    @Test
    void productWordsAndShelfLifeNameNothing() {
        assertNone("the Rose Gold model is nicer", "PERSON=");
        assertNone("swap it for the Forest Green", "PERSON=");
        assertNone("Bill me later is greyed out", "PERSON=");
        assertNone("best before 09/2028 on the tin", "DATE_TIME=");
        assertNone("Use by 22.03.2027 on the bottle", "DATE_TIME=");
        assertNone("2026-10-02T11:05:44Z ERROR sync failed", "DATE_TIME=");
        assertNone("2026-10-02 11:05:44,120 [WARN] retry", "DATE_TIME=");
        covered("Rose Gold called about her refund", "PERSON", "Rose");
        covered("Bill Harrington called twice", "PERSON", "Bill Harrington");
        covered("the engineer came on 2026-10-02 11:05 to the wrong door", "DATE_TIME", "2026-10-02");
        covered("I moved it to 22.03.2027, before the trip", "DATE_TIME", "22.03.2027");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("Mit freundlichen Grüßen\n", "saludos, ", "Saludos, Ab Cd ", "jeg heter ", "jeg heter Ab ",
                "Dott. ", "Dott. Abcd ", "mme ", "1 (Ab) ", "1 (", "(Abc ", "Ab Mac Cd ", " Mac Giolla ", "Kontoinhaberin Ab ",
                "7 februari 1982 ", "3. desember ", "0.0.0.0/0 ", "::/0 ", "::/", "Flat 3/1, 41 ", "Flat 5 22 ", "Flat 1/",
                "12 rue Ab 33000 Bordeaux ", "33000 Ab ", "the Rose Gold ", "Bill me ", "best before 09/2028 ", "best before ",
                "2026-10-02T11:05:44Z ERROR ", "2026-10-02 11:05:44 ")) {
            CpuLinearity.assertAnalyzerLinear("round 32 closings, titles, months, networks, flats, shelf life", unit);
        }
        assertTrue(true);
    }
}
