package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 38: a day in words of German, French, Spanish, Italian and Dutch before a month with its year; the Spanish
 * passport shape after its word; a surname-first name after a "Surname, first name:" label (and a family name after a
 * bare "Nom :" key that a given-name key follows); a user name after its word (USERNAME). Made-up values other than
 * the probe's; look-alikes stay as they were; linear time on the new checks with inputs growing ×16.
 */
class RoundThirtyEightRulesTest {

    @Test
    void spelledDayBeforeAForeignMonthWithItsYear() {
        covered("Ich bin am einundzwanzigsten Oktober 1993 geboren.", "DATE", "einundzwanzigsten Oktober 1993");
        covered("Geburtstag: zweiter Dezember 1961", "DATE", "zweiter Dezember 1961");
        covered("je suis née le trente et un janvier 1984", "DATE", "trente et un janvier 1984");
        covered("né le dix-huit septembre 1959", "DATE", "dix-huit septembre 1959");
        covered("nací el veintisiete de julio de 2001", "DATE", "veintisiete de julio de 2001");
        covered("fecha de nacimiento treinta y uno de agosto de 1977", "DATE", "treinta y uno de agosto de 1977");
        covered("sono nato il ventitré aprile 1968", "DATE", "ventitré aprile 1968");
        covered("geboren op negentien februari 1995", "DATE", "negentien februari 1995");
        covered("geboren op derde juni 1972", "DATE", "derde juni 1972");
        assertEquals(-1, SpokenDates.foreignDayBefore("payment due", 11, true)); // "due April 2025": English word, English month
        assertEquals(8, SpokenDates.foreignDayBefore("nata il due", 11, false));
        assertEquals(-1, SpokenDates.foreignDayBefore("ein", 3, false)); // an article alone
        assertEquals(-1, SpokenDates.foreignDayBefore("uno", 3, false));
        assertEquals(-1, SpokenDates.foreignDayBefore("-tre", 4, false));
        // look-alikes: ordinals and numbers without a month and year are no date
        assertNone("Erst beim dritten Versuch kam das Paket an.", "DATE");
        assertNone("El primero de los tres pedidos llegó tarde.", "DATE");
        assertNone("Le deuxième colis est toujours en transit.", "DATE");
        assertNone("Het derde pakket is nog niet bezorgd.", "DATE");
        assertNone("Il secondo tentativo è fallito, il terzo pure.", "DATE");
    }

    @Test
    void spanishPassportShapeAfterItsWord() {
        covered("Mi número de pasaporte es XDK739104.", "PASSPORT", "XDK739104");
        covered("passport number RTB502817 please", "PASSPORT", "RTB502817");
        // without the word the shape is a reference
        assertNone("Booking reference XDK739104 confirmed.", "PASSPORT");
        assertNone("Order KLM123456 shipped", "PASSPORT");
    }

    @Test
    void surnameFirstNameAfterItsLabel() {
        covered("Nachname, Vorname: Brandstätter, Jan-Ole\nPLZ: 80331", "PERSON", "Brandstätter, Jan-Ole");
        covered("Surname, first name: Quarshie, Abena Mansa", "PERSON", "Quarshie, Abena Mansa");
        covered("Cognome, nome: Marchetti, Ilaria", "PERSON", "Marchetti, Ilaria");
        covered("Achternaam, voornaam: Wijnberg, Daan", "PERSON", "Wijnberg, Daan");
        covered("Nom : PELLERIN, prénom : Gaëlle", "PERSON", "PELLERIN");
        // look-alikes: other labels, lower-case values, common words only, a bare key without a given-name key after it
        assertNone("Category: Billing, Payments\nStatus: Open", "PERSON");
        assertNone("Surname, first name: please, fill in", "PERSON");
        assertNone("Nom : Forfait, option : mensuelle", "PERSON");
    }

    @Test
    void userNameAfterItsWord() {
        covered("my username is tkarlsson_88 and I can't reset it", "", "tkarlsson_88"); // the name model's PERSON wins the overlap
        covered("Login: m.okeke_77", "USERNAME", "m.okeke_77");
        covered("Benutzername lautet schneemann73, bitte entsperren", "USERNAME", "schneemann73");
        covered("mon identifiant est cami.dlr", "USERNAME", "cami.dlr");
        covered("the gamer tag on my console is Vortex_Kai", "USERNAME", "Vortex_Kai");
        // look-alikes: no link, no login shape, a host, an e-mail's local part, a word far from its clause
        assertNone("Username must be 6-20 characters long", "USERNAME");
        assertNone("the login is broken again", "USERNAME");
        assertNone("Login: portal.example.com shows a blank page", "USERNAME");
        assertNone("login: anna.berg@example.org", "USERNAME");
        assertNone("I forgot my login. The app v2_beta crashes", "USERNAME");
        assertNone("Contact @HomeFibreHelp for outages", "USERNAME");
        assertNone("Please handle my refund is urgent: order_4471", "USERNAME");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("zwölften März 1987 ", "vingt et un vingt et un ", "treinta y uno de mayo de 1980 ", "tre tre tre ",
                "Name, Vorname: ", "Nom : A, ", "Surname, first name: Ab, Cd ", "username username username ", "login: a_b ",
                "handle is is is ", "login a.b.c.d.e.f ", "pasaporte XDK739104 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 38 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
        CpuLinearity.assertAnalyzerLinear("round 38 login names", "login: ab_12 ");
    }
}
