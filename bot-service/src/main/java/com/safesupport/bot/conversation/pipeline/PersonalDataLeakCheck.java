package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.bot.redaction.CleanTexts;
import com.safesupport.bot.redaction.Redacted;
import com.safesupport.bot.redaction.RedactionRejectedInput;
import com.safesupport.bot.redaction.RedactionUnavailable;
import com.safesupport.bot.redaction.Redactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * No personal data in a reply but this conversation's own tags or values printed in the retrieved articles (a
 * bank's public phone number is not a leak): the reply goes through redaction again — unless redaction-service
 * found nothing at all in this very text a short while ago ({@link CleanTexts}: its detection reads the text alone).
 */
@ApplicationScoped
public class PersonalDataLeakCheck implements OutputCheck {

    @Inject
    Redactor redactor;

    @Inject
    CleanTexts clean;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> blocked(TurnContext turn, String reply) {
        if (clean.known(reply)) {
            turn.ran("personal-data-leak", "PASS");
            return Optional.empty();
        }
        ConversationState c = turn.conversation();
        Redacted checked;
        try {
            checked = redactor.pseudonymize(reply, c.id().toString(), c.subjectId(), turn.deadline());
        } catch (RedactionUnavailable e) {
            turn.ran("personal-data-leak", "UNAVAILABLE");
            return Optional.of("redaction-unavailable");
        } catch (RedactionRejectedInput e) {
            // Unverifiable is blocked, but this is the reply's doing, not an outage.
            turn.ran("personal-data-leak", "UNVERIFIED");
            return Optional.of("personal-data-leak");
        }
        if (checked.entitiesOrEmpty().isEmpty()) {
            clean.remember(reply);
        }
        Set<String> own = turn.ownTags();
        String sources = turn.retrieval().map(Retrieval::hits).orElse(java.util.List.of()).stream()
                .map(h -> h.article().body()).collect(Collectors.joining("\n"));
        for (Redacted.Entity e : checked.entitiesOrEmpty()) {
            String value = e.start() >= 0 && e.end() <= reply.length() && e.start() < e.end() ? reply.substring(e.start(), e.end()) : "";
            boolean printedInArticles = !value.isEmpty() && sources.contains(value);
            if (!printedInArticles && !own.contains(e.replacement())) {
                turn.ran("personal-data-leak", "HIT");
                return Optional.of("personal-data-leak");
            }
        }
        turn.ran("personal-data-leak", "PASS");
        return Optional.empty();
    }
}
