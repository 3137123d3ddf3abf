package com.safesupport.bot.guardrail;

import java.util.Optional;

/**
 * Round 76 (bh76, issue 14): where the learned sensitive-topic layer ({@link InputScreen#LEARNED}, no rule category of
 * {@link SensitiveTopicDetector}) is not the reason a message goes to a person. The rule categories are never held back:
 * these shapes only read a message the classifier alone named sensitive.
 * <ul>
 *     <li>{@link #OTHER_GUARD}: another guard already explains the message — a rule of the human-request guard names a
 *     request for a person, and that guard hands it over;</li>
 *     <li>{@link #THIRD_PARTY}: the anger or trouble is about someone else — a shop, seller, airline, hotel, courier,
 *     landlord, a neighbour, a relative, a friend or a colleague ({@link #namesOthers}) — not the customer's own
 *     situation: the learned layer read upset words, and the message goes on to the other guards as any other;</li>
 *     <li>{@link #failingAgain}: the assistant has already failed the customer, and the message says so — the last
 *     reply missed the question or seems unsure ({@link FollowUp#missed}, {@link FollowUp#doubtsReply}), or, after an
 *     unhelpful reply, it presses the question or says the customer is fed up ({@link FollowUp#insistent},
 *     {@link SentimentScorer#exasperated}): the hand-over stays, the assistant failing again is named first.</li>
 * </ul>
 * A partner or an ex is not a third party here: money taken or withheld by one is a sensitive situation of the
 * customer's own. The shapes apply only below {@link #SURE}: a message the classifier is all but certain of (a relative's
 * death, a scam in a relative's name, a threat to the customer) is handed over by the learned layer as before, whoever
 * it names.
 */
public final class LearnedSensitiveHold {

    /** The learned layer's hit left to the human-request guard (one of its rules fired). */
    public static final String OTHER_GUARD = "learned-held:human-request";
    /** The learned layer's hit held back: the trouble is someone else's. */
    public static final String THIRD_PARTY = "learned-held:third-party";
    /** The learned layer's hit handed over with the assistant's failure named first. */
    public static final String FAILING_AGAIN = "learned+failing-again";

    /**
     * The learned layer's score from which none of the shapes holds it back. On the tune sets the look-alikes and the
     * other-reason hand-overs it named sensitive scored 0.78-0.93, the sensitive situations naming a relative 0.99 or more.
     */
    public static final double SURE = 0.95;

