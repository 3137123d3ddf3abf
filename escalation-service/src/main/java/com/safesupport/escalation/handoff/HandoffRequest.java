package com.safesupport.escalation.handoff;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code POST /v1/handoffs} body (DESIGN.md). The transcript is already redacted by the bot. */
@RegisterForReflection
public record HandoffRequest(
        @NotNull UUID conversationId,
        @NotBlank @Size(max = 128) String subjectId,
        @NotEmpty @Size(max = 10) List<@NotNull Reason> reasons,
        @NotBlank @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag") String locale,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be a channel code") String channel,
        @Size(max = 4000) String summary,
        @NotNull @Size(max = 500) List<@Valid @NotNull Line> transcript,
        @Size(max = 100) List<@NotBlank @Size(max = 64) String> decisionRecordIds) {

    /** One transcript line. */
    @RegisterForReflection
    public record Line(@NotBlank @Size(max = 32) String author, @NotNull @Size(max = 8000) String text, @NotNull Instant at) {
    }

    /** The language part of the locale, lower case: {@code de-CH} → {@code de}. */
    public String language() {
        return locale.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
    }
}
