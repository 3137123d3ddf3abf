package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 85 (issue 14, branch bh85): a person asked for explicitly in languages beyond the eight the other rules read
 * ({@link PersonAskedInMoreLanguages}, read by {@link HumanRequestDetector#rule}): talking with a person, an agent or a
 * real human, being called back, being put through, with and without diacritics; and look-alikes in the same languages
 * that stay answered — a past report, a question when or at what hours a person can be reached, a person in another
 * sense. Texts made up for this test, not from a dataset or from the written sets.
 */
class Bh85PersonAskedInMoreLanguagesTest {

    /** Per language code of the rule, requests it must read. */
    private static final Map<String, List<String>> REQUESTS = Map.ofEntries(
            Map.entry("da", List.of("Jeg vil gerne snakke med et menneske om mit lån.", "Ring mig op i morgen formiddag.",
                    "Kan du stille mig videre til en rådgiver?", "Kan jeg tale med en rigtig medarbejder")),
            Map.entry("no", List.of("Kan jeg få snakke med en saksbehandler?", "Ring meg tilbake i dag, takk.",
                    "Kan du sette meg over til kundeservice?")),
            Map.entry("sv", List.of("Jag vill prata med en riktig manniska nu.", "Kan ni ringa upp mig efter lunch?",
                    "Koppla mig vidare till en handläggare.")),
            Map.entry("is", List.of("Mig langar að tala við manneskju.", "Viltu hringja í mig á morgun?")),
            Map.entry("fi", List.of("Haluaisin puhua oikean ihmisen kanssa.", "Voisitteko soittaa minulle tänään?",
                    "Yhdistäkää minut asiakaspalvelijalle.", "haluan asiakaspalvelijan")),
            Map.entry("et", List.of("Tahaksin rääkida päris inimesega.", "Palun helistage mulle tagasi.")),
            Map.entry("lv", List.of("Vēlos runāt ar dzīvu cilvēku.", "Lūdzu, atzvaniet man rīt.")),
            Map.entry("lt", List.of("Noriu pasikalbeti su gyvu zmogumi.", "Paskambinkite man po pietų.")),
            Map.entry("pl", List.of("Chce porozmawiac z konsultantem.", "Zadzwoncie do mnie jutro.", "Prosze o oddzwonienie.")),
            Map.entry("cs", List.of("Chci mluvit s živým člověkem.", "Muzete mi nekdo zavolat?", "Prepojte me na operatora.")),
            Map.entry("sk", List.of("Chcem hovorit s operatorom.", "Zavolajte mi prosim.", "Prepojte ma na poradcu.")),
            Map.entry("sl", List.of("Želim govoriti z resnično osebo.", "Pokličite me nazaj, prosim.")),
            Map.entry("hr-sr", List.of("Htio bih razgovarati s pravom osobom.", "Nazovite me molim vas.",
                    "Spojite me sa savjetnikom.", "Želim da razgovaram sa operaterom.", "Желим да разговарам са оператером.")),
            Map.entry("bg", List.of("Искам да говоря с истински човек.", "Моля, обадете ми се днес.")),
            Map.entry("ro", List.of("Vreau sa vorbesc cu o persoana reala.", "Sunati-ma va rog.")),
            Map.entry("hu", List.of("Szeretnék beszélni egy ügyintézővel.", "Egy elo emberrel szeretnek beszelni.", "Kérem, hívjanak vissza.")),
            Map.entry("el", List.of("Θέλω να μιλήσω με έναν άνθρωπο.", "Θελω να μιλησω με εκπροσωπο", "Παρακαλώ καλέστε με.")),
            Map.entry("ca", List.of("Vull parlar amb una persona de veritat.", "Em podeu trucar, si us plau?")),
            Map.entry("eu", List.of("Pertsona batekin hitz egin nahi dut.", "Deitu iezadazue, mesedez.")),
            Map.entry("gl", List.of("Quero falar cunha persoa.", "Chámenme, por favor.")),
            Map.entry("uk", List.of("Хочу поговорити з живою людиною.", "Передзвоніть мені, будь ласка.")),
            Map.entry("ru", List.of("Хочу поговорить с оператором.", "Перезвоните мне пожалуйста.")),
            Map.entry("tr", List.of("Musteri temsilcisiyle gorusmek istiyorum.", "Beni geri arayın lütfen.")));

    /** The same words that ask for nobody: reports, questions about the service, a person in another sense. */
    private static final List<String> LOOK_ALIKES = List.of(
            "Jeg talte med en medarbejder i går, og kortet kommer fredag.",
            "Hvornår kan I ringe mig op?",
            "Når kan dere ringe meg?",
            "Er der en menneskelig fejl i min kontoudskrift?",
            "Kan en anden person hæve penge fra min konto?",
            "Puhuin eilen virkailijan kanssa, kiitos hänelle.",
            "Milloin voin puhua asiakaspalvelijan kanssa?",
            "Mluvil jsem s operátorem a vše je vyřešeno.",
            "Kolik stojí hovor s operátorem?",
            "Razgovarao sam s djelatnikom u poslovnici.",
            "Beszéltem egy ügyintézővel a fiókban, minden rendben.",
            "Оператор сказал, что карта придёт в пятницу.",
            "Ο σύμβουλος μου είπε ότι η κάρτα έρχεται.",
            "Czy mogę przelać pieniądze do innej osoby?",
            "Jag pratade med min bror om lånet.",
            "Kada mogu razgovarati sa savjetnikom?");

    @Test
    void requestsAreReadInEachLanguage() {
        REQUESTS.forEach((language, texts) -> {
            for (String text : texts) {
                // The eight languages' rules may read some first (Polish, Romanian, Swedish, Turkish); any rule hands over.
                Optional<String> rule = HumanRequestDetector.rule(text);
                assertTrue(rule.isPresent(), language + ": " + text);
                assertEquals(Optional.of("person-asked-" + language), PersonAskedInMoreLanguages.rule(Patterns.normalize(text)), text);
            }
        });
    }

    @Test
    void lookAlikesInTheSameLanguagesStayAnswered() {
        for (String text : LOOK_ALIKES) {
            assertEquals(Optional.empty(), HumanRequestDetector.rule(text), text);
        }
    }

    @Test
    void theNewPatternsAreLinearOnHostileInput() {
        for (String unit : List.of("snakke med en ", "puhua ihmisen kanssa ", "να μιλήσω με ", "mluvit s ", "beszélni emberrel ",
                "ring mig ", "aaaa ", "да говоря с ", "yhdistä minut ")) {
            RuleLinearity.assertLinear(unit, t -> PersonAskedInMoreLanguages.rule(Patterns.normalize(t)).isPresent());
        }
    }
}
