package com.safesupport.bot.conversation.pipeline;

/** One check that ran on a turn and its outcome ({@code PASS}, {@code HIT}, {@code HIT:<detail>}, {@code UNAVAILABLE}, …). */
public record GuardrailRun(String name, String outcome) {
}
