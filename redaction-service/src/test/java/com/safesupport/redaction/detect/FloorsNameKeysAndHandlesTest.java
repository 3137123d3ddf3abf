package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 27: the rest of an address line after its house number in Portuguese ("2.º Dto."), Catalan ("3r 1a"), Danish
 * ("4. tv.", a postal district's letter), Swedish and Czech ("114 32 Stockholm") and Polish in lower case ("31-042
 * kraków"); a Singapore address's block, street number, "#floor-unit" and "Singapore" postcode; a person's name after a
 * name key in a record ({@code "lastName":"…"}); a handle said after "my discord is" and a chat handle with an initial;
 * a password after "pw is"; a quote line's whole display name when the model tagged its family name only; more product
 * nouns after a place used as a product's name ("machine", "blanket", "cushions" …); the Norwegian fødselsnummer (NO_FNR) and the Portuguese NIF (PT_NIF), new types needing their
 * word. Made-up sentences other than the probe's; look-alikes stay unreported; linear time on the
 * new checks.
 */
class FloorsNameKeysAndHandlesTest {

    private static List<String> addresses(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("STREET_ADDRESS=")).toList();
    }

    private static List<String> people(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("PERSON=")).toList();
    }

    private static List<String> secrets(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("SECRET=")).toList();
    }

    @Test
    void aFloorAndDoorBeforeThePostcodeBelongToTheAddress() {
        assertEquals(List.of("STREET_ADDRESS=Rua do Carmo 58, 3.º Dto., 1200-093 Lisboa"),
                addresses("enviem para Rua do Carmo 58, 3.º Dto., 1200-093 Lisboa por favor"));
        assertEquals(List.of("STREET_ADDRESS=Carrer de Sants 77, 3r 1a, 08014 Barcelona"),
                addresses("l'adreça és Carrer de Sants 77, 3r 1a, 08014 Barcelona"));
        assertEquals(List.of("STREET_ADDRESS=Vesterbrogade 112, 4. tv., 1620 København V"),
                addresses("Vesterbrogade 112, 4. tv., 1620 København V"));
        assertEquals(List.of("STREET_ADDRESS=Sveavägen 21, 114 32 Stockholm"), addresses("Sveavägen 21, 114 32 Stockholm"));
        assertEquals(List.of("STREET_ADDRESS=ul. Karmelicka 14 m. 3, 31-042 kraków"),
                addresses("nowy adres: ul. Karmelicka 14 m. 3, 31-042 kraków"));
    }

    @Test
    void lookAlikesOfFloorsAndPostcodesStayOutside() {
        // an ordinal that is no Catalan floor without its door; a Danish-like floor without a side; a district letter
        // that is no district ("I"); three and two digits with no city after them
        assertEquals(List.of("STREET_ADDRESS=Carrer de Sants 77"), addresses("Carrer de Sants 77, 3r piso"));
        assertEquals(List.of("STREET_ADDRESS=Vesterbrogade 112"), addresses("Vesterbrogade 112, 4. sal"));
        assertEquals(List.of("STREET_ADDRESS=Hauptstraße 9, 10115 Berlin"), addresses("Hauptstraße 9, 10115 Berlin I think"));
        assertEquals(List.of("STREET_ADDRESS=Sveavägen 21"), addresses("Sveavägen 21, 114 32 items"));
        assertEquals(List.of("STREET_ADDRESS=ul. Karmelicka 14"), addresses("ul. Karmelicka 14, 31-042 ok"));
    }

    @Test
    void aSingaporeAddressKeepsItsBlockUnitAndPostcode() {
        assertEquals(List.of("STREET_ADDRESS=Blk 218 Bedok North St 1, #11-407, Singapore 460218"),
                addresses("Blk 218 Bedok North St 1, #11-407, Singapore 460218"));
        assertEquals(List.of("STREET_ADDRESS=Block 77 Tampines Ave 4, #03-12"), addresses("pls deliver to Block 77 Tampines Ave 4, #03-12 thx"));
        // the street's number alone, with neither unit nor postcode after it: not this rule's
        assertEquals(List.of("STREET_ADDRESS=218 Bedok North St"), addresses("218 Bedok North St 1, 20 boxes"));
    }

    @Test
    void aNameAfterANameKeyIsAPerson() {
        assertEquals(List.of("PERSON=Ngozi", "PERSON=Abernathy-Obi"),
                people("{\"firstName\":\"Ngozi\",\"lastName\":\"Abernathy-Obi\",\"plan\":\"Gold\"}"));
        assertEquals(List.of("PERSON=Tremaine Okoro"), people("ts=2026-11-03 event=signup full_name=Tremaine Okoro plan=basic"));
        // English words after a name key, keys glued to a word
        assertEquals(List.of(), people("surname: Please Advise"));
        assertEquals(List.of(), people("{\"filename\":\"Quarterly Report\",\"rename\":\"Zorblax\"}"));
    }

    @Test
    void aHandleSaidAfterItsAppAndAHandleWithAnInitialAreAccounts() {
        assertEquals(List.of("PERSON=moonquill_07"), people("my discord is moonquill_07 if you want to chat there"));
        assertEquals(List.of("PERSON=kehinde.adebayo_t"), people("@kehinde.adebayo_t did you get my email"));
        // an English word after "is", a handle of English words, a domain as the last part
        assertEquals(List.of(), people("my discord is broken since the update"));
        assertEquals(List.of(), people("the handle is loose on the kettle"));
        assertEquals(List.of(), people("ask @help.desk_team about it"));
        assertEquals(List.of(), people("see @ngozi.abernathy.com for it"));
    }

    @Test
    void aPasswordAfterPwNeedsItsLink() {
        assertEquals(List.of("SECRET=Wombat$4412"), secrets("router pw is Wombat$4412 fyi"));
        assertEquals(List.of("SECRET=Kestrel_19x"), secrets("pw: Kestrel_19x"));
        // a product's or a page's "PW" before a number names no password
        assertEquals(List.of(), secrets("the PW 300 pump is noisy"));
        assertTrue(secrets("see PW 7 of the manual").isEmpty());
    }

    @Test
    void aQuoteLineNamesTheWholeDisplayName() {
        assertEquals(List.of("PERSON=Niamh Brannigan"),
                people("> On 4 Oct 2026, at 08:02, Niamh Brannigan <niamh.b@example.org> wrote:"));
        // a display name of English words names nobody
        assertEquals(List.of(), people("> On 4 Oct 2026, Customer Care <care@example.org> wrote:"));
    }

    private static List<String> namesAndPlaces(String text) {
        return AnalyzerTest.found(text).stream()
                .filter(f -> f.startsWith("PERSON=") || f.startsWith("LOCATION=") || f.startsWith("NRP=")).toList();
    }

    @Test
    void moreProductNounsAfterAPlaceNamedProduct() {
        assertEquals(List.of(), namesAndPlaces("the Verona coffee machine leaks"));
        assertEquals(List.of(), namesAndPlaces("is the Bergen wool blanket machine washable?"));
        assertEquals(List.of(), namesAndPlaces("the Geneva floor cushions faded"));
        // a place or a person without the determiner and the noun
        assertTrue(namesAndPlaces("we drove to Verona for the weekend").contains("LOCATION=Verona"),
                namesAndPlaces("we drove to Verona for the weekend").toString());
    }

    /** A fødselsnummer: DDMMYY and three digits, then its two mod-11 check digits (a "-" when none exists). */
    static String fnr(String nine) {
        int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int s = 0;
        for (int i = 0; i < 9; i++) {
            s += w1[i] * (nine.charAt(i) - '0');
        }
        int k1 = 11 - s % 11 == 11 ? 0 : 11 - s % 11;
        String ten = nine + k1;
        s = 0;
        for (int i = 0; i < 10; i++) {
            s += w2[i] * (ten.charAt(i) - '0');
        }
        int k2 = 11 - s % 11 == 11 ? 0 : 11 - s % 11;
        return k1 == 10 || k2 == 10 ? "-" : ten + k2;
    }

    /** A Portuguese NIF: eight digits and the mod-11 check digit. */
    static String nif(String eight) {
        int s = 0;
        for (int i = 0; i < 8; i++) {
            s += (9 - i) * (eight.charAt(i) - '0');
        }
        int c = 11 - s % 11;
        return eight + (c >= 10 ? 0 : c);
    }

    @Test
    void aNorwegianIdNumberNeedsItsWord() {
        String id = fnr("280574216"); // 28 May 1974
        String d = fnr("690281357"); // a D-number: day 29 + 40
        assertTrue(!id.equals("-") && !d.equals("-"), id + " " + d);
        assertEquals(List.of(id, d), NationalIdTest.values("fødselsnummer " + id + ", D-nummer " + d, "NO_FNR"));
        assertEquals(List.of(id + "@0.3"), NationalIdTest.of("order " + id, "NO_FNR", 0));
        // a wrong check digit; a month 13; a day 00; glued to a letter
        assertEquals(List.of(), NationalIdTest.of("fnr " + EuropeanAndAmericanIdTest.lastChanged(id) + " " + fnr("281374201") + " "
                + fnr("000574200") + " x" + id, "NO_FNR", 0));
    }

    @Test
    void aPortugueseNifNeedsItsWord() {
        String id = nif("27461938");
        assertEquals(List.of(id), NationalIdTest.values("o meu NIF é " + id + ", obrigado", "PT_NIF"));
        assertEquals(List.of(id + "@0.3"), NationalIdTest.of("encomenda " + id, "PT_NIF", 0));
        // a wrong check digit; a company's first digit (5); glued to a letter
        assertEquals(List.of(), NationalIdTest.of("NIF " + EuropeanAndAmericanIdTest.lastChanged(id) + " " + nif("57461938") + " x" + id,
                "PT_NIF", 0));
    }

    @Test
    void theNewPathsStayLinearOnHostileInput() {
        for (String unit : List.of("Rua do Carmo 58, 3.º ", "Carrer de Sants 77, 3r ", "Vesterbrogade 112, 4. tv., ", "Sveavägen 21, 114 32 ",
                "ul. Karmelicka 14 m. 3, 31-042 ", "2200 København N ", "Blk 218 Bedok North St 1, #11-", ", Singapore 4602",
                "\"firstName\":\"Ngozi", "lastname=", "surname surname ", "my discord is ", "@ab.cd_e", "@ab.cd_", "pw is ", "pw pw ", "fødselsnummer 2805742", "NIF 2746193 ")) {
            CpuLinearity.assertAnalyzerLinear("round 27 floors, postcodes, Singapore, name keys, handles, pw", unit);
        }
    }
}
