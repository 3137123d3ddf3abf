package com.safesupport.bot.guardrail;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 76 (bh76, issue 14): where the learned sensitive-topic layer alone does not name the hand-over
 * ({@link LearnedSensitiveHold}): trouble that is someone else's (a shop, an airline, a neighbour, a relative — not a
 * partner or an ex), a message a rule of the human-request guard explains, and the assistant failing again; never at or
 * above {@link LearnedSensitiveHold#SURE}, never a rule category. In the eight languages; sentences written for this
 * test, none from a dataset or from the written sets.
 */
class Bh76LearnedSensitiveHoldTest {

    @Test
    void someoneElsesTroubleNamesOthers() {
        for (String text : List.of(
                "The airline cancelled the flight and I'm absolutely fuming.",
                "I'm so upset, a seller on that marketplace never sent the bike.",
                "My daughter is in a state because her phone was stolen at school.",
                "Der Vermieter droht mir ständig, ich halte das nicht mehr aus.",
                "Meine Schwester ist völlig verzweifelt wegen ihres Jobs.",
                "Ma mère est bouleversée, le magasin refuse de la rembourser.",
                "Mi hermano está hundido desde que cerró su tienda.",
                "Il negozio non mi risponde più, sono furiosa.",
                "Mijn broer is helemaal kapot van zijn ontslag.",
                "A loja ficou com o meu dinheiro, estou revoltada.",
                "Moja siostra jest załamana po stracie pracy.")) {
            assertTrue(LearnedSensitiveHold.namesOthers(text), text);
        }
        for (String text : List.of(
                "My husband took everything out of our account and left.",
                "My ex keeps using our joint card and I can't stop him.",
                "I lost my job and the letters keep piling up.",
                "You froze my account and I can't pay for food.",
                "Mein Mann hat unser Konto leergeräumt.",
                "Mon ex-mari a vidé notre compte joint.")) {
            assertFalse(LearnedSensitiveHold.namesOthers(text), text);
        }
    }

    @Test
    void heldOnlyBelowSureAndOnlyForTheTwoShapes() {
        double below = LearnedSensitiveHold.SURE - 0.1;
        String others = "The airline cancelled the flight and I'm absolutely fuming.";
        String own = "I lost my job and the letters keep piling up.";
        assertEquals(Optional.of(LearnedSensitiveHold.THIRD_PARTY), LearnedSensitiveHold.held(others, false, below));
        assertEquals(Optional.of(LearnedSensitiveHold.OTHER_GUARD), LearnedSensitiveHold.held(own, true, below));
        assertEquals(Optional.empty(), LearnedSensitiveHold.held(own, false, below));
        assertEquals(Optional.empty(), LearnedSensitiveHold.held(others, false, LearnedSensitiveHold.SURE));
        assertEquals(Optional.empty(), LearnedSensitiveHold.held(own, true, 0.999));
    }

    @Test
    void theAssistantFailingAgainIsReadFromTheMessage() {
        double below = LearnedSensitiveHold.SURE - 0.1;
        // The last reply missed the question: read after any reply.
        assertTrue(LearnedSensitiveHold.failingAgain("That is not what I asked, I can't cope with this any more.", 0, below));
        // Pressing the question, right after an unhelpful reply only.
        String pressing = "So can I or not? I asked already.";
        assertTrue(LearnedSensitiveHold.failingAgain(pressing, 1, below));
        assertFalse(LearnedSensitiveHold.failingAgain(pressing, 0, below));
        // A calm disclosure after a decline is no complaint about the reply.
        assertFalse(LearnedSensitiveHold.failingAgain("I lost my job and the letters keep piling up.", 1, below));
        // At or above SURE the learned layer decides as before.
        assertFalse(LearnedSensitiveHold.failingAgain("That is not what I asked, I can't cope with this any more.", 1, LearnedSensitiveHold.SURE));
    }

    @Test
    void aRuleCategoryIsNeverHeldBack() {
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        InputScreen screen = InputScreen.standalone(embedder);
        String text = "My mother passed away last week and I need to close her account.";
        assertTrue(LearnedSensitiveHold.namesOthers(text), text);
        InputVerdict verdict = screen.screen(text, embedder.embed(text));
        assertTrue(verdict.sensitiveTopic().isPresent(), text);
        assertFalse(verdict.sensitiveTopic().get().equals(InputScreen.LEARNED), verdict.sensitiveTopic().get());
    }

    @Test
    void theShapesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("my daughter the airline a shop ma mère moja siostra ", LearnedSensitiveHold::namesOthers, 16);
        RuleLinearity.assertLinear("that is not what i asked so can i or not ", t -> LearnedSensitiveHold.failingAgain(t, 1, 0.5), 16);
    }
}
