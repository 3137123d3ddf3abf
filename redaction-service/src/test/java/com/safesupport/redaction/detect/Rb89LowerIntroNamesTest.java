package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 89 (rb89, {@link LowerIntroNames}): a name written all in lower case after an introduction of its language, a
 * label, as a chat log's speaker, before "here" or as a signature after a sign-off is redacted whole. Made-up texts, none
 * from the probe batches; each name below was found only in part (or not at all) before the round. Look-alikes (ordinary
 * words after the same introductions) stay unredacted; linear time with inputs growing ×16.
 */
class Rb89LowerIntroNamesTest {

    @Test
    void aLowerCaseNameAfterAnIntroductionIsReadWhole() {
        // before: nothing, or the given name alone
        covered("bonjour c'est moi, benoît lefebvre-caron, j'ai perdu ma carte", "PERSON", "benoît lefebvre-caron");
        covered("Agent Omar: Hi, I'm Omar, how can I help?\nCustomer: hi omar, this is magnus kjeldsen, card 4111 1111 1111 1111 "
                + "was charged", "PERSON", "magnus kjeldsen");
        covered("hi its me again, deepa krishnan, the courier never came to flat 2", "PERSON", "deepa krishnan");
        covered("oi, sou a fernanda costa de oliveira, meu pedido não chegou", "PERSON", "fernanda costa de oliveira");
        covered("hello, na me chukwudi okeke-obi, abeg check my account", "PERSON", "chukwudi okeke-obi");
        covered("hola, me llamo iñaki etxeberria, no funciona mi cuenta", "PERSON", "iñaki etxeberria");
    }

    @Test
    void aNamingIntroductionOrALabelReadsNamesTheGazetteerDoesNotKnow() {
        // "mijn naam is", "naitwa", "jina langu ni", "en peyar", "holder:": a naming phrase, the run ends its clause
        covered("goedemiddag, mijn naam is thijmen verhoeckx, ik heb een vraag", "PERSON", "thijmen verhoeckx");
        covered("Habari, naitwa njambi wairimu-kiprono, tafadhali nipigie.", "PERSON", "njambi wairimu-kiprono");
        covered("Habari, jina langu ni achieng odhiambo, nina tatizo.", "PERSON", "achieng odhiambo");
        covered("vanakkam, en peyar meenakshi ramalingam. please call me", "PERSON", "meenakshi ramalingam");
        covered("card 4111 1111 1111 1111, holder: hans-peter grünewald", "PERSON", "hans-peter grünewald");
        covered("card 4111 1111 1111 1111, holder: lena-marie oberländer", "PERSON", "lena-marie oberländer");
    }

    @Test
    void aChatSpeakerATrailerAndASignatureAreReadWhole() {
        // before: the given name alone, or nothing
        covered("[09:14] callum mcallister-reid: my router is dead\n[09:15] Agent Sara: sorry to hear that", "PERSON",
                "callum mcallister-reid");
        covered("[09:14] torsten weißhaupt: hallo, meine karte ist gesperrt\n[09:15] Agentin Mia: Hallo", "PERSON",
                "torsten weißhaupt");
        covered("[10:02] customer: hi, kofi mensah-bonsu here\n[10:02] agent Lee: Hi Kofi, how can I help?", "PERSON",
                "kofi mensah-bonsu");
        covered("Molim povrat na HR1210010051863000160, hvala, zoran šimunović", "PERSON", "zoran šimunović");
    }

    @Test
    void ordinaryWordsAfterTheSameIntroductionsStayOut() {
        assertNoPerson("ik ben erg blij met de service", "blij");
        assertNoPerson("je suis désolé pour le retard de paiement", "désolé");
        assertNoPerson("sou cliente há dez anos e nunca tive problema", "cliente");
        assertNoPerson("it's broken again, please help", "broken");
        assertNoPerson("this is urgent please call back", "urgent");
        assertNoPerson("im doin good today, thanks", "doin");
        assertNoPerson("its ok cos no worries", "ok cos");
        assertNoPerson("my name is spelled wrong on the bill", "spelled");
        assertNoPerson("holder: same as above", "same");
        assertNoPerson("thanks, see you soon", "see you");
        assertNoPerson("vietnam sim: +84 912 345 678", "vietnam");
        assertNoPerson("[09:14] support team: we are looking into it", "support team");
        assertNoPerson("mi chiamo sempre la banca di sera", "sempre");
        assertNoPerson("mimi ni mteja wenu wa muda mrefu", "mteja wenu");
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("this is daniel kowalski ", "my name is my name is ", "holder: holder: anna ",
                "[1] anna smith: x\n", "anita sharma here, ", "its its its ", "c'est moi, c'est moi, ", "hvala, ivan ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 89 lower-case names 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            // x16 input must cost less than x40 time: the ratio is per unit of input
            assertTrue(ratio * 16 < 40, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    private static void assertNoPerson(String text, String part) {
        List<String> f = AnalyzerTest.found(text);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON") && x.contains(part)), () -> part + " must stay out: " + f);
    }
}
