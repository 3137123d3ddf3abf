package com.safesupport.bot.guardrail;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 68 (issue 14, branch bh68): the sensitive-situation model ({@code guardrail/models/sensitive-situation.model},
 * trained by {@code com.safesupport.bot.eval.SensitiveTraining}) over the message's MiniLM embedding — the customer's
 * own situation told in words no rule of {@link SensitiveTopicDetector} names, in the eight languages, is read as
 * {@code own-situation}; other people's stories, insurance questions and idioms stay silent. Sentences written for this
 * test (none is a training row), not from a dataset or a written set.
 */
class Bh68OwnSituationModelTest {

    private static final Embedder EMBEDDER = Embedder.standalone(MiniLm.instance());

    private static Optional<String> read(String text) {
        return InputScreen.standalone(EMBEDDER).screen(text).sensitiveTopic();
    }

    @Test
    void theCustomersOwnSituationNoRuleNamesIsReadInTheEightLanguages() {
        for (String situation : SITUATIONS) {
            assertTrue(SensitiveTopicDetector.detect(situation).isEmpty(), "a rule already reads: " + situation);
            assertEquals(Optional.of(InputScreen.OWN_SITUATION), read(situation),
                    situation + " scored " + InputScreen.ownSituationScore(EMBEDDER.embed(situation)));
        }
    }

    @Test
    void othersStoriesInsuranceQuestionsAndIdiomsStaySilent() {
        for (String lookAlike : LOOK_ALIKES) {
            assertEquals(Optional.empty(), read(lookAlike),
                    lookAlike + " scored " + InputScreen.ownSituationScore(EMBEDDER.embed(lookAlike)));
        }
    }

    @Test
    void aLongMessageCostsTheModelNoMoreThanItsFirstThousandCharacters() {
        // The model reads the embedding, which is of the message's first Embedder.MAX_CHARS characters: the score of a
        // hostile 100 kB message is that of its head, and the screen stays linear in the message's length.
        String head = "I have been so frightened since he came back, I cannot sleep at all ";
        String hostile = head.repeat(1500);
        assertEquals(InputScreen.ownSituationScore(EMBEDDER.embed(Embedder.capped(hostile))),
                InputScreen.ownSituationScore(EMBEDDER.embed(hostile)), 1e-9);
        InputScreen screen = InputScreen.standalone(EMBEDDER);
        RuleLinearity.assertLinear("i am so scared he will find me again, ", s -> screen.screen(s).sensitiveTopic().isPresent(), 16);
    }

    /** Situations no rule names, one or more in each of the eight languages. */
    static final List<String> SITUATIONS = List.of(
            "Ever since the accident I have been in pain every day and I can't hold down any work.",
            "I am at the hospital with my little girl, she is very ill and I haven't slept in days.",
            "He shouts at me whenever I buy anything and takes my card away from me.",
            "I had to leave the house with the children in the middle of the night and I have nothing with me.",
            "I'm frightened to go home, he said he'd make me pay if I opened my own account.",
            "Me acaban de operar del corazón y no puedo ni levantarme de la cama.",
            "Sono in ospedale da un mese e non so come pagare l'affitto.",
            "Depuis l'accident je ne peux plus marcher et je suis seule à la maison.",
            "Seit der Operation liege ich im Krankenhaus und kann mich um nichts kümmern.",
            "Ik lig al weken in het ziekenhuis en mijn man is weg.",
            "Estou internada no hospital e não consigo tratar de nada.",
            "Leżę w szpitalu od miesiąca i nie mam siły się tym zająć.");

    /** Others' stories, insurance and product questions, idioms and ordinary requests. */
    static final List<String> LOOK_ALIKES = List.of(
            "My colleague is in hospital, can I send her flowers with my card?",
            "Does your life insurance pay out if I am diagnosed with a serious illness?",
            "I'm dying for a coffee, but first how do I check my balance?",
            "This app is giving me a headache, where is the statement?",
            "I watched a documentary about people losing their homes, do you help charities?",
            "What happens to my savings if the bank goes bust?",
            "I'm scared I sent the payment twice, can you check?",
            "¿El seguro cubre la hospitalización en el extranjero?",
            "Mio fratello ha cambiato lavoro, può aprire un conto?",
            "Mon assurance couvre-t-elle un séjour à l'hôpital ?",
            "Wie ändere ich meine Adresse nach dem Umzug?",
            "Hoe zet ik een spaarrekening op voor mijn kleinkind?",
            "Como peço um cartão novo para a minha filha?",
            "Jak zmienić limit na karcie?");
}
