package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 74 (issue 14, branch bh74): {@link CustomerLanguage#namesLanguage} — a message that names the language the
 * customer writes in, or English as hard for them, in the eight languages; a message about something else (a country, a
 * French bank, a German car, a holiday in Italy, a Dutch transfer) names none. Sentences written for this test, not from
 * a dataset or a written set.
 */
class Bh74LanguageSwitchTest {

    @Test
    void aLanguageNamedAsTheOneTheCustomerWritesInIsRead() {
        List<String> named = List.of(
                "Entschuldigung, ich schreibe lieber auf Deutsch. Die Karte geht immer noch nicht.",
                "Mein Englisch ist nicht so gut, das Geld ist noch nicht da.",
                "Désolé, je préfère écrire en français, le virement n'est toujours pas arrivé.",
                "Je ne parle pas bien anglais.",
                "Perdone, mi nivel de inglés es bajo. El pago sigue pendiente.",
                "Lo siento, es más fácil para mí escribir en español.",
                "Scusate, scrivo in italiano, il bonifico non è ancora arrivato.",
                "Il mio inglese è scarso, mi scusi.",
                "Desculpe, prefiro escrever em português.",
                "Mag ik verder in het Nederlands? Dat typt makkelijker.",
                "Mijn Engels is niet zo goed.",
                "Czy mogę dalej po polsku? Karta wciąż jest zablokowana.",
                "Mój angielski jest słaby.");
        List<String> missed = named.stream().filter(t -> !CustomerLanguage.namesLanguage(t)).toList();
        assertTrue(missed.isEmpty(), "not read: " + missed);
    }

    @Test
    void aCountryABankOrACarNamesNoLanguage() {
        List<String> silent = List.of(
                "Ich habe eine Überweisung nach Frankreich gemacht, die noch nicht angekommen ist.",
                "Meine Karte wurde in Italien abgelehnt.",
                "Le virement vers l'Espagne est bloqué depuis lundi.",
                "J'ai payé une voiture allemande par carte.",
                "Mi tarjeta no funciona en Portugal.",
                "Il bonifico verso la Germania è stato respinto.",
                "Mijn overboeking naar Polen is nog niet aangekomen.",
                "Przelew do Niemiec nadal nie doszedł.",
                "My transfer to Poland has not arrived.",
                "",
                "ok");
        List<String> read = silent.stream().filter(CustomerLanguage::namesLanguage).toList();
        assertTrue(read.isEmpty(), "read as naming a language: " + read);
    }

    @Test
    void hostileInputIsReadInLinearTime() {
        for (String unit : List.of("po ", "en en en ", "in het in het ", "auf auf ", "englisch", "a ", "angielsk")) {
            RuleLinearity.assertLinear(unit, CustomerLanguage::namesLanguage, 16);
        }
    }
}
