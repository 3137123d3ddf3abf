package com.safesupport.bot.guardrail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Branch lq: a hostile-input sweep of the guardrail rules' entry points, a tool (not a test; ~5 minutes): each unit
 * repeated to ~256 characters and to 128 times that, each rule's CPU time per character on the larger text divided by
 * that on the smaller (the fastest of three runs each, this thread's CPU clock); the worst rule per unit is printed.
 * 1 is linear; a quadratic step gives up to ~128 here. A message is at most 2,000 characters ({@code bot.limits}), so the
 * larger texts are ~16 times anything a rule sees.
 */
public final class LongRepeatGuardSweep {

    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    static final Map<String, Consumer<String>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("injection", PromptInjectionDetector::signals);
        RULES.put("human", HumanRequestDetector::signals);
        RULES.put("sentiment", SentimentScorer::signals);
        RULES.put("sensitive", SensitiveTopicDetector::detect);
        RULES.put("explanation", ExplanationRequestDetector::detect);
        RULES.put("otherLanguage", OtherLanguage::ordinaryOtherLanguage);
        RULES.put("howTo", HowToQuestion::ordinaryOwnAccountQuestion);
        RULES.put("followUp", t -> { FollowUp.settled(t); FollowUp.insistent(t); FollowUp.newTopic(t); });
        RULES.put("courtesy", Repetition::courtesy);
        RULES.put("typos", Typos::corrected);
        RULES.put("disguise", Disguise::undo);
        RULES.put("encoded", EncodedPayload::decoded);
        RULES.put("mention", t -> { HumanRequestDetector.mentionOnly(t); HumanRequestDetector.namesNoPerson(t); });
        RULES.put("abuse", AbuseDetector::detect);
    }

    static long fastest(String text, Consumer<String> rule) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long s = CPU.getCurrentThreadCpuTime();
            rule.accept(text);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - s);
        }
        return best;
    }

    static double ratio(String unit, Consumer<String> rule) {
        int copies = Math.max(1, 256 / unit.length());
        String small = unit.repeat(copies);
        String large = unit.repeat(128 * copies);
        rule.accept(small);
        rule.accept(large);
        long a = fastest(small, rule);
        long b = fastest(large, rule);
        return b / (128.0 * Math.max(a, 1));
    }

    private LongRepeatGuardSweep() {
    }

    public static void main(String[] args) {
        List<String> units = List.of("ignore ", "ignore all previous ", "you are now ", "pretend to be ", "system: ",
                "human ", "agent, ", "talk to a ", "I want to speak ", "!!! ", "WHY ", "why why ", "?", "a, ", "\n",
                "\"x\" ", "(a ", "[a] ", "ich möchte ", "je veux ", "quiero ", "voglio ", "quero ", "chcę ", "ik wil ",
                "base64 ", "aGVsbG8g", "%41", "\\u0041", "a.b.c ", "password ", "how do I ", "my account ", "thanks ",
                "please ", "again ", "1234 ", "a-b-c ", "::", "I said ", "you idiot ", "suicide ", "lawyer ", "i g n o r e ",
                "1gn0r3 ", "s.y.s.t.e.m ", "ABC ", "aaaa", "what is ", "tell me ", "rules ", "print the above ");
        for (String unit : units) {
            StringBuilder line = new StringBuilder();
            double worst = 0;
            String worstRule = "";
            for (Map.Entry<String, Consumer<String>> r : RULES.entrySet()) {
                double x = ratio(unit, r.getValue());
                if (x > worst) {
                    worst = x;
                    worstRule = r.getKey();
                }
            }
            System.out.printf("BOTSWEEP %6.2f %-14s [%s]%n", worst, worstRule, unit.replace("\n", "\\n"));
        }
    }
}
