package com.safesupport.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The one mock of the system tests: an OpenAI-compatible chat-completions endpoint standing in for the LLM vendor,
 * which is outside the product. It records every request body it is sent, so a test can prove that no personal
 * value reached "the model", and answers with the first sentence of the first help article it was given (a
 * grounded answer). Served by the JDK's own HTTP server on a free loopback port.
 */
final class LlmStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    LlmStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "llm-stub");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    /** The base URL bot-service is given ({@code LLM_BASE_URL}). */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
    }

    /** Every request body received so far. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void complete(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        ObjectNode response = JSON.createObjectNode();
        response.put("id", "chatcmpl-stub-" + requests.size());
        response.put("object", "chat.completion");
        response.put("created", System.currentTimeMillis() / 1000);
        response.put("model", "stub");
        ObjectNode choice = response.putArray("choices").addObject();
        choice.put("index", 0);
        choice.put("finish_reason", "stop");
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", groundedAnswer(body));
        ObjectNode usage = response.putObject("usage");
        usage.put("prompt_tokens", 1);
        usage.put("completion_tokens", 1);
        usage.put("total_tokens", 2);
        byte[] out = JSON.writeValueAsBytes(response);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    /** The first sentence after the first article's title line, or a refusal when no article came along. */
    private static String groundedAnswer(String body) {
        try {
            for (JsonNode message : JSON.readTree(body).path("messages")) {
                String content = message.path("content").asText("");
                int articles = content.indexOf("Help articles:");
                if ("system".equals(message.path("role").asText()) && articles >= 0) {
                    String[] lines = content.substring(articles).split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        if (lines[i].startsWith("[") && i + 1 < lines.length) {
                            String text = lines[i + 1].strip();
                            int end = text.indexOf(". ");
                            return end > 0 ? text.substring(0, end + 1) : text;
                        }
                    }
                }
            }
        } catch (IOException e) {
            // not JSON: answered like a request without articles
        }
        return "I cannot answer that from the help articles; I can connect you with a person.";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
