package com.safesupport.bot.guardrail;

/**
 * Round 34 (issue 14): what a calm follow-up message does to the conversation, so that a conversation that ends well
 * or moves on is not read as the assistant failing again. A message <em>settles</em> the question when it says the
 * customer is done and content ("that worked", "that's all I needed", "found it in the app", "alles klar", "c'est
 * clair", "todo claro") and asks nothing: no question mark, short, and no word of complaint or contrast ("that worked
 * but it's still wrong" is no settling). A message <em>opens a new topic</em> when it says so in its first words
 * ("another question", "by the way", "one more thing", "forget that", "noch eine Frage", "autre question", "otra
 * cosa"): a reply that cannot help with it is the first failure on that topic, not the second on the last one.
 * Every pattern is a bounded alternation with no nested repetition: linear in the message.
 */
public final class FollowUp {

    /** Longest message read as settling the question (a settling message is short). */
    static final int SETTLED_MAX = 120;
    /** Only the first characters are read for a new topic's opening words. */
    static final int OPENING = 60;

    private static final Patterns SETTLED = Patterns.of(
            "\\b(that|it|this) (worked|works|did it|did the trick|helped|helps|helps a lot|sorted it|fixed it|answers it|answered it|makes sense)\\b"
                    + "|\\b(that's|that is|that was|it's|it is) (all|everything|exactly what|just what) i (needed|wanted|was after)\\b"
                    + "|\\b(that's|that is|it's|it is|all) (clear|sorted|fine|done|solved|resolved)( now)?\\b|\\ball (sorted|good|clear|done)\\b"
                    + "|\\b(found it|got it working|problem solved|no worries|never mind|nevermind|makes sense now)\\b"
                    + "|\\bi('ll| will) (do that|try that|wait|give it a go|have a look|check the app)\\b",
            // German, French, Spanish, Italian, Dutch, Portuguese
            "\\b(das hilft|hat (geklappt|funktioniert)|alles klar|passt schon|erledigt|hab es gefunden)\\b"
                    + "|\\b(c'est (clair|bon|parfait|réglé)|ça (marche|a marché|fonctionne)|tout est (clair|réglé)|j'ai trouvé)\\b"
                    + "|\\b(todo claro|ya está|ya lo (tengo|encontré)|funcionó|ha funcionado|queda claro|perfecto)\\b"
                    + "|\\b(tutto chiaro|ha funzionato|perfetto|risolto)\\b"
                    + "|\\b(het werkt|gelukt|helemaal duidelijk|duidelijk)\\b"
                    + "|\\b(tudo claro|funcionou|resolvido|perfeito)\\b");

    /** A word of complaint, contrast or an open problem beside the settling words. */
    private static final Patterns UNSETTLED = Patterns.of(
            "\\b(not|no|never|nothing|but|still|though|however|yet|except|again|useless|unhelpful|wrong|problem|issue|error|didn't|doesn't|isn't|wasn't|won't|can't|cannot)\\b|n't\\b|\\?"
                    + "|\\b(nicht|kein|keine|aber|noch immer|immer noch|pas|mais|toujours|no|pero|todavía|sigue|non|ma|ancora|niet|geen|maar|nog steeds|não|mas|ainda)\\b");

    private static final Patterns NOT_A_COMPLAINT = Patterns.of("\\b(no (worries|problem)|never ?mind)\\b");

    private static final Patterns NEW_TOPIC = Patterns.of(
            "^\\W*((ok(ay)?|right|alright|thanks|thank you|great|also|and|actually|oh|sorry)\\W+)*"
                    + "(another question|one more (thing|question)|a different (question|thing)|different question|something else|by the way|btw|"
                    + "on another (note|topic|subject)|unrelated|separate question|separately|changing the subject|while i'?m (here|at it)|"
                    + "(forget|never ?mind|ignore) (that|the last (one|question|bit))|"
                    + "noch eine frage|andere frage|eine andere sache|übrigens|"
                    + "(une )?autre question|autre chose|au fait|par ailleurs|"
                    + "otra pregunta|otra cosa|por cierto|"
                    + "un'altra domanda|altra domanda|un'altra cosa|"
                    + "(nog )?een (andere )?vraag|andere vraag|iets anders|trouwens|"
                    + "outra pergunta|outra coisa|a propósito)\\b");

    /**
     * Words that press a question asked again ("so can I or not?", "I asked already", "yes or no", "?!"): the earlier
     * answer did not do, as opposed to a calm rephrasing ("sorry, I meant at a cash machine").
     */
    private static final Patterns INSISTENT = Patterns.of(
            "\\b(or not|yes or no|again|still|already|i (asked|said|told you)|you (said|didn't answer|did not answer)|answer (the|my) question"
                    + "|simple question|just tell me|so (can|do|does|is|are|will|why|what|how|where|when))\\b|\\?\\s*[?!]|![?]");

    private FollowUp() {
    }

    /** The customer says the question is settled and asks nothing more ("Cheers, that worked.", "Alles klar, danke."). */
    public static boolean settled(String text) {
        if (text.length() > SETTLED_MAX) {
            return false;
        }
        String t = Patterns.normalize(text);
        // "no worries", "never mind" and "no problem" settle; their "no" and "never" are no complaint.
        return SETTLED.foundIn(t) && !UNSETTLED.foundIn(NOT_A_COMPLAINT.maskIn(t));
    }

    /** The message presses a question asked again ("So can rewards points pay it or not?"). */
    public static boolean insistent(String text) {
        return INSISTENT.foundIn(Patterns.normalize(text));
    }

    /** The message opens with words that change the topic ("By the way, ...", "Another question: ..."). */
    public static boolean newTopic(String text) {
        String t = Patterns.normalize(text.length() > OPENING ? text.substring(0, OPENING) : text);
        return NEW_TOPIC.foundIn(t);
    }
}
