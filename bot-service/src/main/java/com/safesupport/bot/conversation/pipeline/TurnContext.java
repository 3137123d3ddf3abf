package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.answer.Answer;
import com.safesupport.bot.consent.ConsentCheck;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.isolation.CustomerBudgets;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.bot.redaction.Redacted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One customer message on its way through the stages: the conversation as it was, the raw text (read by the
 * redaction stage only), the turn's deadline, and what each stage found. Each finding is written by the one stage
 * that owns it; later stages only read it.
 */
public final class TurnContext {

    private final ConversationState conversation;
    private final String text;
    private final Deadline deadline;
    private final List<GuardrailRun> guardrails = new ArrayList<>();

    private Redacted redacted;
    private ConsentCheck consent;
    private InputVerdict inputVerdict;
    private Retrieval retrieval;
    private Answer answer;
    private double confidence;
    private String answerMode = "none";
    private Integer unhelpfulStreak;
    private Integer negativeStreak;
    private Integer repeatStreak;
    private float[] questionVector;
    private Budgets budgets;

    public TurnContext(ConversationState conversation, String text, Deadline deadline) {
        this.conversation = conversation;
        this.text = text;
        this.deadline = deadline;
    }

    public ConversationState conversation() {
        return conversation;
    }

    /** The customer's text as sent. Only redaction may read it: everything after sees {@link #question()}. */
    public String rawText() {
        return text;
    }

    public Deadline deadline() {
        return deadline;
    }

    /** Records a check that ran; the explanation and the decision record list them in order. */
    public void ran(String guardrail, String outcome) {
        guardrails.add(new GuardrailRun(guardrail, outcome));
    }

    /** A learned guardrail's outcome with the rule that fired and the classifier's score. */
    public void ran(com.safesupport.bot.guardrail.Signal signal) {
        guardrails.add(new GuardrailRun(signal.guardrail(), signal.outcome(), signal.rule().orElse(null), signal.score()));
    }

    /** A check with its outcome, rule and score as they are. */
    public void ran(GuardrailRun run) {
        guardrails.add(run);
    }

    public List<GuardrailRun> guardrails() {
        return List.copyOf(guardrails);
    }

    public void redacted(Redacted value) {
        this.redacted = value;
    }

    public Optional<Redacted> redacted() {
        return Optional.ofNullable(redacted);
    }

    /** The customer's text after redaction: tags like {@code <PERSON_1>} instead of personal data. */
    public String question() {
        if (redacted == null) {
            throw new IllegalStateException("no stage may read the question before it is redacted");
        }
        return redacted.text();
    }

    /** Tags redaction issued for this message. */
    public List<String> newTags() {
        return redacted == null ? List.of() : redacted.entitiesOrEmpty().stream().map(Redacted.Entity::replacement).toList();
    }

    /** This conversation's own tags, earlier ones and this message's: an answer may repeat them. */
    public Set<String> ownTags() {
        Set<String> own = new java.util.LinkedHashSet<>(conversation.tags());
        own.addAll(newTags());
        return own;
    }

    public void consent(ConsentCheck check) {
        this.consent = check;
    }

    public String consentState() {
        return consent == null ? "UNKNOWN" : consent.state();
    }

    public void inputVerdict(InputVerdict verdict) {
        this.inputVerdict = verdict;
    }

    public Optional<InputVerdict> inputVerdict() {
        return Optional.ofNullable(inputVerdict);
    }

    public void retrieval(Retrieval value) {
        this.retrieval = value;
        this.confidence = value.confidence();
    }

    public Optional<Retrieval> retrieval() {
        return Optional.ofNullable(retrieval);
    }

    public void answer(Answer value) {
        this.answer = value;
        this.answerMode = value.mode();
    }

    public Optional<Answer> answer() {
        return Optional.ofNullable(answer);
    }

    public String answerMode() {
        return answerMode;
    }

    /** The mode that produced the reply that is finally sent (an LLM answer may be replaced by the extractive one). */
    public void answeredBy(String mode) {
        this.answerMode = mode;
    }

    public double confidence() {
        return confidence;
    }

    /** For a reply that is not about retrieval (e.g. an explanation of an earlier decision). */
    public void confidence(double value) {
        this.confidence = value;
    }

    public Optional<Integer> unhelpfulStreak() {
        return Optional.ofNullable(unhelpfulStreak);
    }

    public void unhelpfulStreak(int value) {
        this.unhelpfulStreak = value;
    }

    public Optional<Integer> negativeStreak() {
        return Optional.ofNullable(negativeStreak);
    }

    public void negativeStreak(int value) {
        this.negativeStreak = value;
    }

    public Optional<Integer> repeatStreak() {
        return Optional.ofNullable(repeatStreak);
    }

    public void repeatStreak(int value) {
        this.repeatStreak = value;
    }

    /** The redacted question's unit embedding, once the input guardrails computed it (do not modify). */
    public Optional<float[]> questionVector() {
        return Optional.ofNullable(questionVector);
    }

    public void questionVector(float[] value) {
        this.questionVector = value;
    }

    /**
     * The message's per-minute budget counts, this message included, as the statement that read the conversation
     * left them (in its transaction, which a refusal rolls back); the limits stage checks them.
     */
    public void budgets(Budgets counts) {
        this.budgets = counts;
    }

    public Optional<Budgets> budgets() {
        return Optional.ofNullable(budgets);
    }

    /** {@code current_count, previous_count} of the conversation's and of the customer's per-minute budget rows. */
    public record Budgets(CustomerBudgets.MessageWindow window, long[] conversation, long[] customer) {
    }
}