    /**
     * Relatives, friends and colleagues with a possessive in the eight languages ("my daughter", "meine Schwester", "mijn
     * buurman" is in {@link FollowUp}'s list, "ma mère", "mi hermano", "mia zia", "meu filho", "moja córka"). Not a partner
     * or an ex.
     */
    private static final Patterns RELATIVES = Patterns.of(
            "\\b(my|our) (mum|mom|mother|dad|father|parents|son|sons|daughter|daughters|kids|children|child|brother|brothers|sister|sisters|uncle|aunt|auntie|cousin|gran|grandma|grandmother|grandad|granddad|grandfather|grandparents|nephew|niece|friend|friends|mate|colleague|colleagues|boss|flatmate|roommate|in-laws|mother-in-law|father-in-law)\\b",
            "\\b(meine?[mnrs]?|unsere?[mnrs]?) (mutter|mama|vater|papa|eltern|sohn|tochter|kinder|kind|bruder|schwester|onkel|tante|cousin|cousine|oma|opa|großmutter|großvater|großeltern|neffe|nichte|freundin|kollege|kollegin|kollegen|chef|chefin|schwiegermutter|schwiegervater)\\b"
                    + "|\\b(mijn|onze|ons) (moeder|mama|vader|papa|ouders|zoon|dochter|kinderen|kind|broer|zus|zuster|oom|tante|neef|nicht|oma|opa|grootmoeder|grootvader|vriendin|collega|baas|schoonmoeder|schoonvader)\\b"
                    + "|\\b(ma|mon|mes|notre|nos) (mère|maman|père|papa|parents|fils|fille|enfants|enfant|frère|sœur|soeur|oncle|tante|cousin|cousine|grand-mère|grand-père|grands-parents|neveu|nièce|amie?|amis|collègue|patron|patronne|belle-mère|beau-père)\\b"
                    + "|\\b(mi|mis|nuestr[oa]s?) (madre|mamá|padre|papá|padres|hijo|hija|hijos|hermano|hermana|tío|tía|primo|prima|abuela|abuelo|abuelos|sobrin[oa]|amig[oa]s?|compañer[oa] de trabajo|jefe|jefa|suegr[oa])\\b"
                    + "|\\b(mia|mio|miei|mie|nostr[aoie]) (madre|mamma|padre|papà|genitori|figlio|figlia|figli|fratello|sorella|zio|zia|cugin[oa]|nonn[oa]|nonni|nipote|amic[oa]|amici|collega|capo|suocer[oa])\\b"
                    + "|\\b(minha|meu|meus|minhas|noss[oa]s?) (mãe|pai|pais|filho|filha|filhos|irmão|irmã|tio|tia|prim[oa]|avó|avô|avós|sobrinh[oa]|amig[oa]s?|colega|chefe|sogr[oa])\\b"
                    + "|\\b(moj\\w*|mój|nasz\\w*) (matk\\w*|mam[aąyie]|mamą|ojc\\w*|ojciec|tat[aąyo]|tatą|tacie|rodzic\\w*|syn\\w*|córk\\w*|córce|dzieci\\w*|dzieck\\w*|brat\\w*|siostr\\w*|wuj\\w*|ciotk\\w*|ciocia|ciocią|cioci|kuzyn\\w*|babci\\w*|babcia|dziadk\\w*|dziadek|przyjaci\\w*|koleg\\w*|koleżank\\w*|szef\\w*|teści\\w*|teściow\\w*)\\b");

    /** Shops, sellers and firms named without "the" ("an airline", "that online shop", "a seller on a marketplace"). */
    private static final Patterns FIRMS = Patterns.of(
            "\\b(a|an|that|this|some) (online )?(shop|store|seller|merchant|retailer|airline|hotel|restaurant|company|firm|courier|garage|travel agent|travel agency|website|landlord|estate agent|builder|plumber|insurer)\\b");

    private LearnedSensitiveHold() {
    }

    /**
     * The message names someone other than the bank, the assistant or the customer: a shop, seller, firm or service
     * ({@link FollowUp#namesThirdParty}), a neighbour, a relative (not a partner or an ex), a friend or a colleague.
     */
    public static boolean namesOthers(String text) {
        String t = Patterns.normalize(text);
        return FollowUp.namesThirdParty(text) || RELATIVES.foundIn(t) || FIRMS.foundIn(t);
    }

    /**
     * The assistant has already failed the customer and the message says so: it says the last reply missed the
     * question or seems unsure, or, right after an unhelpful reply ({@code unhelpfulStreak > 0}), it presses the
     * question or says the customer is exasperated.
     */
    public static boolean failingAgain(String text, int unhelpfulStreak, double score) {
        if (score >= SURE) {
            return false;
        }
        return FollowUp.missed(text) || FollowUp.doubtsReply(text)
                || unhelpfulStreak > 0 && (FollowUp.insistent(text) || SentimentScorer.exasperated(text));
    }

    /**
     * Whether the learned layer's hit (its {@code score}) is held back from naming the hand-over, and why
     * ({@link #OTHER_GUARD}: a rule of the human-request guard named a request for a person; {@link #THIRD_PARTY});
     * empty when the learned layer hands over as {@code SENSITIVE_TOPIC} (or, when {@link #failingAgain}, as the
     * assistant's failure first).
     */
    public static Optional<String> held(String text, boolean humanRequestRule, double score) {
        if (score >= SURE) {
            return Optional.empty();
        }
        if (humanRequestRule) {
            return Optional.of(OTHER_GUARD);
        }
        if (namesOthers(text)) {
            return Optional.of(THIRD_PARTY);
        }
        return Optional.empty();
    }
}
