package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 39's exact gate in front of the user-name pattern (docs/redaction-benchmarks.md): it may not change a finding,
 * and the engine stays linear on hostile input. Texts are made up.
 */
class RoundThirtyNineSpeedTest {

    /** Every character RE2/J's case-insensitive match takes for a letter of the user-name words is that letter in the lower case. */
    @Test
    void theHandleGateKnowsEveryCaseOfItsLetters() {
        ExactGates.knowEveryCaseOfEachLetter(HandleRecognizer::mayHoldHandleWord);
    }

    /** On random texts of user-name words, their look-alikes and odd cases, a closed gate never hides a match of the pattern. */
    @Test
    void aClosedHandleGateHidesNoMatch() {
        String[] pieces = {"username", "USERNAME", "User Name", "user id", "UserID", "login", "LOG-IN", "Handle", "gamertag",
                "Gamer Tag", "nickname", "NIC\u212ANAME", "screen name", "Benutzername", "Nutzername", "gebruikersnaam",
                "nom d'utilisateur", "Identifiant", "pseudo", "P\u017FEUDO", "u\u017Fername", "nombre de usuario", "nome utente",
                "use", "usr", "logn", "log in", "handl", "game tag", "nic", "scren", "nutzer", "gebruiker", "utilisat", "identif",
                "psudo", "usuari", "utent", "name", " ", " ", ": ", " is ", " ist ", " = ", "\n", ".", "@", "jo_b77", "kai.m",
                "rhys99", "Night_Owl", "x"};
        ExactGates.hideNoMatch(pieces, 39, HandleRecognizer::mayHoldHandleWord, HandleRecognizer.AFTER_WORD);
    }

    /** Every user-name word of the pattern opens the gate, in any ASCII case. */
    @Test
    void everyWordOfThePatternOpensTheGate() {
        for (String w : List.of("username", "user name", "user id", "userid", "login", "log-in", "handle", "gamertag", "gamer tag",
                "nickname", "screen name", "benutzername", "nutzername", "gebruikersnaam", "nom d'utilisateur", "identifiant",
                "pseudo", "nombre de usuario", "nome utente")) {
            assertTrue(HandleRecognizer.AFTER_WORD.matcher(w.toUpperCase(java.util.Locale.ROOT) + ": jo_b77").find(), w);
            assertTrue(HandleRecognizer.mayHoldHandleWord(TextNormalizer.normalize("My " + w.toUpperCase(java.util.Locale.ROOT),
                    "en").lower()), w);
        }
    }

    /** The recogniser itself, behind its gate (the analyser may give the same span to a PERSON finding instead). */
    private static List<String> handles(String text) {
        Scan scan = TextNormalizer.normalize(text, "en");
        List<Candidate> out = new java.util.ArrayList<>();
        new HandleRecognizer().recognize(scan, out);
        return out.stream().map(c -> c.type + "=" + scan.text().substring(c.start, c.end)).toList();
    }

    @Test
    void handlesAfterTheirWordsStillFoundAndLookAlikesNot() {
        assertEquals(List.of("USERNAME=dkw_analyst77"), handles("USERNAME: dkw_analyst77"));
        assertEquals(List.of("USERNAME=Frost_Vale"), handles("my Gamer Tag is Frost_Vale"));
        assertEquals(List.of("USERNAME=lidia.ferro"), handles("nome utente: lidia.ferro"));
        assertEquals(List.of("USERNAME=rhys_o99"), handles("NIC\u212ANAME = rhys_o99"));
        assertEquals(List.of(), handles("my usr is dkw_analyst77"));
        assertEquals(List.of(), handles("the handl is Frost_Vale"));
        assertEquals(List.of(), handles("screenshot name: lidia.ferro"));
        covered("the gamer tag on my console is Vortex_Kai", "USERNAME", "Vortex_Kai");
        assertNone("the handl is Frost_Vale", "USERNAME=");
    }

    @Test
    void theNewPathsStayLinear() {
        for (String unit : List.of("usr logn handl nic scren pseud 1 ", "Zxqv Wyvvb Qorp Lumm 9 ", "user user: a_b ",
                "login is x_1 handle ", "dear Zsófia Ólafur Kraków ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 39 paths 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
