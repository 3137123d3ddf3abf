package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 20: the rest of a Dutch and a Brazilian address line after the street (made-up addresses), the postcodes
 * alone that stay no address, and linear time on the new look-ahead.
 */
class AddressTailsTest {

    private static List<String> found(String text) {
        return AddressShapesTest.found(text);
    }

    @Test
    void dutchLaanStreetsAndThePostcodeAfterThem() {
        assertEquals(List.of("STREET_ADDRESS=Laan van Ommeren 7B, 6821 BD Arnhem"), found("Laan van Ommeren 7B, 6821 BD Arnhem"));
        assertEquals(List.of("STREET_ADDRESS=Laan der Vrijheid 3, 9712 PX Groningen"),
                found("post it to Laan der Vrijheid 3, 9712 PX Groningen, thanks"));
        // The postcode closes the street also without its city.
        assertEquals(List.of("STREET_ADDRESS=Laan van Ommeren 7, 6821 BD"), found("Laan van Ommeren 7, 6821 BD"));
        assertEquals(List.of("STREET_ADDRESS=Kloosterstraat 21, 5611 KT"), found("Kloosterstraat 21, 5611 KT please"));
    }

    @Test
    void aDutchPostcodeAloneIsNoAddress() {
        assertEquals(List.of(), found("order 4813 KL arrived late"));
        assertEquals(List.of(), found("my order 4813 KL Breda"));
    }

    @Test
    void brazilianCityStateAndCepCloseAStreet() {
        assertEquals(List.of("STREET_ADDRESS=Rua das Palmeiras, 310, apto 5, Campinas - SP, 13015-200"),
                found("Rua das Palmeiras, 310, apto 5, Campinas - SP, 13015-200"));
        assertEquals(List.of("STREET_ADDRESS=Rua Padre Anchieta 77, Mogi das Cruzes - SP, CEP: 08780-000"),
                found("Rua Padre Anchieta 77, Mogi das Cruzes - SP, CEP: 08780-000 obrigado"));
        assertEquals(List.of("STREET_ADDRESS=Av. Sete de Setembro 940, Vitória, Salvador, CEP 40060001"),
                found("Av. Sete de Setembro 940, Vitória, Salvador, CEP 40060001"));
        assertEquals(List.of("STREET_ADDRESS=Rua Padre Anchieta 77 - Centro, Recife/PE"), found("Rua Padre Anchieta 77 - Centro, Recife/PE"));
        assertEquals(List.of("STREET_ADDRESS=Rua Padre Anchieta 77, Centro, 08780-000"), found("Rua Padre Anchieta 77, Centro, 08780-000"));
    }

    @Test
    void withoutAStateOrACepThePlacesStayOut() {
        List<String> f = found("Rua Padre Anchieta 77, Centro, Recife");
        assertTrue(f.contains("STREET_ADDRESS=Rua Padre Anchieta 77"), f.toString());
        assertTrue(f.stream().noneMatch(s -> s.contains("Recife")), f.toString());
        // A state code with no place before it is not read as one.
        assertEquals(List.of("STREET_ADDRESS=Rua Padre Anchieta 77"), found("Rua Padre Anchieta 77, SP - 04512-330 units"));
    }

    @Test
    void aCepShapeAloneIsNoAddress() {
        assertEquals(List.of(), found("SP - 04512-330 units"));
        assertEquals(List.of(), found("batch RJ - 20550-013 shipped"));
    }

    @Test
    void theTailsStayLinearOnHostileInput() {
        assertLinear("Rua Vaz Lobo 9, Ab de Cd Ef Gh de Ij, Kl do Mn, Op - SP, CEP 1234 ");
        assertLinear("Rua Vaz Lobo 9, Ab, Cd, Ef, Gh, Ij - Kl - Mn / ");
        assertLinear("Laan van Ommeren 7, 6821 BD Ab Cd Ef Gh Ij ");
        assertLinear("Rua Vaz Lobo 9" + ", Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".repeat(3) + " ");
    }

    private static void assertLinear(String unit) {
        CpuLinearity.assertAnalyzerLinear("round 20 address tails", unit);
    }
}
