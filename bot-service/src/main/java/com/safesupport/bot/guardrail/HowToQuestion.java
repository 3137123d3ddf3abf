package com.safesupport.bot.guardrail;

import java.util.regex.Pattern;

/**
 * Whether a message is one short, ordinary how-to question about the customer's own banking ("How do I read my
 * statement?", "Where can I see my pending payments?", "Wie kann ich meinen Kontoauszug lesen?"), with nothing in it
 * that speaks to the assistant about its instructions, role or output. The injection classifier scored "How do I read
 * my statement?" 0.65 with no rule firing and refused it (issue 14, round 30c): a customer asking how to use their own
 * account must not be refused for the words of the question.
 *
 * <p>All of: at most {@link #MAX_CHARS} characters; one sentence (no sentence mark, colon, semicolon, line break or
 * quotation mark before a closing "?" / "."); it opens with a how-to phrase in English, German, Dutch or French; it
 * names the customer's own banking thing (a possessive and a banking noun); and no word of an injection (ignore,
 * forget, instructions, prompt, rules, pretend, role, say, write, translate, reveal, you are, the bot, du / dich …),
 * so an injection asked as a how-to question ("How do I make you forget your instructions?") is not one. Each test is
 * one regular-expression find without nested repetition: linear in the text.
 */
final class HowToQuestion {

    /** Longer messages carry more than one question; the classifier keeps its say on them. */
    static final int MAX_CHARS = 120;

    private static final Pattern OPENER = compile("^(how (do|can|could|should|would|shall) (i|we)|how to|"
            + "where (do|can|could|should) (i|we)|where (is|are) (my|our)|"
            + "wie (kann|könnte|muss|soll|sehe|finde|lese|ändere) ich|wo (kann|sehe|finde) ich|"
            + "hoe (kan|moet) ik|waar (kan|vind|zie) ik|comment (puis-je|faire pour|je peux|est-ce que je)|où (puis-je|trouver|est mon|est ma))\\b");

    /** One sentence: no sentence mark, colon, semicolon, quotation mark or line break before the closing mark. */
    private static final Pattern ONE_SENTENCE = compile("^[^.?!:;\"“”„«»`\\n]+[?.]?$");

    private static final Pattern OWN = compile("\\b(my|our|mein|meine|meinen|meinem|meiner|meines|unser\\w*|mijn|onze|mon|ma|mes|notre|nos)\\b");

    private static final Pattern BANKING = compile("(account|statement|card|balance|pin|iban|payment|transfer|transaction|"
            + "direct debit|standing order|loan|mortgage|overdraft|limit|fee|charge|saving|deposit|withdrawal|refund|"
            + "cheque|check|app|login|password|address|interest|credit|debit|salary|bill|invoice|"
            + "konto|karte|überweisung|lastschrift|dauerauftrag|kredit|gebühr|zahlung|abbuchung|guthaben|zinsen|"
            + "rekening|pinpas|kaart|overboeking|betaling|saldo|rente|"
            + "compte|carte|virement|prélèvement|relevé|solde|paiement|frais)");

    /** Any word of an injection, or the assistant itself as the object of the question. */
    private static final Pattern INJECTION_WORD = compile("\\b(ignor\\w*|disregard\\w*|forget\\w*|forgot|override\\w*|bypass\\w*|"
            + "instruct\\w*|prompts?|rules?|guidelines?|system|pretend\\w*|roles?|act|acting|behave|persona|character|"
            + "say|tell (you|the)|write|respond|reply|answer|output|print|repeat|translate|poem|story|essay|joke|song|"
            + "reveal|secret|hidden|jailbreak\\w*|developer|mode|hack\\w*|you|you're|yourself|your (own|real|true)|"
            + "bot|chatbot|ai|assistant|model|gpt|llm|"
            + "vergiss|vergessen|ignorier\\w*|anweisung\\w*|regel\\w*|schreib\\w*|sag\\w*|antwort\\w*|rolle|du|dich|dir|dein\\w*|"
            + "negeer|vergeet|instructies|regels|jij|jou|jouw|oublie\\w*|consignes|règles|tu|toi|ton|tes)\\b");

    private HowToQuestion() {
    }

    /** True for one short how-to question about the customer's own banking with no injection word in it. */
    static boolean ordinaryOwnAccountQuestion(String text) {
        String t = Patterns.normalize(text);
        return t.length() <= MAX_CHARS
                && OPENER.matcher(t).find()
                && ONE_SENTENCE.matcher(t).matches()
                && OWN.matcher(t).find()
                && BANKING.matcher(t).find()
                && !INJECTION_WORD.matcher(t).find();
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Patterns.FLAGS);
    }
}
