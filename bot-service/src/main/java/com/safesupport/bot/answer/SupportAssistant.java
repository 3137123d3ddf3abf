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

/**
 * The LLM answer mode: RAG over the same knowledge base (the pipeline retrieves, the articles travel in the
 * system message), no chat memory, guardrails on both sides. Only redacted text ever reaches it. Grounding is
 * checked by {@link LlmAnswerer}, which re-prompts once through {@link #reanswer} (without chat memory LangChain4j's
 * own re-prompt cannot carry the first answer).
 */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
@ApplicationScoped
public interface SupportAssistant {

    @SystemMessage(SystemPrompt.TEMPLATE)
    @InputGuardrails(InjectionInputGuardrail.class)
    @OutputGuardrails(PromptLeakOutputGuardrail.class)
    String answer(@V("articles") String articles, @UserMessage String question);

    /**
     * The second and last try after an answer that was not grounded in the articles. No input guardrails here: the
     * customer's question already passed them twice (pipeline and {@link #answer}), and the rest of this message is
     * our own instruction, which reads like an instruction to the injection rules.
     */
    @SystemMessage(SystemPrompt.TEMPLATE)
    @UserMessage(SystemPrompt.REPROMPT)
    @OutputGuardrails(PromptLeakOutputGuardrail.class)
    String reanswer(@V("articles") String articles, @V("question") String question, @V("previous") String previous);
}
