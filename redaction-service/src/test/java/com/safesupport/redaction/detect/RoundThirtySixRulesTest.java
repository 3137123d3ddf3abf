package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 36: a mobile written in three groups of four that opens with its trunk 0 is no card; no house number opens with
 * a 0 ("Ring me on 0172 …" is no street); German, Dutch, French, Spanish and Italian order and invoice labels make the
 * number after them a reference; "Hallo", "Moin", "Merci" … alone are no person, nor a run that a lower-case possessive
 * opens ("meine Bestellung"). Made-up values other than the probe's;
 * look-alikes stay as they were; linear time on the new checks with inputs growing ×16.
 */
class RoundThirtySixRulesTest {

    @Test
    void mobileInThreeGroupsOfFour() {
        covered("Sie erreichen mich unter 0151 2094 7736.", "PHONE_NUMBER", "0151 2094 7736");
        covered("new mobile: 0157 3318 6620, thanks", "PHONE_NUMBER", "0157 3318 6620");
        assertFalse(PhoneRecognizer.cardLike("0176 2284 5519"));
        // a card's groups stay card-like: no leading 0, or a fourth group
        assertTrue(PhoneRecognizer.cardLike("4111 1111 1111"));
        assertTrue(PhoneRecognizer.cardLike("0176 2284 5519 3310"));
        assertNone("card 4155 5526 7100 declined", "PHONE_NUMBER=");
        assertNone("Kontonummer 0176 2284 5519 3310 8841 27", "PHONE_NUMBER=");
    }

    @Test
    void trunkZeroIsNoHouseNumber() {
        covered("Ring me on 0172 4839 261 or mail me", "PHONE_NUMBER", "0172 4839 261");
        assertNone("Ring me on 0172 4839 261 or mail me", "STREET_ADDRESS=");
        covered("Call me on 07700 914 352 or mail me, cheers", "PHONE_NUMBER", "07700 914 352");
        assertTrue(AddressRecognizer.zeroLedNumber("on 0172 4839 261", 2));
        assertTrue(AddressRecognizer.zeroLedNumber("on 07700-914352", 2));
        // a house number without its 0, or a unit's number alone, is still one
        assertFalse(AddressRecognizer.zeroLedNumber("Allika 46 12", 6));
        assertFalse(AddressRecognizer.zeroLedNumber("Suite 019\nLeeds", 5));
        assertFalse(AddressRecognizer.zeroLedNumber("PSC 0413, Box 8144", 3));
        assertFalse(AddressRecognizer.zeroLedNumber("Apt. 004", 3));
    }

    @Test
    void orderLabelsOfOtherLanguagesMakeAReference() {
        assertNone("Hallo, meine Bestellung 0176 2284 551 ist beschädigt angekommen.", "PHONE_NUMBER=");
        assertNone("mijn bestelling 06 4839 2175 is nog niet bezorgd", "PHONE_NUMBER=");
        assertNone("j'ai reçu la commande n° 01 42 68 53 00 hier", "PHONE_NUMBER=");
        assertNone("Rechnungsnummer: 030 9018 2211", "PHONE_NUMBER=");
        // other words between the label and the number: a phone stays a phone
        covered("Bestellung bitte an 0151 2094 7736 schicken", "PHONE_NUMBER", "0151 2094 7736");
        covered("commande passée, appelez le 01 42 68 53 00", "PHONE_NUMBER", "01 42 68 53 00");
    }

    @Test
    void greetingsOfOtherLanguagesAloneAreNoPerson() {
        assertNone("Hallo, mijn pakket is niet bezorgd.", "PERSON=");
        assertNone("Moin, die Lieferung fehlt.", "PERSON=");
        assertNone("Merci, c'est réglé.", "PERSON=Merci");
        assertNone("Hallo, meine Bestellung ist beschädigt.", "PERSON=");
        assertNone("Bonjour, mon colis est arrivé ouvert.", "PERSON=");
        // a name after the greeting is still a name
        covered("Hallo Frank, danke.", "PERSON", "Frank");
        covered("Danke und viele Grüße, Jana Köhler", "PERSON", "Jana Köhler");
        // a capitalised word that is a possessive elsewhere, or a name after the possessive's noun, stays a name
        covered("Hallo, Mein Ling hier", "PERSON", "Ling");
        covered("Hallo, meine Frau Sabine hat angerufen", "PERSON", "Sabine");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("unter 0176 2284 5519 ", "0176 2284 5519 1234 ", "0 0 0 ", "Ring me on 0172 4839 261 or mail ",
                "on 0 ", "on 0123456 ", "Bestellung 302-8841977 ", "commande n° 55120834 ", "n° n° ", "Hallo, ", "Moin Merci Danke ", "Hallo, meine Bestellung ", "my ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 36 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
        CpuLinearity.assertAnalyzerLinear("round 36 trunk-zero groups", "0176 2284 5519 ");
    }
}
