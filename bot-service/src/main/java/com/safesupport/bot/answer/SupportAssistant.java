package com.safesupport.bot.answer;

import com.safesupport.bot.guardrail.InjectionInputGuardrail;
import com.safesupport.bot.guardrail.PromptLeakOutputGuardrail;
import com.safesupport.bot.prompt.SystemPrompt;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.langchain4j.service.guardrail.InputGuardrails;
import dev.langchain4j.service.guardrail.OutputGuardrails;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The LLM answer mode: RAG over the same knowledge base (the pipeline retrieves, the articles travel in the
 * system message), no chat memory, guardrails on both sides. Only redacted text ever reaches it. Grounding is
 * checked by {@link LlmAnswerer}, which re-prompts once through {@link #reanswer} (without chat memory LangChain4j's
 * own re-prompt cannot carry the first answer).
 *
 * <p>Each call is bounded synchronously too ({@code @Timeout}, the same 20 s as {@link LlmAnswerer}'s): that timeout
 * interrupts the calling thread, which ends the REST client's blocking wait, so a call abandoned by
 * {@link LlmAnswerer}'s asynchronous timeout (which interrupts nothing) frees its thread instead of holding it while
 * the endpoint drips. LangChain4j's own retry is off ({@code quarkus.langchain4j.openai.max-retries=0}): the REST
 * client reports the interruption as a plain {@code ProcessingException} with the interrupt flag cleared, so that
 * retry sent the request again and held the thread for a second drip (docs/bot.md, "Faults of the model endpoint").
 */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
@ApplicationScoped
public interface SupportAssistant {

    @SystemMessage(SystemPrompt.TEMPLATE)
    @InputGuardrails(InjectionInputGuardrail.class)
    @OutputGuardrails(PromptLeakOutputGuardrail.class)
    @Timeout(value = 20_000)
    String answer(@V("articles") String articles, @UserMessage String question);

    /**
     * The second and last try after an answer that was not grounded in the articles. No input guardrails here: the
     * customer's question already passed them twice (pipeline and {@link #answer}), and the rest of this message is
     * our own instruction, which reads like an instruction to the injection rules.
     */
    @SystemMessage(SystemPrompt.TEMPLATE)
    @UserMessage(SystemPrompt.REPROMPT)
    @OutputGuardrails(PromptLeakOutputGuardrail.class)
    @Timeout(value = 20_000)
    String reanswer(@V("articles") String articles, @V("question") String question, @V("previous") String previous);
}
