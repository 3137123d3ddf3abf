package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 30: speakers of a chat transcript after a clock time, writers of quoted mail headers ("…, Name wrote:", "schrieb
 * Name &lt;…&gt;:"), names held together by a two-word particle or opened by one, a bare quoted "name" key beside a contact
 * key, a birth date written as eight digits after a birth word, French and German passport numbers after their word,
 * phones no longer read inside a postal item number ("LX … DE"); UK addresses in capitals, Austrian stair and door
 * numbers ("58/3/21"), a Brazilian city after the CEP. Made-up values other than the probe's; look-alikes
 * stay unreported; linear time on the new checks.
 */
class ChatHeadersParticlesAndCompactDatesTest {

    private static void covered(String text, String type, String value) {
        List<String> all = AnalyzerTest.found(text);
        assertTrue(all.stream().anyMatch(f -> f.startsWith(type + "=") && f.contains(value)), () -> value + " in " + all);
    }

    @Test
    void chatSpeakersAfterAClockTime() {
        covered("[08:15] Tuuli Räsänen: the invoice is wrong again", "PERSON", "Tuuli Räsänen");
        covered("[2026-05-09 13:07:44] Obinna Eze-Nwosu: hello?", "PERSON", "Obinna Eze-Nwosu");
        covered("9:03 PM - Saoirse Kilbride: still waiting", "PERSON", "Saoirse Kilbride");
        covered("07:41 <mirela_dobrescu> my voucher failed", "PERSON", "mirela_dobrescu");
    }

    @Test
    void chatLookAlikesNameNobody() {
        assertNone("[08:16] Agent: how can I help?", "PERSON=Agent");
        assertNone("[09:00] Support Team: we are open", "PERSON=Support");
        assertNone("12:30 <admin> restarting the server", "PERSON=admin");
        assertNone("12:30 <help> type /help for commands", "PERSON=help");
        assertNone("Note: Delivery Window 10:00-12:00", "PERSON=");
    }

    @Test
    void writersOfQuotedMailHeaders() {
        covered("On 3 May 2026, 09:12, Joost van den Broekhuis wrote:\n> where is it", "PERSON", "Joost van den Broekhuis");
        covered("On Fri, Ilse ter Haarbrink <ilse.th@example.net> wrote:\n> hi", "PERSON", "Ilse ter Haarbrink");
        covered("Am 02.03.2026 um 11:20 schrieb Gisela Oberhäuser <g.oberhaeuser@example.de>:", "PERSON", "Gisela Oberhäuser");
        covered("Le 4 mai 2026 à 10:01, Solène Quéméner a écrit :", "PERSON", "Solène Quéméner");
    }

    @Test
    void quoteHeaderLookAlikesNameNobody() {
        assertNone("On Mon, 2 Mar 2026 at 10:00, Customer Service <noreply@example.com> wrote:", "PERSON=");
        assertNone("the Help Desk wrote: please restart", "PERSON=Help");
        assertNone("Am Montag schrieb Kundenservice Team:", "PERSON=Team");
    }

    @Test
    void namesHeldByATwoWordParticle() {
        covered("Anne-Lise de la Roncière called us yesterday", "PERSON", "Anne-Lise de la Roncière");
        covered("Van der Wijngaart is the name on the order, initials K.J.", "PERSON", "Van der Wijngaart");
        covered("Please ask Femmetje van der Kloosterboer to sign", "PERSON", "Femmetje van der Kloosterboer");
    }

    @Test
    void particleLookAlikesStayPlaces() {
        // a common word before "de la" (a square, a street), lower case after it, a one-word particle
        assertNone("we met at Plaza de la Constitución", "PERSON=Plaza");
        assertNone("the Hotel de la Paix was full", "PERSON=Hotel");
        assertNone("the view of de la mer is nice", "PERSON=");
        assertNone("We flew to Rio de Janeiro", "PERSON=Rio");
        assertNone("Sales van der truck", "PERSON=Sales");
        assertTrue(logFields("Dear Mrs van der Kloosterboer, thanks").isEmpty(), "a title is no given name");
    }

    @Test
    void bareNameKeyBesideAContactKey() {
        covered("{\"name\":\"Ikenna Obiakor-Lane\",\"email\":\"ik@example.org\"}", "PERSON", "Ikenna Obiakor-Lane");
        covered("{'phone': '+44 20 8123 0000', 'name': 'Marit Helgesen'}", "PERSON", "Marit Helgesen");
        // no contact key on the line: a product's name, as far as this rule goes (the name model reads such names on its own)
        assertTrue(logFields("{\"name\":\"Bergen Armchair\",\"sku\":\"BA-22\"}").isEmpty());
        assertTrue(logFields("{\"name\":\"Tromsø Lamp\"}\n{\"email\":\"x@example.org\"}").isEmpty());
        assertTrue(logFields("the name Bergen Armchair, email me").isEmpty());
        assertEquals(1, logFields("{\"name\":\"Bergen Armchair\",\"email\":\"x@example.org\"}").size());
    }

    /** What the log-field recogniser alone makes of {@code text}. */
    private static List<Candidate> logFields(String text) {
        List<Candidate> out = new ArrayList<>();
        new LogUserRecognizer().recognize(TextNormalizer.normalize(text, "en").withPack(LanguagePack.load("en")), out);
        return out;
    }

    @Test
    void compactBirthDatesAfterABirthWord() {
        covered("DOB 19910322, please check", "DATE_OF_BIRTH", "19910322");
        covered("Geburtsdatum: 19680107", "DATE_OF_BIRTH", "19680107");
        // no birth word, no real date, glued to letters or longer: nothing
        assertNone("order 19910322 was shipped", "DATE_OF_BIRTH=");
        assertNone("DOB 19911332 is what the form shows", "DATE_OF_BIRTH=");
        assertNone("date of birth field shows 1991032210", "DATE_OF_BIRTH=");
        assertNone("DOB ref X19910322", "DATE_OF_BIRTH=");
    }

    @Test
    void frenchAndGermanPassportsAfterTheirWord() {
        covered("mon numéro de passeport est 07KT31986", "PASSPORT", "07KT31986");
        covered("Reisepass: L7RF34G29, gültig bis 2030", "PASSPORT", "L7RF34G29");
        // the same shapes with no passport word: a code
        assertNone("model 07KT31986 is out of stock", "PASSPORT=");
        assertNone("voucher L7RF34G29 expired", "PASSPORT=");
        assertFalse(CodeRecognizers.frenchOrGermanPassport("A7RF34G29"), "A is not a German passport letter");
        assertFalse(CodeRecognizers.frenchOrGermanPassport("CFGHJKLM1"), "one digit only");
    }

    @Test
    void phonesInsidePostalItemNumbersAreNone() {
        assertTrue(PhoneRecognizer.insideItemNumber("parcel RB 517 203 364 NL arrived", 10, 21));
        assertTrue(PhoneRecognizer.insideItemNumber("EE517203364FR", 2, 11));
        assertNone("the tracking page says RB 517 203 364 NL since Monday", "PHONE_NUMBER=");
        // a phone between other capitals: not nine digits, or letters glued to words
        assertFalse(PhoneRecognizer.insideItemNumber("CALL 020 8123 4567 UK", 5, 18));
        assertFalse(PhoneRecognizer.insideItemNumber("TEL 517 203 364 NL", 4, 15));
        AnalyzerTest.assertFound("call me on 020 8123 4567 please", "PHONE_NUMBER=020 8123 4567");
    }

    @Test
    void addressesInCapitalsWithDoorsOrWithTheCityAfterTheCep() {
        covered("PLS SEND TO 14 ALDER GROVE, LEEDS LS6 2AB THANKS", "STREET_ADDRESS", "14 ALDER GROVE, LEEDS LS6 2AB");
        covered("Lieferung an Favoritenstraße 58/3/21, 1100 Wien", "STREET_ADDRESS", "Favoritenstraße 58/3/21, 1100 Wien");
        covered("Neubaugasse 9/2/4, 1070 Wien", "STREET_ADDRESS", "Neubaugasse 9/2/4, 1070 Wien");
        covered("Rua Augusta, 1500, 01304-001 São Paulo - SP", "STREET_ADDRESS", "01304-001 São Paulo - SP");
        covered("Av. Sete, 90, 40060-001 Salvador", "STREET_ADDRESS", "40060-001 Salvador");
    }

    @Test
    void addressLookAlikesStayShort() {
        // capitals without a street word and postcode, a date after a street word, a sentence after the CEP
        assertNone("WE ARE OPEN 27 DAYS A YEAR ROAD SHOW IN BS7", "STREET_ADDRESS=");
        assertTrue(AnalyzerTest.found("Hauptstraße 12/03/14, 80331 München").stream().noneMatch(f -> f.contains("12/03/14, 8")));
        assertNone("see page 207/4/19 of the manual", "STREET_ADDRESS=");
        assertTrue(AnalyzerTest.found("Rua Augusta, 1500, 01304-001 Thanks for the help").stream().noneMatch(f -> f.contains("Thanks")));
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("[08:15] Ada Quist: ", "\n[08:15] ", "\n08:15 <ab_cd", "\n2026-05-09 13:07 - Ab Cd Ef Gh ",
                ", Ab van der Cd wrote:", " <a@b.c> wrote:", ">> wrote: ", " schrieb Ab Cd <", "Ab de la Cd ", " de la ",
                "Van der Ab. ", "{\"name\":\"Ab Cd\",\"email\":1}", "\"name\" ", "DOB 19910322 ", "19910322 ", "passeport 07KT31986 ",
                "XX 517 203 364 YY ", "517 203 ", "1 AB ROAD ", "12 AB CD ROAD, EF ", "Abstraße 58/3/21, ",
                "58/3/2/1/", "Rua A, 1, 01304-001 Ab de ", "01304-001 Ab ")) {
            CpuLinearity.assertAnalyzerLinear("round 30 speakers, quote headers, particles, name keys, dates, passports, item numbers", unit);
        }
        assertTrue(true);
    }
}
