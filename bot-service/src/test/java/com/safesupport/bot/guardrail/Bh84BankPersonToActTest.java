package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 84 (issue 14, branch bh84): one of the bank's people asked to act for the customer in words main's rules lacked
 * ({@link HumanRequestDetector#rule}) — "is there anyone over there who could ...", "could someone at your end sort it
 * out", "one of your colleagues to go through it with me", staff named by role who could help in the seven other
 * languages, being passed to a person ("mi passi un consulente", "passez-moi un conseiller") and the bank's person "van
 * u" / "od was" — with the rule each one is named by; every text of the first list hands over on no rule on main (the
 * test fails there). The look-alikes (a practice asked about with "ever", staff named in a question about how the service
 * works, a person who could see data, a payee) stay answered. Texts made up for this test, not from a dataset or the
 * written sets.
 */
class Bh84BankPersonToActTest {

    private static final List<List<String>> REQUESTS = List.of(
            List.of("someone-there-who-can", "Is there somebody over there who could check why my card keeps getting declined?"),
            List.of("someone-there-who-can", "Is there someone there who can look into my account? The transfer to my sister never arrived."),
            List.of("bank-side-person-to-act", "Could someone at your end sort out my standing order for me?"),
            List.of("bank-side-person-to-act", "Can one of your colleagues go through the mortgage letter with me?"),
            List.of("staff-who-can-other-language", "Haben Sie einen Berater, der mir beim Kredit helfen kann?"),
            List.of("staff-who-can-other-language", "Auriez-vous un conseiller qui pourrait regarder mon dossier ?"),
            List.of("staff-who-can-other-language", "¿Tienen un asesor que me pueda ayudar con la hipoteca?"),
            List.of("staff-who-can-other-language", "Avete un consulente che possa controllare il mio conto?"),
            List.of("staff-who-can-other-language", "Hebben jullie een adviseur die met mij kan meekijken?"),
            List.of("staff-who-can-other-language", "Tem um gestor que me possa ajudar com o crédito?"),
            List.of("staff-who-can-other-language", "Czy jest doradca, który może mi pomóc z kredytem?"),
            List.of("pass-me-to-a-person", "Per favore, mi passi un consulente."),
            List.of("pass-me-to-a-person", "Passez-moi un conseiller, s'il vous plaît."),
            List.of("pass-me-to-a-person", "Pode passar-me a um funcionário?"),
            List.of("pass-me-to-a-person", "Un empleado de carne y hueso, gracias."),
            List.of("staff-to-act-other-language", "Kan een medewerker van u mijn aanvraag bekijken?"),
            List.of("staff-to-act-other-language", "Czy ktoś od was może sprawdzić mój przelew?"));

    private static final List<String> LOOK_ALIKES = List.of(
            "Will anyone on your side ever check my messages?",
            "Do your colleagues go through my chat history?",
            "Can someone on your side see my chat messages?",
            "Wie lange braucht ein Mitarbeiter, um eine Reklamation zu prüfen?",
            "Pásame el IBAN, por favor.",
            "Is there anyone who could tell me the opening hours?",
            "My adviser at the branch said someone there would set it up, is that normal?",
            "Is there a fee if I pay someone over there by card?");

    @Test
    void aBankPersonAskedToActHandsOverNamedByItsRule() {
        for (List<String> row : REQUESTS) {
            assertEquals(Optional.of(row.get(0)), HumanRequestDetector.rule(row.get(1)), row.get(1));
        }
    }

    @Test
    void aQuestionAboutTheServiceOrAPayeeStaysAnswered() {
        for (String text : LOOK_ALIKES) {
            assertEquals(Optional.empty(), HumanRequestDetector.rule(text), text);
        }
    }

    @Test
    void theNewScansAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("is there anyone there who can ever ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("could someone on your side please ever ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("one of your colleagues ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("einen mitarbeiter, der das ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("un conseiller qui peut ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("mi passi passami ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("doradca, który może ", t -> HumanRequestDetector.rule(t).isPresent());
    }
}
