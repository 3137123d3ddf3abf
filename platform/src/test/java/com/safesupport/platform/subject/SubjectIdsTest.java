package com.safesupport.platform.subject;

import com.safesupport.platform.problem.DomainException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SubjectIdsTest {

    @Test
    void tokenSubjectsAreWellFormed() {
        assertTrue(SubjectIds.isWellFormed("a11ce000-0000-4000-8000-000000000001"));
        assertTrue(SubjectIds.isWellFormed("service-account-consent-service"));
        assertTrue(SubjectIds.isWellFormed("s-1"));
        assertTrue(SubjectIds.isWellFormed("a".repeat(128)));
    }

    @Test
    void hostileSubjectIdsAreRefusedAs400() {
        for (String bad : new String[]{null, "", " ", "-leading-dash", "a b", "a/b", "a%2Fb", "ä", "a\u0000b", "a\nb",
                "<script>", "a".repeat(129)}) {
            assertFalse(SubjectIds.isWellFormed(bad), String.valueOf(bad));
            DomainException e = assertThrows(DomainException.class, () -> SubjectIds.requireWellFormed(bad));
            assertEquals(400, e.status());
            assertEquals("invalid-subject", e.slug());
        }
    }

    @Test
    void aHugeSubjectIdIsRefusedQuickly() {
        String huge = "a".repeat(1_000_000) + "!";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> assertFalse(SubjectIds.isWellFormed(huge)));
    }
}
