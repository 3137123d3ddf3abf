package com.safesupport.redaction.api;

import com.safesupport.redaction.anonymize.Operator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /v1/redact/batch}: the options of {@link RedactRequest}, applied to every text; one scope for all. */
public record BatchRedactRequest(
        @NotNull(message = "texts is required") List<@NotNull(message = "texts must not contain null") String> texts,
        @Size(max = 16, message = "language must be a language code") String language,
        List<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "entity types are upper-case identifiers") String> entities,
        Operator operator,
        @Size(min = 1, max = 200, message = "scope must be 1 to 200 characters") String scope,
        @DecimalMin(value = "0.0", message = "scoreThreshold must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "scoreThreshold must be between 0 and 1") Double scoreThreshold,
        @Size(min = 1, max = 200, message = "subjectId must be 1 to 200 characters") String subjectId,
        @Size(max = 1000, message = "allowList may hold at most 1000 values") List<String> allowList,
        @Size(max = 1000, message = "denyList may hold at most 1000 values") List<String> denyList) {

    RedactRequest one(String text) {
        return new RedactRequest(text, language, entities, operator, scope, scoreThreshold, subjectId, allowList, denyList);
    }
}
