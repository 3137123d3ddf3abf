package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 52 (issue 14, branch bh52): the customer's own sensitive situation in the eight languages the bot serves —
 * a death in the family, a serious illness, a job or income lost, debts, a partner who controls the money or is feared,
 * gambling that cannot be stopped, fraud suffered, not wanting to live — is {@code SENSITIVE_TOPIC}; a sensitive word in
 * another sense stays silent. Each rule is linear on hostile input ({@link RuleLinearity}, ×16). Sentences written for
 * this test, none from a dataset or from the written sets.
 */
class Bh52SensitiveTopicTest {

    @Test
    void theCustomersOwnSituationIsSensitive() {
        Map<String, String> messages = Map.ofEntries(
                Map.entry("Mio padre è venuto a mancare a ottobre, chi gestisce ora il suo conto?", "bereavement"),
                Map.entry("Mon frère est mort en mai et je dois fermer son compte.", "bereavement"),
                Map.entry("Mój ojciec zmarł w zeszłym tygodniu.", "bereavement"),
                Map.entry("A minha mãe faleceu e tenho de tratar das contas dela.", "bereavement"),
                Map.entry("Mijn vrouw is gestorven en ik weet niet wat ik met de rekening moet doen.", "bereavement"),
                Map.entry("Mi esposo ha fallecido hace dos semanas.", "bereavement"),
                Map.entry("Meine Mutter ist gestorben, wie kündige ich ihr Konto?", "bereavement"),
                Map.entry("I'm still grieving and can't face the paperwork for the joint account.", "bereavement"),
                Map.entry("Me despidieron de la fábrica, ¿qué opciones hay para la hipoteca?", "financial-hardship"),
                Map.entry("J'ai perdu mon travail la semaine dernière.", "financial-hardship"),
                Map.entry("Ich habe meine Stelle verloren und kann die Rate kaum zahlen.", "financial-hardship"),
                Map.entry("Ik ben al mijn werk kwijtgeraakt door de reorganisatie.", "financial-hardship"),
                Map.entry("Ho perso il posto a settembre.", "financial-hardship"),
                Map.entry("Fiquei sem trabalho depois do verão.", "financial-hardship"),
                Map.entry("Straciłam pracę i nie stać mnie na ratę.", "financial-hardship"),
                Map.entry("Since March the restaurant has given me no hours, my shifts were cut right down.", "financial-hardship"),
                Map.entry("Honestly we don't know how we're going to afford food after the heating bill.", "financial-hardship"),
                Map.entry("We have missed several mortgage payments since spring.", "financial-hardship"),
                Map.entry("Le han diagnosticado una enfermedad grave a mi marido y tengo quimioterapia yo también.", "vulnerability"),
                Map.entry("Gli hanno diagnosticato un tumore al fegato.", "vulnerability"),
                Map.entry("Mon mari a fait un AVC et c'est moi qui gère tout maintenant.", "vulnerability"),
                Map.entry("Mam nowotwór i przez pół roku nie będę pracować.", "vulnerability"),
                Map.entry("My oncologist wants me to stop working for a while.", "vulnerability"),
                Map.entry("He takes my wages every Friday and I'm afraid of what he would do if I refused.", "vulnerability"),
                Map.entry("Sufro violencia de género y necesito una cuenta solo mía.", "vulnerability"),
                Map.entry("Häusliche Gewalt ist der Grund, warum ich ein eigenes Konto brauche.", "vulnerability"),
                Map.entry("On mnie bije i kontroluje wszystkie moje pieniądze.", "vulnerability"),
                Map.entry("Slots have eaten my salary for months and I cannot stop gambling.", "vulnerability"),
                Map.entry("I was the victim of a scam through a fake shop.", "fraud-in-progress"),
                Map.entry("Fui víctima de una estafa por teléfono.", "fraud-in-progress"),
                Map.entry("Padłam ofiarą oszusta, który podał się za doradcę.", "fraud-in-progress"),
                Map.entry("Uma senhora disse ser do banco por mensagem.", "fraud-in-progress"),
                Map.entry("Quelqu'un s'est fait passer pour votre conseiller.", "fraud-in-progress"),
                Map.entry("Everyone would find life easier with me gone.", "self-harm"),
                Map.entry("I'm tired of life, everything is too much.", "self-harm"),
                Map.entry("J'aimerais ne plus être là demain.", "self-harm"),
                Map.entry("Voglio farla finita.", "self-harm"),
                Map.entry("Chcę odebrać sobie życie.", "self-harm"));
        messages.forEach((text, category) -> assertEquals(Optional.of(category), SensitiveTopicDetector.detect(text), text));
    }

    @Test
    void aSensitiveWordInAnotherSenseIsNot() {
        for (String text : List.of("I watched a film about cancer last night, can I pay for the cinema with my card?",
                "Our sales team is killing it this quarter, how do I raise the card limit?", "My phone died while I was paying.",
                "The card reader has a dead battery.", "This fee is criminal, how do I avoid it?", "How do I report fraud to you?",
                "I lost my job application letter, can you resend the statement?", "Ich habe den Handyvertrag gekündigt.",
                "My son passed his driving test, can he have a card?", "My late payment fee, can it be refunded?",
                "Mi padre quiere abrir una cuenta.", "Il telefono è morto, come accedo al conto?", "Mój telefon padł podczas przelewu.",
                "I missed a payment by a day, is there a fee?", "Ça va me tuer, cette file d'attente.", "Cancer is my star sign.",
                "What is the fraud team's phone number?", "The seller said he was from the shop and the parcel came.")) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("mio padre mother mère è mancato died ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("he controls all our she takes my afraid of what ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("gab sich als der hat sich als 12 ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("losing my wages on the the the ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        assertTrue(SensitiveTopicDetector.detect("ż".repeat(2000)).isEmpty());
    }
}
