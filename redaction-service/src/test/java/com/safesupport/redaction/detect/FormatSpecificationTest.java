package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 9 format rules, as their definitions state them (values made up for this test): UK NINOs typed in lower case,
 * ABA routing numbers by their Federal Reserve prefixes and in XXXX-YYYY-C notation, SSNs with a misplaced separator,
 * context-needing identifiers that stay at 0.05 without their context word, and a capitalised month after a
 * preposition of time.
 */
class FormatSpecificationTest {

    static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }

    /** Findings at threshold 0 of one type asked for alone (as a Presidio caller's entities list), as "value@score". */
    static List<String> lowScore(String text, String type) {
        return AnalyzerTest.ANALYZER.analyze(text, new Analyzer.Options("en", java.util.Set.of(type), 0.0, List.of(), List.of())).stream()
                .map(f -> text.substring(f.start(), f.end()) + "@" + f.score())
                .collect(Collectors.toList());
    }

    @Test
    void ninoTypedInLowerCaseIsTheSameNumber() {
        assertEquals(List.of("UK_NINO=jk 40 21 77 b"), found("my ni number: jk 40 21 77 b"));
        assertEquals(List.of("UK_NINO=mx630518a"), found("ni mx630518a thanks"));
        assertEquals(List.of("UK_NINO=JK 40 21 77 B"), found("my ni number: JK 40 21 77 B"));
        // Mixed case, an unallocated prefix, a first letter HMRC never uses, a suffix past D: no NINO.
        assertEquals(List.of(), found("ref Jk402177b").stream().filter(f -> f.startsWith("UK_NINO")).toList());
        assertEquals(List.of(), found("ref gb402177a, qa402177a, jk402177e").stream().filter(f -> f.startsWith("UK_NINO")).toList());
        assertEquals(List.of(), found("code xjk402177b and jk402177bx").stream().filter(f -> f.startsWith("UK_NINO")).toList());
    }

    @Test
    void routingNumbersByPrefixChecksumAndNotation() {
        assertEquals(List.of("ROUTING_NUMBER=261073986"), found("routing number 261073986"));
        assertEquals(List.of("ROUTING_NUMBER=0260-0959-3"), found("aba routing 0260-0959-3 please"));
        // A prefix no Federal Reserve district uses (45) is no routing number, checksum or not.
        assertEquals(List.of(), lowScore("routing number 451073987", "ROUTING_NUMBER"));
        // Without "routing"/"ABA" near: only at 0.05, never at the default threshold.
        assertEquals(List.of(), found("reference 261073986 ok").stream().filter(f -> f.startsWith("ROUTING")).toList());
        assertEquals(List.of("261073986@0.05"), lowScore("reference 261073986 ok", "ROUTING_NUMBER"));
        assertEquals(List.of("0611-0130-4@0.05"), lowScore("ref 0611-0130-4", "ROUTING_NUMBER"));
        assertEquals(List.of(), lowScore("ref 0611-0130-5 and 0611-0130-44", "ROUTING_NUMBER"));
    }

    @Test
    void contextNeedingIdentifiersStayLowWithoutTheirWord() {
        assertEquals(List.of("PASSPORT=A47310298"), found("my passport number is A47310298"));
        assertEquals(List.of(), found("order A47310298 shipped"));
        assertEquals(List.of("A47310298@0.05"), lowScore("order A47310298 shipped", "PASSPORT"));
        assertEquals(List.of("BANK_ACCOUNT=4402918371"), found("bank account 4402918371"));
        assertEquals(List.of("4402918371@0.05"), lowScore("ticket 4402918371", "BANK_ACCOUNT"));
        // Licences keep needing their word: their shapes match almost any code.
        assertEquals(List.of(), lowScore("order H12234567 shipped", "US_DRIVER_LICENSE"));
    }

    @Test
    void theUnspecifiedIpv6AddressIsLowScore() {
        assertEquals(List.of("::@0.05"), lowScore("bind to :: then", "IP_ADDRESS"));
        assertEquals(List.of(), found("bind to :: then"));
        assertEquals(List.of(), lowScore("std::string and x::y and ::: and ::%", "IP_ADDRESS"));
    }

    @Test
    void ssnWithAMisplacedSeparatorIsLowScore() {
        assertEquals(List.of("431-762094@0.05", "43176-2094@0.05"), lowScore("see 431-762094 and 43176-2094", "US_SSN"));
        assertEquals(List.of("US_SSN=431-762094"), found("my ssn 431-762094"));
        assertEquals(List.of(), lowScore("see 666-762094 and 43100-2094 and 431-762094-5", "US_SSN"));
    }

    @Test
    void aCapitalisedMonthAfterAPrepositionOfTimeIsADate() {
        assertEquals(List.of("DATE_TIME=May"), found("I opened the account in May"));
        assertEquals(List.of("DATE_TIME=June"), found("nothing arrived since June, sadly"));
        assertTrue(found("May I ask about my card?").stream().noneMatch(f -> f.startsWith("DATE_TIME")));
        assertTrue(found("you may call in may").stream().noneMatch(f -> f.startsWith("DATE_TIME")));
        assertTrue(found("I spoke with June yesterday").stream().noneMatch(f -> f.startsWith("DATE_TIME")));
    }
}
