package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shape-only identifiers of {@link DocumentShapeRecognizer}: below the default threshold on their own, reported
 * with a word of their type. Every value here is made up to fit (or, one character changed, to miss) the published shape.
 */
class DocumentShapeTest {

    private static List<String> of(String text, String type, double threshold) {
        return NationalIdTest.of(text, type, threshold);
    }

    private static List<String> values(String text, String type) {
        return NationalIdTest.values(text, type);
    }

    /** Every finding of the new types at the default threshold with every type asked for. */
    private static List<String> shapes(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> DocumentShapeRecognizer.TYPES.contains(f.substring(0, f.indexOf('='))))
                .toList();
    }

    @Test
    void indianVoterIdNeedsItsWord() {
        assertEquals(List.of(), values("invoice RKT4082615 is unpaid", "IN_VOTER"));
        assertEquals(List.of("RKT4082615@0.3"), of("invoice RKT4082615 is unpaid", "IN_VOTER", 0));
        // A second letter outside EPIC's series, and lower case: weaker, still found with "voter".
        assertEquals(List.of("qzt5019384@0.2"), of("qzt5019384", "IN_VOTER", 0));
        assertEquals(List.of("RKT4082615"), values("my voter id is RKT4082615", "IN_VOTER"));
        assertEquals(List.of("RQW7730152"), values("EPIC RQW7730152", "IN_VOTER"));
        assertEquals(List.of(), of("voter RKTX082615 and R4082615WZ", "IN_VOTER", 0));
    }

    @Test
    void indianPassportIsALetterAndSevenDigits() {
        assertEquals(List.of(), values("R4829163", "IN_PASSPORT"));
        assertEquals(List.of("R4829163@0.1"), of("R4829163", "IN_PASSPORT", 0));
        assertEquals(List.of("R4829163"), values("passport number R4829163", "IN_PASSPORT"));
        assertEquals(List.of("R48 29163"), values("passport R48 29163", "IN_PASSPORT"));
        // The second and last digits are never 0; lower case is no passport number.
        assertEquals(List.of(), of("R0829163 R4829160 r4829163", "IN_PASSPORT", 0));
    }

    @Test
    void indianVehicleRegistrationByStateAndDistrict() {
        // A state code and one of its RTO district numbers: reported on its own.
        assertEquals(List.of("MH14XY2087"), values("MH14XY2087", "IN_VEHICLE_REGISTRATION"));
        assertEquals(List.of("MH14XY2087@0.5"), of("MH14XY2087", "IN_VEHICLE_REGISTRATION", 0));
        // Karnataka has no district 88; no state is QQ: shapes only, lifted by "registration", "vehicle", "RTO".
        assertEquals(List.of("KA88XY2087@0.3"), of("KA88XY2087", "IN_VEHICLE_REGISTRATION", 0));
        assertEquals(List.of("QQ14XY2087@0.2"), of("QQ14XY2087", "IN_VEHICLE_REGISTRATION", 0));
        assertEquals(List.of("KA88XY2087"), values("vehicle registration KA88XY2087", "IN_VEHICLE_REGISTRATION"));
        // Bharat series and diplomatic plates.
        assertEquals(List.of("23BH4821KM"), values("23BH4821KM", "IN_VEHICLE_REGISTRATION"));
        assertEquals(List.of("77CD4821"), values("77CD4821", "IN_VEHICLE_REGISTRATION"));
        // The old short forms are seen at threshold 0 only; a number 0000 is none.
        assertEquals(List.of("TN4821@0.05", "PQR4821@0.2"), of("TN4821 PQR4821 TN0000", "IN_VEHICLE_REGISTRATION", 0));
        assertEquals(List.of(), of("ABCD482193 mh14xy2087 MH14XY0000", "IN_VEHICLE_REGISTRATION", 0));
    }

    @Test
    void italianDocumentsNeedTheirItalianWords() {
        assertEquals(List.of("ZX4827163K@0.2"), of("ZX4827163K", "IT_DRIVER_LICENSE", 0));
        assertEquals(List.of("U1P37Z48KT"), values("patente U1P37Z48KT", "IT_DRIVER_LICENSE"));
        assertEquals(List.of(), of("U1PA7Z48KT 774827163K", "IT_DRIVER_LICENSE", 0));
        assertEquals(List.of("ZX4827163@0.05"), of("ZX4827163", "IT_PASSPORT", 0));
        assertEquals(List.of("ZX4827163"), values("numero del passaporto ZX4827163", "IT_PASSPORT"));
        assertEquals(List.of("zx 4827163", "4827163ZX", "ZX48271KM"), values("carta d'identità zx 4827163, 4827163ZX, ZX48271KM", "IT_IDENTITY_CARD"));
        assertEquals(List.of(), values("ZX4827163 4827163ZX", "IT_IDENTITY_CARD"));
    }

    @Test
    void orderAndProductCodesOfTheseShapesStayBelowTheDefaultThreshold() {
        assertEquals(List.of(), shapes("Hi, my order INV4082615 (items ZX4827163K, 4827163ZX, ZX48271KM, R4829163) has not arrived"));
        assertEquals(List.of(), shapes("Ticket PQR4821, part TN4821, batch 21B482716C"));
    }

    @Test
    void koreanPassportIsALetterThenDigitsAroundALetter() {
        assertEquals(List.of("M482Q7163@0.1", "s48271635@0.05"), of("M482Q7163 s48271635", "KR_PASSPORT", 0));
        assertEquals(List.of("M482Q7163"), values("Korean passport M482Q7163", "KR_PASSPORT"));
        // Korean particles follow without a blank ("...입니다"); "여권" (passport) lifts it.
        assertEquals(List.of("M482Q7163@0.45"), of("\uC5EC\uAD8C M482Q7163\uC785\uB2C8\uB2E4", "KR_PASSPORT", 0));
        assertEquals(List.of(), of("A482Q7163 M48Q7163 M482QZ163 M4827163 M482716354", "KR_PASSPORT", 0));
    }
}
