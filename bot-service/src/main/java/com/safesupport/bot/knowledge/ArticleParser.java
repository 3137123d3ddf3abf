package com.safesupport.bot.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the article format of the knowledge base:
 * <pre>
 * ---
 * id: card-arrival
 * title: Your new card has not arrived
 * intent: card_arrival
 * questions: Where is my card? | How long does delivery take?
 * ---
 * First paragraph.
 *
 * Second paragraph.
 * </pre>
 */
final class ArticleParser {

    private ArticleParser() {
    }

    static Article parse(String name, String markdown) {
        String text = markdown.replace("\r\n", "\n").strip();
        if (!text.startsWith("---\n")) {
            throw new IllegalArgumentException("Article " + name + " has no front matter");
        }
        int end = text.indexOf("\n---", 4);
        if (end < 0) {
            throw new IllegalArgumentException("Article " + name + " has an unterminated front matter");
        }
        Map<String, String> fields = new HashMap<>();
        for (String line : text.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String id = require(fields, "id", name);
        String title = require(fields, "title", name);
        List<String> questions = fields.containsKey("questions")
                ? Arrays.stream(fields.get("questions").split("\\|")).map(String::strip).filter(q -> !q.isEmpty()).toList()
                : List.of();
        List<String> passages = new ArrayList<>();
        for (String block : text.substring(end + 4).strip().split("\n\\s*\n")) {
            String passage = block.strip().replaceAll("^#+\\s*", "").replaceAll("\\s*\n\\s*", " ");
            if (!passage.isEmpty()) {
                passages.add(passage);
            }
        }
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("Article " + name + " has no body");
        }
        return new Article(id, title, fields.getOrDefault("intent", ""), questions, List.copyOf(passages));
    }

    private static String require(Map<String, String> fields, String key, String name) {
        String value = fields.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Article " + name + " lacks '" + key + "'");
        }
        return value;
    }
}
