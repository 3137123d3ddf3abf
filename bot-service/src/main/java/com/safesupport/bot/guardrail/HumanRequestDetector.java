package com.safesupport.bot.guardrail;

/**
 * A request for a human, direct ("agent", "real person", "call me") or indirect ("this is useless, let me talk
 * to someone"). Never argued with: the pipeline hands over at once. Tuned on bitext's tune split.
 */
public final class HumanRequestDetector {

    private static final String PERSON = "(human|humans|person|people|someone|somebody|some one|somenoe|anyone|anybody|agent|agents|operator|representative|rep|assistant|advisor|adviser|staff|employee|manager|supervisor|real one|live one|being)";

    private static final Patterns REQUEST = Patterns.of(
            "\\b(talk\\w*|speak\\w*|chat\\w*|contact\\w*|reach\\w*|connect\\w*|get through|get hold|put me through|transfer me|escalate)\\b[^.?!]{0,25}\\b(to|with|through)?\\b[^.?!]{0,12}\\b" + PERSON + "\\b",
            "\\b(real|live|actual|human|physical|flesh and blood) (person|human|agent|being|support|representative|operator|advisor|assistance)\\b",
            "\\b(i want|i need|i'd like|i would like|give me|get me|can i have|can i get|let me have|bring me|want|need)\\b[^.?!]{0,12}\\b(a |an |to )?(human|person|agent|representative|operator|manager|supervisor)\\b",
            "\\b(call|phone|ring) me\\b|\\bcall me back\\b|\\bcallback\\b|\\bgive me a (call|ring)\\b",
            "^\\W*(human|agent|operator|representative|real person|person|mensch|mitarbeiter)( please| pls| now| asap)?\\W*$",
            "\\b(human|agent|operator|representative|real person) (please|pls|now)\\b",
            "\\bnot (talk|speak|chat)\\w* (to|with) (a |an )?(bot|machine|robot|ai|computer)\\b",
            "\\b(mit )?(einem|einer) (menschen|mitarbeiter\\w*|echten person|berater\\w*)\\b[^.?!]{0,20}\\b(sprechen|reden|verbinden|chatten)\\b",
            "\\bruf(en sie)? mich (an|zurück)\\b");

    private HumanRequestDetector() {
    }

    public static boolean detect(String text) {
        String t = Patterns.normalize(text);
        return REQUEST.foundIn(t) && !isAboutTransferringMoney(t);
    }

    // "send money to someone" or "transfer to another person" are payments, not requests for a human.
    private static boolean isAboutTransferringMoney(String t) {
        return t.matches(".*\\b(send|sent|sending|transfer|transferred|transferring|pay|paid|paying|top up|money|funds|payment|receive|received|beneficiary|account)\\b.*")
                && !t.matches(".*\\b(talk|speak|chat|human|real person|live agent|call me|operator|representative)\\w*\\b.*");
    }
}
