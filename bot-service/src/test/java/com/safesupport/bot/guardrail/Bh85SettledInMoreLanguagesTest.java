package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 85 (issue 14, branch bh85): a calm customer who thanks or agrees to wait in the languages of {@link
 * PersonAskedInMoreLanguages} settles the question ({@link FollowUp#settled}, {@link FollowUp#waits}): declining such a
 * message is no failure of the assistant's. A word of contrast, negation or "still" beside it keeps it open, and the
 * present "I am waiting" (also how long one has waited) is no agreeing to wait. Texts made up for this test, not from a
 * dataset or from the written sets.
 */
class Bh85SettledInMoreLanguagesTest {

    private static final List<String> SETTLED = List.of("Díky, to je všechno.", "Kiitos paljon!", "Ok, takk for hjelpen.",
            "Köszönöm szépen", "Ευχαριστώ πολύ", "Mulțumesc frumos.", "Hvala lijepa.", "Moltes gràcies", "Dobre, ďakujem.",
            "Tak for hjælpen!", "Tack så mycket.", "Спасибо большое!", "Teşekkürler.");

    private static final List<String> WAITS = List.of("Dobře, počkám do pondělí.", "Så venter jeg til fredag.",
            "Odotan sitten huomiseen.", "Θα περιμένω.", "Ok, pričekat ću.", "Akkor várok még egy napot.", "Подожду до завтра.",
            "Då väntar jag.", "M'esperaré fins dilluns.");

    private static final List<String> OPEN = List.of("Díky, ale pořád to nefunguje.", "Kiitos, mutta kortti ei toimi.",
            "Tack, men jag har fortfarande inte fått pengarna.", "Köszönöm, de még mindig nem megy.", "Спасибо, но деньги не пришли.",
            "Ευχαριστώ, αλλά δεν λειτουργεί.", "Jeg venter stadig på kortet.", "Čekám už týden.", "Tak, mam pytanie o kartę.");

    @Test
    void thanksAndWaitingSettle() {
        for (String text : SETTLED) {
            assertTrue(FollowUp.settled(text), text);
        }
        for (String text : WAITS) {
            assertTrue(FollowUp.waits(text), text);
            assertTrue(FollowUp.settled(text), text);
        }
    }

    @Test
    void aComplaintOrTheWaitSoFarStaysOpen() {
        for (String text : OPEN) {
            assertFalse(FollowUp.settled(text), text);
            assertFalse(FollowUp.waits(text), text);
        }
    }

    @Test
    void theNewPatternsAreLinearOnHostileInput() {
        // settled() reads at most 120 characters; the patterns themselves are timed here on long texts
        for (String unit : List.of("kiitos ", "ok, ", "díky díky ", "aaaa ", "odotan ")) {
            RuleLinearity.assertLinear(unit, t -> FollowUp.settlingWordsIn(Patterns.normalize(t)));
        }
    }
}
