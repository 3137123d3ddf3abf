package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 92 (rb92): a capitalised name right after an IBAN and a comma or a dash ({@link NameNeighbours}' reading after
 * an identifier, now after an IBAN too), or after an identifier with a given name the gazetteer does not know when the
 * last word is a known family name and no word a common English one; and a capitalised name after a self-introduction
 * written in lower case ("jmenuji se …", "adım …", "olen …", "det er …", "je suis …"), read as {@link LabelledNames}
 * reads a payee's name. Made-up texts, none from the probe batches. Look-alikes (banks, streets, ordinary words after
 * the same shapes) stay unredacted; linear time with inputs growing ×16.
 */
class Rb92NamesAfterIdentifiersAndIntroductionsTest {

    @Test
    void aNameAfterAnIbanAndACommaOrADashIsRead() {
        covered("Bitte die Rückzahlung auf DE43 3704 0044 0532 0137 31, Lukas Pichlmayr.", "PERSON", "Lukas Pichlmayr");
        covered("Prosím vrátiť peniaze na SK69 0900 0000 0050 4129 3819, Jana Kubišová", "PERSON", "Jana Kubišová");
        covered("EE58 1010 2202 3741 5019 – Liisa Kõivumägi. Palun tehke tagasimakse.", "PERSON", "Liisa Kõivumägi");
    }

    @Test
    void aNameWithAKnownFamilyNameLastIsReadAfterAnIdentifier() {
        // the given name unknown to the gazetteer, the family name known
        covered("Personnummer 19830412-3618, Zendrik Johansson.", "PERSON", "Zendrik Johansson");
        covered("EE58 1010 2202 3741 5019 – Quorvin Schneider. Palun tehke tagasimakse.", "PERSON", "Quorvin Schneider");
        covered("Personnummer 19830412-3618, Zendrik Schneider, bitte melden.", "PERSON", "Zendrik Schneider");
    }

    @Test
    void aCapitalisedNameAfterALowerCaseIntroductionIsRead() {
        covered("Dobrý den, jmenuji se Tomáš Kratochvíl, potřebuji novou smlouvu.", "PERSON", "Tomáš Kratochvíl");
        covered("Merhaba, adım Ayşe Yıldırımoğlu. Kartım bloke oldu.", "PERSON", "Ayşe Yıldırımoğlu");
        covered("Hei, olen Mikko Kärkkäinen (asiakasnumero 4471). Lasku on väärin.", "PERSON", "Mikko Kärkkäinen");
        covered("Hej, det er Karen Søndergaard, jeg vil gerne opsige mit abonnement.", "PERSON", "Karen Søndergaard");
        covered("Bonjour, je suis Moussa Traoré, mon colis n'est pas arrivé.", "PERSON", "Moussa Traoré");
        covered("Bon dia, em dic Jordi Vilaseca, no puc entrar al compte.", "PERSON", "Jordi Vilaseca");
        covered("Bună ziua, mă numesc Andrei Popescu, cardul meu a fost blocat.", "PERSON", "Andrei Popescu");
        covered("Dobar dan, zovem se Ivan Horvatinčić, račun mi je pogrešan.", "PERSON", "Ivan Horvatinčić");
    }

    @Test
    void banksStreetsAndOrdinaryWordsAfterTheSameShapesStayOut() {
        for (String[] t : new String[][] {
                {"IBAN DE43 3704 0044 0532 0137 31, Deutsche Bank, Frankfurt", "Deutsche"},
                {"IBAN CH10 0023 5422 2095 2366 4, Zürcher Kantonalbank", "Kantonalbank"},
                {"IBAN CH10 0023 5422 2095 2366 4, Credit Suisse.", "Suisse"},
                {"IBAN AT34 1904 3002 3457 3299, Bank Austria.", "Austria"},
                {"IBAN DE43 3704 0044 0532 0137 31, Bitte Rückruf.", "Rückruf"},
                {"Konto DE43 3704 0044 0532 0137 31 – Sparkasse Köln, seit gestern gesperrt", "Sparkasse"},
                {"Personnummer 19830412-3618, Storgatan 12, Stockholm", "Storgatan"},
                {"Personnummer 19830412-3618, Svenska Handelsbanken, kontoret i Malmö", "Handelsbanken"},
                {"Personnummer 19830412-3618, Best Regards.", "Regards"},
                {"ich bin Kunde seit vielen Jahren und sehr unzufrieden", "Kunde"},
                {"je suis Client Premium depuis 2010", "Premium"},
                {"this is Amazon Prime charging me twice", "Prime"},
                {"i am Very Unhappy with the service", "Unhappy"},
                {"olen Helsingissä ensi viikolla", "Helsingissä"},
                {"det er Netflix Premium som trækker to gange", "Netflix"},
                {"tady Česká Pošta, zásilka je na cestě", "Pošta"},
                {"my name is Not Important here", "Important"},
        }) {
            assertNoPerson(t[0], t[1]);
        }
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("jmenuji se Jan ", "olen olen olen ", "det er Det er ", "adımadımadım", "je suis Anna Berg, ",
                "DE43 3704 0044 0532 0137 31, Anna ", "19830412-3618, Zendrik Johansson ", "tady,tady,tady ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 92 names after identifiers and introductions 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n",
                    ratio, unit.strip());
            // x16 input must cost less than x40 time: the ratio is per unit of input
            assertTrue(ratio * 16 < 40, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    private static void assertNoPerson(String text, String part) {
        List<String> f = AnalyzerTest.found(text);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON") && x.contains(part)), () -> part + " must stay out: " + f);
    }
}
