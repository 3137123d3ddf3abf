package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The national identifiers of {@link NationalIdRecognizers}, by their published formats and check digits. Every value
 * here is made up: generated to satisfy (or, one digit changed, to fail) the check, not anybody's number.
 */
class NationalIdTest {

    /** Findings of one type asked for alone, as "value@score". */
    static List<String> of(String text, String type, double threshold) {
        return AnalyzerTest.ANALYZER.analyze(text, new Analyzer.Options("en", Set.of(type), threshold, List.of(), List.of())).stream()
                .map(f -> text.substring(f.start(), f.end()) + "@" + f.score())
                .collect(Collectors.toList());
    }

    static List<String> values(String text, String type) {
        return of(text, type, 0.4).stream().map(v -> v.substring(0, v.indexOf('@'))).toList();
    }

    /** Every finding of the new types at the default threshold with every type asked for. */
    static List<String> national(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> NationalIdRecognizers.TYPES.contains(f.substring(0, f.indexOf('='))))
                .toList();
    }

    @Test
    void australianNumbersByTheirChecksAndGroupings() {
        assertEquals(List.of("70 032 496 685"), values("ABN 70 032 496 685", "AU_ABN"));
        assertEquals(List.of("70032496685@0.3"), of("invoice 70032496685", "AU_ABN", 0));
        assertEquals(List.of("70032496685"), values("our ABN is 70032496685", "AU_ABN"));
        assertEquals(List.of(), of("ABN 70 032 496 686 and 70032496686", "AU_ABN", 0));
        assertEquals(List.of("031 430 154"), values("031 430 154", "AU_ACN"));
        assertEquals(List.of(), of("031 430 155", "AU_ACN", 0));
        assertEquals(List.of("483 400 571"), values("483 400 571", "AU_TFN"));
        assertEquals(List.of(), of("483 400 572", "AU_TFN", 0));
        assertEquals(List.of("3155 16616 0"), values("3155 16616 0", "AU_MEDICARE"));
        assertEquals(List.of(), of("3155 16617 0", "AU_MEDICARE", 0));
        // A group of a longer grouping is not the number ("1 483 400 571").
        assertEquals(List.of(), of("12 483 400 571 9", "AU_TFN", 0));
    }

    @Test
    void bareNumbersWithAWeakCheckNeedTheirContextWord() {
        // One random nine-digit number in eleven passes the TFN check: alone it is an order number, 0.3.
        assertEquals(List.of(), values("order 483400571 shipped", "AU_TFN"));
        assertEquals(List.of("483400571@0.3"), of("order 483400571 shipped", "AU_TFN", 0));
        assertEquals(List.of("483400571@0.65"), of("my tax file number is 483400571", "AU_TFN", 0));
        assertEquals(List.of("538344922359"), values("my aadhaar 538344922359", "IN_AADHAAR"));
        assertEquals(List.of("5383 4492 2359", "5383-4492-2359"), values("5383 4492 2359 or 5383-4492-2359", "IN_AADHAAR"));
        assertEquals(List.of(), of("aadhaar 538344922350", "IN_AADHAAR", 0));
        assertEquals(List.of("85071414367"), values("PESEL 85071414367", "PL_PESEL"));
        assertEquals(List.of(), values("ref 85071414367", "PL_PESEL"));
        assertEquals(List.of(), of("PESEL 85071414368", "PL_PESEL", 0));
        assertEquals(List.of("1104683673221"), values("Thai ID 1104683673221", "TH_TNIN"));
        assertEquals(List.of(), of("Thai ID 1104683673222", "TH_TNIN", 0));
        assertEquals(List.of("08902570459"), values("partita IVA 08902570459", "IT_VAT_CODE"));
        assertEquals(List.of("08902570459@0.3"), of("order 08902570459", "IT_VAT_CODE", 0));
        assertEquals(List.of(), of("08902570450", "IT_VAT_CODE", 0));
    }

    @Test
    void koreanRegistrationNumbersByDateSexDigitAndCheck() {
        assertEquals(List.of("880314-2659413@0.8"), of("880314-2659413", "KR_RRN", 0));
        // Since October 2020 the last digits are random: the date and sex digit still make the shape.
        assertEquals(List.of("880314-2659414@0.5"), of("880314-2659414", "KR_RRN", 0));
        assertEquals(List.of(), of("881314-2659413 880314-5659413 880314+2659413", "KR_RRN", 0));
    }

    @Test
    void codesWithCheckLetters() {
        assertEquals(List.of("74756612B", "74756612-B"), values("DNI 74756612B, 74756612-B", "ES_NIF"));
        assertEquals(List.of(), of("74756612N", "ES_NIF", 0));
        assertEquals(List.of("Y5009051X"), values("Y5009051X", "ES_NIE"));
        assertEquals(List.of(), of("Y5009051Q W5009051X", "ES_NIE", 0));
        assertEquals(List.of("150387-2343", "220611A512C"), values("hetu 150387-2343 and 220611A512C", "FI_PERSONAL_IDENTITY_CODE"));
        // 31 February does not exist; a wrong check character.
        assertEquals(List.of(), of("310287-2343 150387-2344", "FI_PERSONAL_IDENTITY_CODE", 0));
        assertEquals(List.of("S8772036E@0.8"), of("S8772036E", "SG_NRIC_FIN", 0));
        assertEquals(List.of("S8772036D@0.65"), of("NRIC S8772036D", "SG_NRIC_FIN", 0));
        assertEquals(List.of("25155788W"), values("UEN 25155788W", "SG_UEN"));
        assertEquals(List.of(), of("25155788X", "SG_UEN", 0));
        assertEquals(List.of("BNCLRA82M15H501G@0.8"), of("BNCLRA82M15H501G", "IT_FISCAL_CODE", 0));
        assertEquals(List.of("BNCLRA82M15H501H@0.3"), of("BNCLRA82M15H501H", "IT_FISCAL_CODE", 0));
        assertEquals(List.of(), of("BNCLRA82M75H501G BNCLRA82Z15H501G", "IT_FISCAL_CODE", 0));
        assertEquals(List.of("BNCPR8215G"), values("PAN BNCPR8215G", "IN_PAN"));
    }

    @Test
    void gluedToLettersOrDigitsIsNoIdentifier() {
        assertEquals(List.of(), of("ref74756612B x74756612Bz", "ES_NIF", 0));
        assertEquals(List.of(), of("a538344922359 538344922359b 1538344922359", "IN_AADHAAR", 0));
        assertEquals(List.of(), of("no70032496685 70032496685x 70032496685-1", "AU_ABN", 0));
        assertEquals(List.of(), of("xS8772036E S8772036Ex", "SG_NRIC_FIN", 0));
        assertEquals(List.of(), of("XBNCLRA82M15H501G BNCLRA82M15H501GX", "IT_FISCAL_CODE", 0));
        // The Finnish code begins with its date: a letter before it is a typo of a missing blank, a letter after is not.
        assertEquals(List.of("220611A512C"), values("code is220611A512C.", "FI_PERSONAL_IDENTITY_CODE"));
        assertEquals(List.of(), of("220611A512CX 1220611A512C", "FI_PERSONAL_IDENTITY_CODE", 0));
    }

    @Test
    void aPhoneNumberGroupedAsANationalNumberStaysAPhoneNumber() {
        // 612 345 009: a Spanish mobile number in its usual 3-3-3 grouping whose digits also pass the TFN check.
        Analyzer spain = Analyzer.builtIn(List.of("en"), List.of("US", "ES"), List.of());
        for (double threshold : new double[] {0.4, 0.0}) {
            List<String> found = spain.analyze("call me on 612 345 009", Analyzer.Options.defaults("en", threshold)).stream()
                    .map(f -> f.type() + "@" + f.start()).toList();
            assertEquals(List.of("PHONE_NUMBER@11"), found, "threshold " + threshold);
        }
        assertEquals(List.of("612 345 009"), values("my tax file number: 612 345 009", "AU_TFN"));
    }

    @Test
    void ordinarySupportTextIsNoNationalIdentifier() {
        assertEquals(List.of(), national("Order 483400571 shipped on 2024-05-14, total $1,234,567.89, tracking 1104683673221."));
        assertEquals(List.of(), national("Ticket 8803142659413 was merged into 538344922359; refund of 3155166160 cents."));
        assertEquals(List.of(), national("Invoices 70032496685 and 08902570459 are paid."));
        assertEquals(List.of(), national("Call 212 555 0147 or +61 2 9374 4000 between 9:00 and 17:30, invoice INV-20240514-0042."));
    }

    @Test
    void koreanForeignerBusinessAndLicenceNumbers() {
        // Made-up: a foreigner number (sex digit 6) with its check digit, one digit off, and a resident number's sex digit.
        assertEquals(List.of("880317-6417255@0.8"), of("880317-6417255", "KR_FRN", 0));
        assertEquals(List.of("880317-6417256@0.5"), of("880317-6417256", "KR_FRN", 0));
        assertEquals(List.of(), of("880317-2417255 880317-9417255", "KR_FRN", 0));
        assertEquals(List.of(), values("8803176417255", "KR_FRN"));
        assertEquals(List.of("8803176417255"), values("foreigner registration number 8803176417255", "KR_FRN"));
        // Business number: the 3-2-5 grouping with its check digit on its own, bare digits with "BRN".
        assertEquals(List.of("937-15-04828"), values("937-15-04828", "KR_BRN"));
        assertEquals(List.of(), of("937-15-04829", "KR_BRN", 0));
        assertEquals(List.of(), values("9371504828", "KR_BRN"));
        assertEquals(List.of("9371504828"), values("BRN 9371504828", "KR_BRN"));
        // Licence: a regional office (11-26, 28) in the printed grouping; twelve bare digits only with its word.
        assertEquals(List.of("14-19-482716-53", "28 19 482716 53"), values("14-19-482716-53, 28 19 482716 53", "KR_DRIVER_LICENSE"));
        assertEquals(List.of(), of("27-19-482716-53 14-19-48271-53", "KR_DRIVER_LICENSE", 0));
        assertEquals(List.of("141948271653@0.05"), of("141948271653", "KR_DRIVER_LICENSE", 0));
    }

    @Test
    void indianGstinByStateCodePanAndCheckCharacter() {
        // Made-up: state 29, a PAN shape, registration 1, Z, and its check character; one character changed.
        assertEquals(List.of("29KQWPR4821M1ZJ@0.85"), of("29KQWPR4821M1ZJ", "IN_GSTIN", 0));
        assertEquals(List.of("29KQWPR4821M1ZK@0.5"), of("29KQWPR4821M1ZK", "IN_GSTIN", 0));
        // No state 00 or 40, no Z, a registration number 0, no PAN inside: none.
        assertEquals(List.of(), of("00KQWPR4821M1ZJ 40KQWPR4821M1ZJ 29KQWPR4821M1YJ 29KQWPR4821M0ZJ 29KQWP14821M1ZJ", "IN_GSTIN", 0));
    }
}
