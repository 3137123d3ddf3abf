package com.safesupport.bot.answer;

import java.util.List;

/**
 * A drafted reply before the output guardrails: the text, how it was produced, and which guardrails already ran
 * inside the answer mode (e.g. grounding in LLM mode). {@code fallback} names why another mode answered instead.
 */
public record Answer(String text, String mode, List<String> guardrails, String fallback) {
}
