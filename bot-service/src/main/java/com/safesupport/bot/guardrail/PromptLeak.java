package com.safesupport.bot.guardrail;

import java.util.Arrays;
import java.util.Locale;

/** Does a reply quote the system prompt? Any run of six consecutive words of it counts as a leak. */
public final class PromptLeak {

    private static final int RUN = 6;

    private PromptLeak() {
    }

    public static boolean leaks(String reply, String systemPrompt) {
        String[] prompt = words(systemPrompt);
        String normalizedReply = " " + String.join(" ", words(reply)) + " ";
        for (int i = 0; i + RUN <= prompt.length; i++) {
            String run = " " + String.join(" ", Arrays.copyOfRange(prompt, i, i + RUN)) + " ";
            if (normalizedReply.contains(run)) {
                return true;
            }
        }
        return normalizedReply.contains(" system prompt ") || normalizedReply.contains(" my instructions ");
    }

    private static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
