package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.guardrail.Repetition;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.bot.redaction.Redacted;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.inject.Instance;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whole conversations through the service's own decision code, in-process and without CDI, a database or the other
 * services (issue 14, round 28): the real {@link Pipeline} with the real {@link InputGuardsStep} (human request,
 * sensitive topic, prompt injection, frustration over the turns and repetition) and {@link RetrievalStep} (the
 * "unsure" rule: two unhelpful replies in a row hand over), in the extractive mode's order. The conversation's
 * counters are carried from turn to turn as {@code TurnRecorder} keeps them (turns, the unhelpful, negative and
 * repeat streaks, the remembered question vectors); a hand-off ends the conversation, as a person takes it.
 * <p>
 * Stand-ins, and why they cannot change a hand-over decision: redaction returns the text as sent (the written
 * conversations hold no personal data); limits, budgets and consent admit every message; "why?" is answered without
 * reading the previous decision record (the service answers it too, without handing over); a reply that passes
 * retrieval counts as answered (the extractive answer of a bundled article, which the output checks pass).
 */
public final class ConversationReplay {

    /** One customer message and what the pipeline decided. */
    public record Turn(String text, Verdict verdict, List<GuardrailRun> guardrails) {
    }

    private final Embedder embedder;
    private final Pipeline pipeline;

    public ConversationReplay(Embedder embedder, InputScreen screen, KnowledgeBase knowledge) {
        this.embedder = embedder;
        GuardrailHits hits = new GuardrailHits();
        hits.metrics = new SimpleMeterRegistry();
        HumanRequestGuard human = new HumanRequestGuard();
        human.hits = hits;
        SensitiveTopicGuard sensitive = new SensitiveTopicGuard();
        sensitive.hits = hits;
        PromptInjectionGuard injection = new PromptInjectionGuard();
        injection.hits = hits;
        NegativeSentimentGuard negative = new NegativeSentimentGuard();
        negative.hits = hits;
        List<InputGuard> guards = List.of(new ExplanationStandIn(), sensitive, human, injection, negative);
        RetrievalStep retrieval = new RetrievalStep();
        retrieval.knowledge = knowledge;
        retrieval.config = defaults(BotConfig.class);
        List<Step> steps = List.of(new InputGuardsStep(screen, embedder, instance(guards)), retrieval, new AnsweredStandIn());
        this.pipeline = new Pipeline(instance(steps));
    }

    /** The turns' verdicts (kind and reasons), for an assertion's message. */
    public static String trace(List<Turn> turns) {
        return turns.stream().map(t -> t.verdict().kind() + " " + t.verdict().reasons()).toList().toString();
    }

    /**
     * The customer's messages against a knowledge base that finds nothing, so every question is declined: the hand-over
     * rounds' pipeline tests (what a second unhelpful reply hands over, and for which reason).
     */
    public static List<Turn> declined(Embedder embedder, InputScreen screen, String... messages) {
        KnowledgeBase nothing = new KnowledgeBase() {
            @Override
            public Retrieval search(String question, int topK) {
                return new Retrieval(List.of());
            }
        };
        return new ConversationReplay(embedder, screen, nothing).run(List.of(messages));
    }

    /** The customer's messages in order, until one is handed over (the turns after a hand-off go to a person). */
    public List<Turn> run(List<String> messages) {
        UUID id = UUID.randomUUID();
        int turns = 0, unhelpful = 0, negative = 0, repeat = 0;
        byte[] recent = null;
        List<Turn> out = new ArrayList<>();
        for (String text : messages) {
            ConversationState state = new ConversationState(id, "replay", turns, false, Set.of(), unhelpful, negative, recent, repeat);
            TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(5)));
            turn.redacted(new Redacted(text, List.of(), "en"));
            Verdict verdict = pipeline.decide(turn);
            out.add(new Turn(text, verdict, turn.guardrails()));
            if (verdict.handsOff()) {
                break;
            }
            // As TurnRecorder / TurnRows keep them: a stage that did not run leaves the counter as it was.
            turns++;
            unhelpful = turn.unhelpfulStreak().orElse(unhelpful);
            negative = turn.negativeStreak().orElse(negative);
            repeat = turn.repeatStreak().orElse(repeat);
            if (turn.questionVector().isPresent()) {
                recent = Repetition.remember(recent, turn.questionVector().get());
            }
        }
        return out;
    }

    public Embedder embedder() {
        return embedder;
    }

    /** "Why?" answered without the decision record (order 10, as {@link ExplanationRequestGuard}); never a hand-off. */
    private static final class ExplanationStandIn implements InputGuard {
        @Override
        public int order() {
            return 10;
        }

        @Override
        public Outcome check(TurnContext turn, InputVerdict verdict) {
            turn.ran("explanation-request", verdict.explanationRequest() ? "HIT" : "PASS");
            return verdict.explanationRequest()
                    ? Outcome.stop(Verdict.reply(Verdict.Kind.ANSWER, Replies.NO_DECISION_YET, "EXPLANATION"))
                    : Outcome.CONTINUE;
        }
    }

    /**
     * Answer and output check (orders 70, 80): an answered turn resets the unhelpful streak, as OutputCheckStep does
     * (round 43: through OutputCheckStep's own rule, so a message saying the last reply missed keeps it, as in the service).
     */
    private static final class AnsweredStandIn implements Step {
        @Override
        public int order() {
            return 70;
        }

        @Override
        public Outcome run(TurnContext turn) {
            return OutputCheckStep.answered(turn, "(answer)");
        }
    }

    /** A CDI {@code Instance} that only streams the given beans (all the pipeline's constructors ask of it). */
    @SuppressWarnings("unchecked")
    private static <T> Instance<T> instance(List<T> beans) {
        return (Instance<T>) Proxy.newProxyInstance(ConversationReplay.class.getClassLoader(), new Class<?>[]{Instance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "stream" -> beans.stream();
                    case "iterator" -> beans.iterator();
                    case "toString" -> "replay instance " + beans;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The configuration interface answered with its {@code @WithDefault} values (application.properties keeps them). */
    @SuppressWarnings("unchecked")
    static <T> T defaults(Class<T> type) {
        return (T) Proxy.newProxyInstance(ConversationReplay.class.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> defaultValue(method));
    }

    private static Object defaultValue(Method method) {
        Class<?> r = method.getReturnType();
        if (r.isInterface()) {
            return defaults(r);
        }
        WithDefault d = method.getAnnotation(WithDefault.class);
        if (d == null) {
            throw new UnsupportedOperationException("no default for " + method);
        }
        String v = d.value();
        return r == double.class ? Double.parseDouble(v) : r == int.class ? Integer.parseInt(v) : r == long.class ? Long.parseLong(v)
                : r == boolean.class ? Boolean.parseBoolean(v) : r == Duration.class ? Duration.parse(v.startsWith("P") ? v : "PT" + v) : v;
    }
}
