package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 73 (issue 14, branch bh73): {@link FollowUp#notAnswered} also reads a customer saying the steps of the last reply
 * do not fit what they see — the button, tab, menu or option named is not there, the steps did not work, tried that
 * already — in the eight languages; a payment, a card or money not being there (facts of the customer's own case) is not
 * read. Sentences written for this test, not from a dataset or a written set.
 */
class Bh73StepsDoNotFitTest {

    @Test
    void theNamedPartOfTheAppIsNotThereInTheEightLanguages() {
        List<String> notFitting = List.of(
                "There's no 'Export' button on that screen.",
                "I can't find the option you mean anywhere.",
                "I don't have that tab, only Overview and Cards.",
                "The menu you described isn't there on my tablet.",
                "Those steps didn't work for me.",
                "I already tried that, same result.",
                "Bei mir gibt es keinen Knopf zum Exportieren.",
                "Diesen Menüpunkt sehe ich bei mir nicht.",
                "Il n'y a pas de bouton Exporter dans l'appli.",
                "Je ne vois pas cet onglet.",
                "No me aparece esa opción en el móvil.",
                "Não vejo nenhum botão para exportar.",
                "Non c'è il pulsante che dice.",
                "Ik zie geen knop om te exporteren.",
                "Nie widzę tej opcji w aplikacji.");
        for (String text : notFitting) {
            assertTrue(FollowUp.notAnswered(text), text);
        }
    }

    @Test
    void factsOfTheCustomersOwnCaseAndOrdinaryQuestionsAreNotRead() {
        List<String> silent = List.of(
                "The refund is not there yet, it was 30 euros.",
                "I can't see the payment from Monday in my account.",
                "My card doesn't work at the petrol station.",
                "I have a question about the Export button.",
                "Where is the option to freeze my card?",
                "I tried that shop's website and the payment failed twice.",
                "Die Zahlung ist noch nicht da.",
                "Je ne vois pas le virement sur mon compte.",
                "No veo la transferencia en mi cuenta.",
                "Non vedo il bonifico sul conto.",
                "Ik zie de betaling niet op mijn rekening.",
                "Nie widzę przelewu na koncie.",
                "Não vejo a transferência na minha conta.");
        for (String text : silent) {
            assertFalse(FollowUp.notAnswered(text), text);
        }
    }

    @Test
    void hostileInputIsLinear() {
        RuleLinearity.assertLinear("there is no i can't find the you described ", FollowUp::notAnswered, 16);
        RuleLinearity.assertLinear("button tab menu option isn't ", FollowUp::notAnswered, 16);
        RuleLinearity.assertLinear("nie ma nie widzę ik zie de no veo el non c'è il ", FollowUp::notAnswered, 16);
        RuleLinearity.assertLinear("i've tried that tried that i ", FollowUp::notAnswered, 16);
        RuleLinearity.assertLinear("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ", FollowUp::notAnswered, 16);
    }
}
