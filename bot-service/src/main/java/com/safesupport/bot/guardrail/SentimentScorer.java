package com.safesupport.bot.guardrail;

/**
 * A coarse frustration score of one message in [0, 1]: the pipeline watches its trend across turns rather
 * than reacting to a single complaint.
 */
public final class SentimentScorer {

    private static final Patterns STRONG = Patterns.of(
            "\\b(useless|hopeless|pointless|ridiculous|unacceptable|disgrace\\w*|outrage\\w*|furious|livid|fed up|sick of|had enough|waste of (my )?time|worst|terrible|awful|horrible|appalling|pathetic|joke)\\b",
            "\\b(not|isn't|doesn't|don't|didn't|aren't|wasn't) (help|helping|helpful|work|working|answer\\w*|understand\\w*)\\b",
            "\\b(you('re| are)? (not listening|going in circles)|makes no sense|that's not what i asked|not what i asked)\\b",
            "\\b(nutzlos|unverschämt|frechheit|unmöglich|sinnlos)\\b");
    private static final Patterns MILD = Patterns.of(
            "\\b(frustrat\\w*|annoy\\w*|angry|upset|disappoint\\w*|confus\\w*|still (waiting|not|haven't|no)|again|already (told|asked|said)|seriously|come on|ugh+|argh+)\\b",
            "\\?{2,}|!{2,}");

    private SentimentScorer() {
    }

    /** 0 is calm; 1 is clearly frustrated. A message of three or more shouted words counts as frustrated too. */
    public static double frustration(String text) {
        String t = Patterns.normalize(text);
        double score = 0.6 * STRONG.countIn(t) + 0.3 * MILD.countIn(t);
        if (text.chars().filter(Character::isUpperCase).count() > 12
                && text.replaceAll("[^\\p{L}]", "").chars().allMatch(c -> !Character.isLowerCase(c))) {
            score += 0.4;
        }
        return Math.min(1.0, score);
    }

    public static boolean isFrustrated(String text) {
        return frustration(text) >= 0.5;
    }
}
