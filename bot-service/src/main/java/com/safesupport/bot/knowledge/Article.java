package com.safesupport.bot.knowledge;

import java.util.List;

/**
 * One knowledge-base article: Markdown with a small front matter (id, title, intent, questions).
 * Passages are the body's paragraphs; the extractive mode answers with one of them.
 */
public record Article(String id, String title, String intent, List<String> questions, List<String> passages) {

    public String body() {
        return String.join("\n\n", passages);
    }
}
