package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.handoff.Reason;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.bot.conversation.pipeline.ConversationReplay.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 72 (issue 14, branch bh72): whole conversations through {@link ConversationReplay} with a knowledge base that
 * finds nothing, so every question is declined. A customer who says in Portuguese, Polish or German that they are fed up
 * or losing patience, after the assistant declined twice, is handed over as upset ({@code NEGATIVE_SENTIMENT} first), not as
 * the assistant failing twice; a customer who says they are not annoyed is not handed over as upset. Conversations
 * written for this test, not from a dataset or from the written sets.
 */
@QuarkusTest
class Bh72UpsetOtherLanguagePipelineTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    private List<ConversationReplay.Turn> declined(String... messages) {
        return ConversationReplay.declined(embedder, screen, messages);
    }

    @Test
    void fedUpInAnotherLanguageGoesOverAsUpset() {
        for (List<ConversationReplay.Turn> turns : List.of(
                declined("Porque é que o meu cartão foi recusado na farmácia?", "Tinha saldo suficiente na conta.",
                        "Estou mesmo farta, já é a segunda vez esta semana."),
                declined("Dlaczego przelew do urzędu jeszcze nie doszedł?", "Wysłałem go w piątek rano.",
                        "Tracę już naprawdę cierpliwość, czekam od piątku."),
                declined("Warum wurde meine Lastschrift zurückgegeben?", "Das Konto war am Tag der Abbuchung gedeckt.",
                        "Ich habe echt die Nase voll, das passiert jeden Monat."))) {
            assertTrue(turns.getLast().verdict().handsOff(), trace(turns));
            assertEquals(3, turns.size(), trace(turns));
            assertEquals(Reason.NEGATIVE_SENTIMENT, turns.getLast().verdict().handoffReasons().getFirst(), trace(turns));
        }
    }

    @Test
    void notAnnoyedIsNotUpset() {
        List<ConversationReplay.Turn> turns = declined("¿Cuándo llega la tarjeta nueva?", "No estoy molesta, solo quería saber la fecha.");
        assertTrue(turns.stream().noneMatch(t -> t.verdict().handoffReasons().contains(Reason.NEGATIVE_SENTIMENT)), trace(turns));
    }
}
