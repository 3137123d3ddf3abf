package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 71 (issue 14, branch bh71): the customer's own situation, a legal route and fraud shapes the categories of
 * {@link SensitiveTopicDetector} did not read, in the eight languages; and look-alikes that must stay silent (a
 * profession, a hypothetical, a friend's or neighbour's story, a machine, a route asked about without a body, an idiom).
 * Sentences written for this test from how the words are used, not from a dataset or a written set.
 */
class Bh71OwnSituationTest {

    private static List<String> missed(List<String> texts, String category) {
        return texts.stream().filter(t -> !SensitiveTopicDetector.detect(t).equals(Optional.of(category))).toList();
    }

    @Test
    void aLegalRouteOrAFirstPersonStepTowardsALawyerOrCourtIsAThreat() {
        List<String> threats = List.of(
                "Se non mi ridate i soldi entro giovedì procedo per vie legali.",
                "Ho già dato mandato al mio avvocato di scrivervi.",
                "Se non sbloccate la carta vi porto in tribunale.",
                "Domani faccio causa alla banca per questo addebito.",
                "Se até sexta não resolverem, apresento queixa no Banco de Portugal.",
                "Passo o assunto ao meu advogado ainda hoje.",
                "Isto vai seguir por via judicial.",
                "Si no me devuelven el dinero, iré por la vía judicial.",
                "Sinon je porte l'affaire devant la justice.",
                "Dann bleibt mir nur der Rechtsweg.",
                "Dan neem ik gerechtelijke stappen tegen jullie.",
                "Jeśli nie oddacie pieniędzy, skieruję sprawę na drogę sądową.");
        List<String> m = missed(threats, "legal-threat");
        assertTrue(m.isEmpty(), "not read as a legal threat: " + m);
    }

    @Test
    void theCustomersOwnSituationIsSensitive() {
        List<String> own = List.of(
                "My husband has been in an induced coma since Sunday and the bills go from his account.",
                "Mein Vater liegt im künstlichen Koma, ich komme nicht an sein Konto.",
                "Mi figlio è in terapia intensiva da una settimana.",
                "Je sors d'une hospitalisation en clinique psychiatrique et je n'arrive à rien gérer.",
                "Faço diálise três vezes por semana e já não consigo trabalhar.",
                "Estoy perdiendo la vista y no puedo leer las cartas del banco.",
                "Ik verlies langzaam mijn zicht en kan de app niet meer lezen.",
                "I have panic attacks every time a letter from you arrives.",
                "Estou de baixa por depressão desde o verão.",
                "Le médecin vient de me diagnostiquer une maladie grave.",
                "The doctor said there is nothing more they can do, maybe a few months to live.",
                "Our flat burned down on Tuesday and we lost everything.",
                "The council has put us in emergency accommodation.",
                "We fled the war with nothing but the children.",
                "Uciekliśmy przed wojną i nie mamy dokumentów.",
                "I just got out of prison and need somewhere for my wages to go.",
                "Acabo de salir de la cárcel y no tengo nada.",
                "I'm a recovering alcoholic and I need a limit on cash withdrawals.",
                "I lost all my savings on online casinos this year.",
                "Perdi o dinheiro todo em apostas este mês.",
                "Someone has been stalking me and found my address from a transfer.",
                "A man has private photos of me and wants money tonight.",
                "Mi sta ricattando e vuole che gli mandi dei soldi.",
                "My boss keeps my passport and I am not allowed to leave.",
                "They held a knife to me and made me withdraw 200 at the machine.",
                "All of us were let go when the factory closed last week.");
        List<String> m = own.stream().filter(t -> SensitiveTopicDetector.detect(t).isEmpty()).toList();
        assertTrue(m.isEmpty(), "not read as sensitive: " + m);
    }

    @Test
    void fraudShapesAreFraudInProgress() {
        List<String> fraud = List.of(
                "Een man deed zich via sms voor als mijn zoon en ik heb geld overgemaakt.",
                "The platform says I must pay a release fee before I can withdraw my profits.",
                "I met a woman on a dating app online and sent her money for her flights.");
        List<String> m = missed(fraud, "fraud-in-progress");
        assertTrue(m.isEmpty(), "not read as fraud: " + m);
    }

    @Test
    void lookAlikesStaySilent() {
        List<String> silent = List.of(
                "I work as a palliative care nurse, is my salary paid on the 28th?",
                "If my house flooded, would the mortgage insurance cover the repairs?",
                "My neighbour is in an induced coma, can I pay her rent from my account?",
                "My friend lost all his savings on betting, how do I warn him?",
                "The app won't let me leave the page without saving.",
                "The machine made me take out the card before the cash came.",
                "Do you keep my passport details on file?",
                "Come presento un reclamo in filiale?",
                "Como apresento o documento na sede?",
                "I have 3 months to live in this flat before I move, can I change the address then?",
                "I lost my card at the casino last night, please block it.",
                "Separo los decimales con coma o con punto en la transferencia?",
                "Ho perso di vista il bonifico, dove lo trovo?",
                "The fees are killing me, but how do I set up a standing order?");
        List<String> hit = silent.stream().filter(t -> SensitiveTopicDetector.detect(t).isPresent()).toList();
        assertEquals(List.of(), hit, "read as sensitive");
    }

    @Test
    void hostileInputsStayLinear() {
        RuleLinearity.assertLinear("ho dato mandato procedo apresento passo vi porto levo presento ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("perdo perdi verlies tracę perso lost spent savings money everything ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("fled escaped gevlucht uciekłam in het en em im dans le ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("i met a man online deed zich zich release fee my friend ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("factory i worked at made me not allowed to our house my flat ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
