package com.safesupport.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON object naming the same key twice is refused as malformed (400 problem+json): which of the two values wins is
 * exactly what a parser differential exploits, and Jackson binding a duplicate key into a record fails with an
 * InvalidDefinitionException that Quarkus answers 500 (HbBotTest and HbEscalationTest found it: a message or a
 * ticket note sent as {@code {"text":"a","text":"b"}}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
