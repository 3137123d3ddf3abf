package com.safesupport.redaction.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.quarkus.runtime.ImageMode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The phone recogniser's tables of the default regions are found once per process ({@link BuiltInData}, in a native
 * executable while the image is built) and shared: they must be exactly what the recogniser finds for a region it has
 * no tables for, and a recogniser built on them must answer as one that found its own.
 */
class PhoneRegionTablesTest {

    @Test
    void defaultRegionsAreTheConfigurationsDefault() throws NoSuchMethodException {
        String configured = com.safesupport.redaction.config.RedactionConfig.class.getMethod("phoneRegions")
                .getAnnotation(io.smallrye.config.WithDefault.class).value();
        assertEquals(configured, PhoneRecognizer.DEFAULT_REGIONS);
    }

    @Test
    void sharedTablesAreWhatTheMetadataGives() {
        List<String> defaults = List.of(PhoneRecognizer.DEFAULT_REGIONS.split(","));
        assertEquals(defaults.size(), BuiltInData.PHONE_REGIONS.size());
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        for (String region : defaults) {
            PhoneRecognizer.RegionTables shared = BuiltInData.PHONE_REGIONS.get(region);
            PhoneRecognizer.RegionTables fresh = PhoneRecognizer.RegionTables.of(util, region);
            assertEquals(fresh.countryCode(), shared.countryCode(), region);
            assertEquals(fresh.trunkPrefix(), shared.trunkPrefix(), region);
            assertEquals(fresh.parsed(), shared.parsed(), region);
            assertArrayEquals(fresh.validLength(), shared.validLength(), region);
            assertArrayEquals(fresh.possibleLength(), shared.possibleLength(), region);
            assertArrayEquals(fresh.validStart(), shared.validStart(), region);
        }
    }

    @Test
    void recogniserOnSharedTablesFindsWhatOneWithItsOwnFinds() {
        List<String> defaults = List.of(PhoneRecognizer.DEFAULT_REGIONS.split(","));
        PhoneRecognizer shared = new PhoneRecognizer(defaults);
        PhoneRecognizer own = new PhoneRecognizer(defaults, Map.of());
        String[] texts = {
            "call +1 415 555 0100 or (415) 555-0199", "020 7946 0958 and 030 123456", "ring 98765 43210 today",
            "(11) 91234-5678 or 01 23 45 67 89", "tel 06 12345678, 0612 345 678, +49 30 1234567", "order 1234567890123"};
        int found = 0;
        for (String text : texts) {
            Scan scan = TextNormalizer.normalize(text, "en").withPack(BuiltInData.ENGLISH);
            List<Candidate> a = new java.util.ArrayList<>();
            List<Candidate> b = new java.util.ArrayList<>();
            shared.recognize(scan, a);
            own.recognize(scan, b);
            assertEquals(describe(b), describe(a), text);
            found += a.size();
        }
        assertTrue(found >= texts.length, "the texts hold phone numbers: " + found);
    }

    private static List<String> describe(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.type + " " + c.start + "-" + c.end + " " + c.baseScore + " " + c.validator
                + " " + c.requiresContext).toList();
    }

    @Test
    void nativeExecutableWarmsUpOnceTheJvmForItsJit() {
        assertEquals(1, DetectionEngine.warmUpRounds(ImageMode.NATIVE_RUN));
        assertEquals(300, DetectionEngine.warmUpRounds(ImageMode.JVM));
    }
}
