package com.safesupport.redaction.detect;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 41's exact savings (docs/redaction-benchmarks.md): the log-user scanner's two gates as vectorised searches, the
 * character classes from bit tables ({@link CharsTest} compares them for all 65,536 chars), the foreign-introduction word
 * test in a cheaper order, a gate in front of the secret-keyword scan. None may change a finding; the engine stays linear on hostile input. Texts are made up.
 */
class RoundFortyOneSpeedTest {

    private static final String[] PIECES = {"wrote", "WROTE", "wrot", "rote", "schrieb", "schrie", "schreef", "schree", "skrev",
            "skre", "a écrit", "ha scritto", "crit", "cri", "escribió", "escrib", "escri", "escreveu", "escreve", "napisał",
            "napisa", "napis", "van ", "van", "Van ", "von ", "Von ", "vo n ", "de la ", "de l", "de ", "De la ", "De l", "Mac ",
            "Mac", "Nic ", "Nice", "Macbook", " ", " ", ", ", ":", "\n", "Ada", "Quist", "x"};

    /** The round-32 one-pass loops, kept here as the definition the vectorised gates must agree with. */
    private static boolean quoteVerbLoop(String l) {
        for (int i = 0; i + 4 <= l.length(); i++) {
            for (String w : List.of("wrote", "schrieb", "schreef", "skrev", "crit", "escrib", "escreveu", "napisa")) {
                if (l.startsWith(w, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean particleLoop(String t) {
        for (int i = 0; i + 4 <= t.length(); i++) {
            for (String p : List.of("van ", "von ", "Van ", "Von ", "de l", "De l", "Mac ", "Nic ")) {
                if (t.startsWith(p, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** On 50,000 random texts of the gates' words, their look-alikes and glued pieces, each gate answers as the loop did. */
    @Test
    void theVectorisedGatesAnswerAsTheOnePassLoops() {
        Random random = new Random(41);
        int quoteOpen = 0;
        int particleOpen = 0;
        for (int t = 0; t < 50_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Scan scan = TextNormalizer.normalize(b.toString(), "en");
            boolean quote = LogUserRecognizer.mayHoldQuoteVerb(scan.lower());
            boolean particle = LogUserRecognizer.mayHoldParticlePair(scan.text());
            assertEquals(quoteVerbLoop(scan.lower()), quote, b::toString);
            assertEquals(particleLoop(scan.text()), particle, b::toString);
            quoteOpen += quote ? 1 : 0;
            particleOpen += particle ? 1 : 0;
        }
        assertTrue(quoteOpen > 5_000 && quoteOpen < 45_000, "both answers of the quote gate: " + quoteOpen);
        assertTrue(particleOpen > 5_000 && particleOpen < 45_000, "both answers of the particle gate: " + particleOpen);
    }

    /**
     * A closed quote gate hides no quote verb (the shared check of rounds 38–39; the particle gate reads the text as
     * written, not its lower case, and is held to the loop above).
     */
    @Test
    void aClosedQuoteGateHidesNoVerb() {
        ExactGates.hideNoMatch(PIECES, 4101, LogUserRecognizer::mayHoldQuoteVerb,
                Pattern.compile("(?i:wrote|schrieb|schreef|skrev|crit|escrib|escreveu|napisa)"));
    }

    /** Every keyword of the secret scan opens its gate, alone, in a sentence and upper-cased (the text's lower case). */
    @Test
    void everySecretKeywordOpensTheGate() {
        for (String k : CodeRecognizers.SecretAfterKeyword.KEYWORDS) {
            assertTrue(CodeRecognizers.SecretAfterKeyword.mayHoldKeyword(k), k);
            assertTrue(CodeRecognizers.SecretAfterKeyword.mayHoldKeyword(
                    TextNormalizer.normalize("My " + k.toUpperCase(java.util.Locale.ROOT) + ": Xy7-qq", "en").lower()), k);
        }
    }

    /** On random texts of the keywords, look-alikes one letter off and glued pieces, a closed gate hides no keyword. */
    @Test
    void aClosedSecretGateHidesNoKeyword() {
        String[] pieces = {"password", "PASSWORD", "passwd", "pwd", "pw", "passcode", "pass code", "PIN code", "pin number", "pin",
                "secret", "api key", "api-key", "api_key", "apikey", "access token", "auth token", "token", "contraseña", "senha",
                "hasło", "haslo", "mot de passe", "Kennwort", "wachtwoord", "salasana", "sifre", "pasword", "pas", "p w", "pi n",
                "secre", "ap i", "toke", "contrase", "senh", "hasł", "kenwort", "wachtword", "salasan", "sifr", " ", " ", ": ", "=",
                " is ", "\n", "Xy7-qq", "hunter2", "x", "the", "my", "card", "order", "please", "reset", "login", "code", "number",
                "key", "access", "auth", "ok", "thanks", "help", "account", "bank", "phone", "mail", "id", "9", "a"};
        StringBuilder words = new StringBuilder();
        for (String k : CodeRecognizers.SecretAfterKeyword.KEYWORDS) {
            words.append(words.isEmpty() ? "" : "|").append(Pattern.quote(k));
        }
        ExactGates.hideNoMatch(pieces, 4103, CodeRecognizers.SecretAfterKeyword::mayHoldKeyword, Pattern.compile("(?i:" + words + ")"));
    }

    @Test
    void secretsAfterTheirKeywordsStillFoundAndLookAlikesNot() {
        covered("my password: Tr0ub4dor&3", "SECRET", "Tr0ub4dor&3");
        covered("Kennwort=Zq8!vLm2p", "SECRET", "Zq8!vLm2p");
        assertNone("my pasword: Tr0ub4dor&3", "SECRET=");
        assertNone("the wachtword is Zq8!vLm2p", "SECRET=");
    }

    @Test
    void quoteHeadersParticleNamesAndForeignIntroductionsStillFoundAndLookAlikesNot() {
        covered("On 12/10/2026 17:02, Ada Quist <ada@example.org> wrote:", "PERSON", "Ada Quist");
        covered("Am 4.11.2026 um 08:55 schrieb Joost Broekhuis <jb@example.org>:", "PERSON", "Joost Broekhuis");
        covered("the account holder is Ilse van der Kloost", "PERSON", "Ilse van der Kloost");
        covered("Guten Tag, hier schreibt Friederike Hallmann", "PERSON", "Friederike Hallmann");
        covered("Bonjour, je m'appelle Ghislaine Marchetti", "PERSON", "Ghislaine Marchetti");
        assertNone("he wrte back, schrie nicht, skre", "PERSON=");
        assertNone("Hallo, hier ist Raum für drei Taschen, danke.", "PERSON=Raum");
        assertNone("Je suis très content du service.", "PERSON");
        assertNone("Hier ist Ihre Bestellung vom Juni.", "PERSON=Ihre");
    }

    @Test
    void theChangedPathsStayLinear() {
        for (String unit : List.of("wrot schri skre escre napis cri van vo de l 1 ", "Ada Quist wrote: van der Mac Nic ",
                "hier ist Zsófia Ólafur Kraków ", "je m'appelle Łódź Ærø 東京 ", "ich bin Xqzv Brrt Mmnn 9 ", "pas pw pi secre ap toke kenwort 7 ", "password: x1 pin 22 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 41 paths 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
