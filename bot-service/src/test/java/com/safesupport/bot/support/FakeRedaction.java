package com.safesupport.bot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for redaction-service in tests (its contract: {@code POST /v1/redact} with operator PSEUDONYMIZE and a
 * scope; tags numbered per scope so the same value gets the same tag). Detects emails, card and phone numbers,
 * IBANs, a handful of names and nationalities: enough to prove what the bot does with what redaction returns.
 */
public class FakeRedaction implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-redaction";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Pattern> DETECTORS = new java.util.LinkedHashMap<>();

    static {
        DETECTORS.put("EMAIL_ADDRESS", Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+"));
        DETECTORS.put("IBAN_CODE", Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}\\b"));
        DETECTORS.put("CREDIT_CARD", Pattern.compile("\\b(?:\\d[ -]?){13,19}\\b"));
        DETECTORS.put("PHONE_NUMBER", Pattern.compile("\\+?\\d[\\d ]{8,}\\d"));
        DETECTORS.put("PERSON", Pattern.compile("\\b(Anna Schmidt|Anna|Mohammed Ali|Mohammed|Li Wei|John Smith|John|Fatima Okafor|Fatima|"
                + "Priya Sharma|Priya|Olga Nowak|Olga|Carlos Garcia|Carlos|Emily Johnson|Emily|Kwame Mensah|Kwame)\\b"));
        DETECTORS.put("NRP", Pattern.compile("\\b(German|Nigerian|Chinese|British|Indian|Polish|Mexican|Ghanaian|American|Pakistani|Muslim|Christian|Jewish)\\b"));
    }

    /** scope → value → tag; a test can clear it but never needs to. */
    private final Map<String, Map<String, String>> vault = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        try {
            JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
            String text = body.path("text").asText();
            String scope = body.path("scope").asText("default");
            Map<String, String> tags = vault.computeIfAbsent(scope, k -> new ConcurrentHashMap<>());
            List<int[]> taken = new ArrayList<>();
            List<ObjectNode> entities = new ArrayList<>();
            for (Map.Entry<String, Pattern> d : DETECTORS.entrySet()) {
                Matcher m = d.getValue().matcher(text);
                while (m.find()) {
                    int s = m.start(), e = m.end();
                    if (taken.stream().anyMatch(t -> s < t[1] && e > t[0])) {
                        continue;
                    }
                    taken.add(new int[]{s, e});
                    String value = m.group();
                    String tag;
                    synchronized (tags) {
                        tag = tags.computeIfAbsent(d.getKey() + "|" + value, k -> "<" + d.getKey() + "_"
                                + (tags.keySet().stream().filter(x -> x.startsWith(d.getKey() + "|")).count() + 1) + ">");
                    }
                    ObjectNode entity = JSON.createObjectNode();
                    entity.put("type", d.getKey()).put("start", s).put("end", e).put("score", 0.9)
                            .put("operator", "PSEUDONYMIZE").put("replacement", tag).put("recognizer", "fake");
                    entities.add(entity);
                }
            }
            entities.sort(java.util.Comparator.comparingInt(n -> n.get("start").asInt()));
            StringBuilder out = new StringBuilder();
            int at = 0;
            for (ObjectNode n : entities) {
                out.append(text, at, n.get("start").asInt()).append(n.get("replacement").asText());
                at = n.get("end").asInt();
            }
            out.append(text.substring(at));
            ObjectNode response = JSON.createObjectNode();
            response.put("text", out.toString());
            ArrayNode array = response.putArray("entities");
            entities.forEach(array::add);
            response.put("language", "en");
            // WireMock shades its own Jackson: hand it a string, not our ObjectNode.
            return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(response)).build();
        } catch (Exception e) {
            return ResponseDefinition.notFound();
        }
    }
}
