package com.safesupport.bot.guardrail;

/** Insults and profanity aimed at the assistant or staff. Answered calmly; the conversation is not dropped. */
public final class AbuseDetector {

    private static final Patterns ABUSE = Patterns.of(
            "\\bf+u+c+k+\\w*|\\bf\\*+k\\b|\\bwtf\\b|\\bstfu\\b",
            "\\b(shit\\w*|bullshit|bitch\\w*|bastard\\w*|asshole\\w*|arsehole\\w*|dickhead\\w*|prick|wanker\\w*|cunt\\w*|twat\\w*|motherf\\w*)\\b",
            "\\b(you|u) (are|r|re)? ?(an? )?(idiot|moron|stupid|useless piece|imbecile|retard\\w*|dumb\\w*|pathetic)\\b",
            "\\b(stupid|dumb|useless|idiotic|fucking) (bot|machine|robot|ai|assistant|bank|idiots?)\\b",
            // Round 19: "die in" only with what an English threat puts after it ("die in a fire", "die in hell", "die
            // in your sleep"): the German article and relative pronoun "die" is followed by "in der / dem / den /
            // einem" ("die in der Rechnung genannte Summe"), which never matched these words.
            "\\bscrew (you|this|off)\\b|\\bgo to hell\\b|\\bshut up\\b|\\bdie in (a|an|the|hell|agony|pain|misery|flames|your|ur|their|his|her)\\b",
            "\\b(arschloch|scheiß\\w*|scheiss\\w*|idiot(en)?|vollidiot|fick\\w*)\\b");

    private AbuseDetector() {
    }

    public static boolean detect(String text) {
        return ABUSE.foundIn(Patterns.normalize(text));
    }
}
