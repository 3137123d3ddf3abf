package com.safesupport.redaction.detect;

import com.safesupport.redaction.eval.SupportProbe;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written support messages of {@code probes/support-messages.tsv} (made up, no dataset text) as a regression
 * test: what round 14 found stays found, and the messages that hold no personal data name nobody.
 */
class SupportProbeTest {

    @Test
    void handWrittenSupportMessagesKeepTheirRecall() throws IOException {
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load(), 0.4);
        assertTrue(r.expected() >= 90 && r.negatives() >= 25, "the probe set shrank");
        assertTrue(r.recall() >= 0.92, () -> "probe recall " + r.recall() + ", misses: " + String.join("\n", r.misses()));
    }

    @Test
    void roundFifteensBatchKeepsItsRecall() throws IOException {
        // 0.810 before round 15's rules (measured first), 62 / 63 after: the rules were written after reading its misses.
        assertBatchHolds("support-messages-2.tsv", 60, 20, "the second probe set shrank", 0.95, 7);
    }

    @Test
    void roundSixteensBatchKeepsItsRecall() throws IOException {
        // 54 / 72 = 0.750 before round 16's rules (measured first on main's engine), 71 / 72 after: the rules were
        // written after reading its misses.
        assertBatchHolds("support-messages-3.tsv", 70, 20, "the third probe set shrank", 0.95, 2);
    }

    @Test
    void roundSeventeensBatchKeepsItsRecall() throws IOException {
        // 50 / 61 = 0.820 before round 17's rules (measured first on stage's engine, after correcting one label), 60 / 61
        // after: the rules were written after reading its misses.
        assertBatchHolds("support-messages-4.tsv", 60, 15, "the fourth probe set shrank", 0.95, 4);
    }

    @Test
    void roundNineteensBatchKeepsItsRecall() throws IOException {
        // 48 / 71 = 0.676 before round 19's rules (measured first on main's engine, the service's phone regions), 62 / 71
        // after: the rules were written after reading its misses (the rest: Brazilian, Japanese, Dutch, Turkish,
        // Indonesian and Romanian address tails, two lower-case sign-off names, all found since round 21: 71 / 71). This
        // analyzer reads four phone regions only, so the Polish landline is a miss here: 70 / 71.
        assertBatchHolds("support-messages-5.tsv", 70, 23, "the fifth probe set shrank", 0.95, 3);
    }

    @Test
    void roundTwentyOnesBatchKeepsItsRecall() throws IOException {
        // 63 / 86 = 0.733 before round 21's rules (measured first on main's engine, the service's phone regions), 86 / 86
        // after (also with this analyzer's four phone regions): the rules were written after reading its misses.
        assertBatchHolds("support-messages-6.tsv", 85, 23, "the sixth probe set shrank", 0.97, 4);
    }

    @Test
    void roundTwentyTwosBatchKeepsItsRecall() throws IOException {
        // 61 / 70 = 0.871 before round 22's rules (measured first on stage's engine, the service's phone regions), 66 / 70
        // after (also with this analyzer's four phone regions): the rules were written after reading its misses.
        assertBatchHolds("support-messages-7.tsv", 70, 20, "the seventh probe set shrank", 0.94, 1);
    }

    @Test
    void roundTwentyThreesBatchKeepsItsRecall() throws IOException {
        // 65 / 71 = 0.915 before round 23's rules (measured first on main's engine, the service's phone regions), 71 / 71
        // after (also with this analyzer's four phone regions): the rules were written after reading its misses. The 5
        // flagged negatives: places as product names ("Dublin", "Sydney"), times, "Room 4", "Victoria" (not fixed).
        assertBatchHolds("support-messages-8.tsv", 70, 20, "the eighth probe set shrank", 0.98, 0);
    }

    @Test
    void roundTwentyFivesBatchKeepsItsRecall() throws IOException {
        // 74 / 89 = 0.831 before round 25's rules (measured first on main's engine, the service's phone regions), 85 / 89
        // after (also with this analyzer's four phone regions): the rules were written after reading its misses. The 11
        // flagged negatives: places and names as product names, times and days, "Room 12". Round 25b: 86 / 89 (the Dutch
        // floor "-II"), 2 negatives flagged ("3pm" before "in", "Jordan 1"); not held out.
        assertBatchHolds("support-messages-9.tsv", 85, 20, "the ninth probe set shrank", 0.96, 2);
    }

    @Test
    void roundTwentySevensBatchKeepsItsRecall() throws IOException {
        // 70 / 85 = 0.824 before round 27's rules (measured first on stage's engine, the service's phone regions), 84 / 85
        // after: the rules were written after reading its misses (not held out). With this analyzer's four phone regions
        // 80 / 85: the Italian and the Canadian phone, and the South African id and the Danish CPR (which the service's
        // regions cover as PHONE_NUMBER only), stay unfound, with the Ontario licence. The 2 flagged negatives: "Oslo"
        // before "2-seater", "grace period … 15 January".
        assertBatchHolds("support-messages-10.tsv", 85, 23, "the tenth probe set shrank", 0.94, 2);
    }

    @Test
    void roundTwentyEightsBatchKeepsItsRecall() throws IOException {
        // 59 / 94 = 0.628 before round 28's rules (measured first on main's engine, the service's phone regions), 80 / 94
        // after: the rules were written after reading its misses (not held out). With this analyzer's four phone regions
        // 78 / 94: the Polish landline and the Brazilian mobile stay unfound as well. Left: seven addresses (Japanese,
        // Australian "7/23-25", Brazilian, Canadian unit and rural route, Korean), three phones, three names. The 6
        // flagged negatives: places and a tea as product names, "Canada" as a market.
        assertBatchHolds("support-messages-11.tsv", 90, 25, "the eleventh probe set shrank", 0.82, 6);
    }

    @Test
    void roundThirtysBatchKeepsItsRecall() throws IOException {
        // 111 / 125 = 0.888 before round 30's rules (measured first on main's engine, the service's phone regions), 124 / 125
        // after, with this analyzer's four phone regions too: the rules were written after reading its misses (not held
        // out). Left: a lower-case IBAN (not reported by design). The 5 flagged negatives of round 30 are 2 since round 32
        // (a log line's own timestamp and a best-before date no longer read; the item number's ACN and the lot's year went
        // in round 31): "UK" in an order number and a shop's quote header.
        assertBatchHolds("support-messages-12.tsv", 125, 26, "the twelfth probe set shrank", 0.99, 2);
    }

    @Test
    void roundThirtyOnesBatchKeepsItsRecall() throws IOException {
        // 79 / 95 = 0.832 before round 31's rules (measured first on stage's engine, the service's phone regions), 89 / 95
        // after, 93 / 95 after round 32's ("Mme Faure", "(Femke)", a holder's name the model had read as a place, "Flat 2
        // 18 …"). Left: a lower-case pinyin name and "Thanks, Will Pemberton-Shaw". The 2 flagged negatives: a store's
        // city and "pool=10.0.0.0/8" — a CIDR network this batch calls a negative, batch 14 and Presidio an IP.
        assertBatchHolds("support-messages-13.tsv", 95, 26, "the thirteenth probe set shrank", 0.97, 2);
    }

    @Test
    void roundThirtyTwosBatchKeepsItsRecall() throws IOException {
        // 89 / 110 = 0.809 before round 32's rules (measured first on main's engine, the service's phone regions), 110 /
        // 110 after: the rules were written after reading its misses (not held out). The 4 flagged negatives: "Malibu" of
        // a sunglasses case as a name, "Amsterdam" and "Paris" of a bike lock question, a delivery window's time and date,
        // "Expiry 11/2027" of vitamins (a card's expiry date stays a date, so "expiry" vetoes nothing).
        assertBatchHolds("support-messages-14.tsv", 110, 25, "the fourteenth probe set shrank", 0.99, 4);
    }

    @Test
    void roundThirtyThreesBatchKeepsItsRecall() throws IOException {
        // 85 / 93 = 0.914 before round 33's rules (measured first on stage's engine, the service's phone regions), 90 / 93
        // after: the rules were written after reading its misses (not held out). Left: "Begoña" before her surname, "Am
        // Stadtgraben 23, …" (a street without a street word) and a phone after "Name |"; with the test analyzer's four
        // phone regions also the Spanish and one Polish national number (87 / 93 = 0.935). The flagged negatives: store
        // places ("Dublin Flagship Store", "Manchester Arndale", "Stockholm, Gothenburg or Malmö", "Patrick Street"),
        // colours after "in" and a weekday, a month, a sync line's date and "9am" as DATE_TIME.
        assertBatchHolds("support-messages-15.tsv", 93, 25, "the fifteenth probe set shrank", 0.93, 9);
    }

    @Test
    void roundThirtyFoursBatchKeepsItsRecall() throws IOException {
        // 105 / 118 = 0.890 before round 34's rules (measured first on main's engine, the service's phone regions), 113 /
        // 118 after: the rules were written after reading its misses (not held out). Left: a number read digit by digit in
        // comma groups, a spelled postcode, "Seán O'Neill" after a transcript's "CUSTOMER:", "priya" after "msg frm", an
        // Indian address of five parts; with the test analyzer's four phone regions also the Spanish, Polish and
        // Singaporean national numbers (109 / 118 = 0.924). The flagged negatives: dates, weekdays and times as DATE_TIME,
        // places and a city as product names, a hotline and a version string as phones.
        assertBatchHolds("support-messages-16.tsv", 118, 25, "the sixteenth probe set shrank", 0.92, 10);
    }

    @Test
    void roundThirtyFivesBatchKeepsItsRecall() throws IOException {
        // 91 / 111 = 0.820 before round 35's rules (measured first on stage's engine, the service's phone regions), 99 /
        // 111 after: the rules were written after reading its misses (not held out). Left: user names and handles (round 35's
        // user-name rule was reverted after its report run), a chat export's speaker names,
        // a WhatsApp sender's number, "Van der Linden" after "mevrouw", "Chiara" after "collega", "Benedikt" after " - ",
        // a lower-case IBAN split oddly, "60 Kingsway, London …" after "3rd floor,", a German mobile after "Ring me on".
        // The flagged negatives: toll-free numbers and an order number as phones, times and order dates as DATE_TIME,
        // product and coupon words as PERSON, product and room cities as LOCATION.
        assertBatchHolds("support-messages-17.tsv", 111, 25, "the seventeenth probe set shrank", 0.88, 12);
    }

    @Test
    void roundThirtySixsBatchKeepsItsRecall() throws IOException {
        // Everyday traffic to a bank, a shop and a telco: 94 / 95 = 0.989 before round 36's rules (measured first on
        // stage's engine, the service's phone regions), 95 / 95 after (the German mobile "0176 2284 5519" in three groups
        // of four; not held out). With the test analyzer's four phone regions the Spanish, Dutch and Italian phones may
        // go. The flagged negatives: a helpline as a phone, months, weekdays, times and dates as DATE_TIME, countries and
        // a city as LOCATION, "Merci d'avance" as PERSON.
        assertBatchHolds("support-messages-18.tsv", 95, 25, "the eighteenth probe set shrank", 0.95, 9);
    }

    @Test
    void roundThirtySevensBatchKeepsItsRecall() throws IOException {
        // E-commerce, bank, telco and travel traffic, 40 % of it harder (other languages, threads, forms, logs): 91 / 95 =
        // 0.958 held out (measured first on stage's engine, the service's phone regions; no rule written for it). Left: a
        // passport number after its word, "Nguyen, Thi Lan", the German and Spanish dates of birth with a spelled day. The
        // flagged negatives: a tracking id's tail, a helpline and a freephone as phones, destinations and a sofa colour as
        // LOCATION, dates as DATE_TIME, a hamper as NRP, "Guten" and a vase as PERSON.
        assertBatchHolds("support-messages-19.tsv", 95, 25, "the nineteenth probe set shrank", 0.94, 12);
    }

    @Test
    void roundThirtyEightsBatchKeepsItsRecall() throws IOException {
        // Batch 19's weak spots in six languages (passports after a label, surname-first names, spelled days of birth,
        // names that are places, user names): 91 / 107 = 0.850 held out (measured first on main's engine, the service's
        // phone regions), 107 / 107 after round 38's rules (not held out). The flagged negatives: products and tariffs
        // named after places as PERSON or LOCATION, "Lincoln, Nebraska", a weekday as DATE_TIME.
        assertBatchHolds("support-messages-20.tsv", 107, 25, "the twentieth probe set shrank", 0.97, 6);
    }

    @Test
    void roundThirtyNinesBatchKeepsItsRecall() throws IOException {
        // Half ordinary traffic in eight languages, half round 38's leftovers (passports far after their label,
        // surname-first names in prose, form words around values, tariffs named after places, City-State pairs, weekdays,
        // helplines): 90 / 101 = 0.891 held out (main's engine, the service's phone regions), 99 / 101 after round 39's
        // rules (not held out). The flagged negatives left: City-State pairs as LOCATION, weekdays and day-month dates
        // as DATE_TIME, "the Windsor one", "plano", "marche".
        assertBatchHolds("support-messages-21.tsv", 101, 26, "the twenty-first probe set shrank", 0.94, 11); // the test analyzer knows no ES / PL phones: 96 / 101
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-21.tsv"), 0.4);
        System.out.printf("batch 21 with the test analyzer: %d / %d, %d negatives flagged, %d spurious%n", r.found(), r.expected(),
                r.flaggedNegatives(), r.spurious().size());
        assertTrue(r.spurious().size() <= 8, () -> "spurious findings: " + String.join("\n", r.spurious()));
    }

    @Test
    void roundFortysBatchKeepsItsRecall() throws IOException {
        // About two thirds ordinary bank, shop, telco and travel traffic in eight languages, the rest forms, threads, chat
        // logs, foreign addresses, surname-first names, spelled dates of birth, user names, passports and national ids:
        // 94 / 100 = 0.940 held out (stage's engine after rounds 38-39, the service's phone regions); no rule written for
        // it. Left: two user names ("I post as …", "Gamertag:"), a passport with no label, "Apt" of an Irish flat, a
        // month-first spelled date of birth, a chat's lower-case "sunita". The flagged negatives: weekdays, months and a
        // day-month date as DATE_TIME, a country as LOCATION, a tracking id's tail as a phone.
        assertBatchHolds("support-messages-22.tsv", 100, 26, "the twenty-second probe set shrank", 0.92, 8); // the test analyzer knows no ES phones: 93 / 100
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-22.tsv"), 0.4);
        System.out.printf("batch 22 with the test analyzer: %d / %d, %d negatives flagged, %d spurious%n", r.found(), r.expected(),
                r.flaggedNegatives(), r.spurious().size());
        assertTrue(r.spurious().size() <= 22, () -> "spurious findings: " + String.join("\n", r.spurious()));
    }

    @Test
    void roundFortyTwosBatchKeepsItsRecall() throws IOException {
        // Two thirds ordinary bank, shop, telco, travel, utility and insurance traffic in eight languages, a third pasted
        // forms, mail headers, chat logs with lower-case names, foreign addresses, names of many cultures, national ids
        // with and without labels, spelled dates of birth and user names: 94 / 107 = 0.879 held out (stage's engine after
        // rounds 38-41, the service's phone regions); no rule written for it. Left: first names after greetings and
        // lead-ins of five languages, a German street with "Am", a Canadian and a Dutch address only in parts, a
        // lower-case UK postcode in a chat, a name after "attn.", a Vietnamese four-part name, a second surname-first
        // capitals name, an unlabelled PESEL, the "the" before a spelled date. Flagged negatives: foreign question words and
        // a weekday as PERSON, places as LOCATION, months, weekdays and a log date as DATE_TIME. The test analyzer (four
        // phone regions) reads 92 / 107, 11 flagged negatives, 12 spurious: it misses the Spanish mobile and "0171 4428 9036".
        // Round 44 tightened (103 / 107, 8 flagged, 12 spurious with the test analyzer); round 42 set 0.85, 13 and 15.
        assertBatchHolds("support-messages-23.tsv", 107, 25, "the twenty-third probe set shrank", 0.95, 9);
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-23.tsv"), 0.4);
        System.out.printf("batch 23 with the test analyzer: %d / %d, %d negatives flagged, %d spurious%n", r.found(), r.expected(),
                r.flaggedNegatives(), r.spurious().size());
        assertTrue(r.spurious().size() <= 13, () -> "spurious findings: " + String.join("\n", r.spurious()));
    }

    @Test
    void roundFortyFivesBatchKeepsItsRecall() throws IOException {
        // Two thirds ordinary bank, shop, telco, utility and insurance traffic in eight languages, a third aimed at what
        // rounds 38-44 fixed (attention lines, Vietnamese names, lower-case postcodes, an unlabelled PESEL, preposition and
        // adjective streets, a Canadian unit address, self-introductions, user-name lead-ins, a month-first spelled date)
        // and at kinds never probed (Austrian social-security number, Swiss AHV number, Czech birth number, an Eircode,
        // a signature block, capitals surname-first names): 106 / 116 = 0.914 held out (main's engine after rounds
        // 38-44, the service's phone regions; ordinary part 57 / 57, harder part 49 / 59). Bounds at the first look: the
        // test analyzer (four phone regions) reads 105 / 116 = 0.905, 5 flagged negatives, 12 spurious findings. Round 45's
        // rules tightened recall to 0.95 (112 / 116 with the test analyzer, not held out; round 45 first set 0.90); round 47's
        // rules to 0.99 (115 / 116, 2 flagged negatives, 12 spurious with the test analyzer; not held out).
        assertBatchHolds("support-messages-24.tsv", 116, 25, "the twenty-fourth probe set shrank", 0.99, 2);
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-24.tsv"), 0.4);
        System.out.printf("batch 24 with the test analyzer: %d / %d, %d negatives flagged, %d spurious%n", r.found(), r.expected(),
                r.flaggedNegatives(), r.spurious().size());
        assertTrue(r.spurious().size() <= 12, () -> "spurious findings: " + String.join("\n", r.spurious()));
    }

    @Test
    void roundFortySevensBatchKeepsItsRecall() throws IOException {
        // Two thirds ordinary traffic in eight languages with look-alike negatives (product codes, brands that read as places
        // or people, plan names), a third harder: names of many origins in lower case, surname first and after labels,
        // addresses of eight countries with districts, national ids of thirteen countries, spelled-out e-mails and a phone
        // in words: 106 / 115 = 0.922 held out (main's engine after round 46, the service's phone regions; ordinary part
        // 54 / 55, harder part 52 / 60; 7 flagged negatives, 4 spurious findings). Bounds after round 47's rules (not held
        // out): the test analyzer (four phone regions) reads 109 / 115 = 0.948, 7 flagged negatives, 4 spurious findings
        // (the service's regions 111 / 115 = 0.965). Round 48 (a particle surname first, a name after an address's dash):
        // the test analyzer 111 / 115 = 0.965, the service's regions 113 / 115.
        assertBatchHolds("support-messages-25.tsv", 115, 25, "the twenty-fifth probe set shrank", 0.96, 7);
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-25.tsv"), 0.4);
        System.out.printf("batch 25 with the test analyzer: %d / %d, %d negatives flagged, %d spurious%n", r.found(), r.expected(),
                r.flaggedNegatives(), r.spurious().size());
        assertTrue(r.spurious().size() <= 4, () -> "spurious findings: " + String.join("\n", r.spurious()));
    }

    @Test
    void roundFortyEightsBatchKeepsItsRecall() throws IOException {
        // Half ordinary traffic in eight languages with look-alike negatives (a card's last digits, order and part numbers,
        // products named after places or people), half harder: particle surnames first, names after an address's dash and
        // after national ids, lower-case names of several origins, addresses of ten countries, ids of sixteen, spelled-out
        // e-mails, a phone and a date of birth in words: 105 / 129 = 0.814 held out (main's engine after round 47, the
        // service's phone regions; ordinary part 50 / 52, harder part 55 / 77; 6 flagged negatives, 11 spurious findings).
        // Bounds after round 48's rules (not held out): the test analyzer (four phone regions) reads 113 / 129 = 0.876,
        // 6 flagged negatives, 11 spurious findings (the service's regions the same).
        // Round 50 (not held out): 117 / 129 = 0.907 with the test analyzer (the Aadhaar after "aadhaar no" and its name,
        // the lower-case IBAN, the lower-case name after "name on the card is"), bound tightened to 0.90.
        assertBatchHolds("support-messages-26.tsv", 129, 25, "the twenty-sixth probe set shrank", 0.90, 6);
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-26.tsv"), 0.4);
        System.out.printf("batch 26 with the test analyzer: %d / %d, %d negatives flagged, %d spurious%n", r.found(), r.expected(),
                r.flaggedNegatives(), r.spurious().size());
        assertTrue(r.spurious().size() <= 11, () -> "spurious findings: " + String.join("\n", r.spurious()));
    }

    @Test
    void roundFortyNinesBatchKeepsItsRecall() throws IOException {
        // Names of cultures rare in earlier batches (Yoruba, Amharic, Georgian and Armenian in their own scripts, Tamil,
        // Kazakh in Cyrillic, Filipino, Quechua, Maori), lower-case and capitals names, addresses of several countries,
        // one each of 22 national-id types, a phone in words, spelled e-mails: 117 / 140 = 0.836 held out (main's engine
        // after round 48, the service's phone regions; 8 flagged negatives, 14 spurious findings). Bounds after round 49's
        // rules (not held out): the test analyzer (four phone regions) reads 127 / 140 = 0.907, 7 flagged negatives,
        // 14 spurious findings (the service's regions 129 / 140 = 0.921, 8, 14).
        // Round 50 (not held out): 131 / 140 = 0.936 with the test analyzer, bound tightened to 0.93.
        assertBatchHolds("support-messages-27.tsv", 140, 25, "the twenty-seventh probe set shrank", 0.93, 7);
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-27.tsv"), 0.4);
        System.out.printf("batch 27 with the test analyzer: %d / %d, %d negatives flagged, %d spurious%n", r.found(), r.expected(),
                r.flaggedNegatives(), r.spurious().size());
        assertTrue(r.spurious().size() <= 14, () -> "spurious findings: " + String.join("\n", r.spurious()));
    }

    @Test
    void roundFiftysBatchKeepsItsRecall() throws IOException {
        // Batch 28 (ws28): a third ordinary messages, two thirds harder — lower-case IBANs without spaces or on the line
        // after their label, names after labels and closings, 14 national-id types, look-alike negatives (cities,
        // companies, transaction dates): 137 / 144 = 0.951 held out (main's engine after round 49, the service's phone
        // regions; 11 flagged negatives, 18 spurious findings). Bounds after round 50's rules (not held out): the test
        // analyzer (four phone regions) reads 141 / 144 = 0.979, 11 flagged negatives, 18 spurious findings (the
        // service's regions 142 / 144 = 0.986, 11, 18).
        assertBatchHolds("support-messages-28.tsv", 144, 25, "the twenty-eighth probe set shrank", 0.97, 11);
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-28.tsv"), 0.4);
        System.out.printf("batch 28 with the test analyzer: %d / %d, %d negatives flagged, %d spurious%n", r.found(), r.expected(),
                r.flaggedNegatives(), r.spurious().size());
        assertTrue(r.spurious().size() <= 18, () -> "spurious findings: " + String.join("\n", r.spurious()));
    }

    @Test
    void messagesWithoutPersonalDataNameNobody() throws IOException {
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load(), 0.4);
        List<String> people = r.falsePositives().stream().filter(f -> f.startsWith("PERSON=")).toList();
        assertEquals(List.of(), people);
        // the second batch names nobody since round 16 ("price" opening a lower-case sentence was the last one)
        SupportProbe.Result second = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-2.tsv"), 0.4);
        assertEquals(List.of(), second.falsePositives().stream().filter(f -> f.startsWith("PERSON=")).toList());
        // the third: only "Price" opening a capitalised sentence (a capitalised family name alone stays a name)
        SupportProbe.Result third = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load("support-messages-3.tsv"), 0.4);
        assertTrue(third.falsePositives().stream().filter(f -> f.startsWith("PERSON=")).count() <= 1, () -> third.falsePositives().toString());
    }

    /** The batch still has its size, and the analyzer's recall and flagged negatives on it stay within bounds. */
    private static void assertBatchHolds(String file, int minValues, int minNegatives, String shrank, double minRecall,
            int maxFlagged) throws IOException {
        SupportProbe.Result r = SupportProbe.score(AnalyzerTest.ANALYZER, SupportProbe.load(file), 0.4);
        assertTrue(r.expected() >= minValues && r.negatives() >= minNegatives, shrank);
        assertTrue(r.recall() >= minRecall, () -> "probe recall " + r.recall() + ", misses: " + String.join("\n", r.misses()));
        assertTrue(r.flaggedNegatives() <= maxFlagged, () -> "negatives flagged: " + String.join("\n", r.falsePositives()));
    }
}
