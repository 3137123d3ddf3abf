package com.safesupport.bot.guardrail;

/** "Why?" after a reply: the customer asks for a plain-language account of the last decision. */
public final class ExplanationRequestDetector {

    private static final Patterns WHY = Patterns.of(
            "^\\W*(why|why not|how come|warum|wieso|explain( please)?|please explain)\\W*$",
            "^\\W*why (did|do|would) you (say|answer|reply|decide|suggest|send|transfer|hand)\\b",
            "^\\W*(how|why) did you (decide|choose|come up with|pick)\\b",
            "\\bexplain (your|that|this|the) (answer|decision|reply|response)\\b",
            "\\bwhere did (you|that answer) (get|come)\\b");

    private ExplanationRequestDetector() {
    }

    public static boolean detect(String text) {
        return WHY.foundIn(Patterns.normalize(text));
    }
}
