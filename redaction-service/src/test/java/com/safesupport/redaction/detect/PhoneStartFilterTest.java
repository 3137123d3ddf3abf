package com.safesupport.redaction.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The phone recogniser skips libphonenumber's validation for a national number whose first three digits no number of
 * the region's general description can start with ({@link PhoneRecognizer#starts}). The skip must never reject a
 * number the pattern matches: checked for every region libphonenumber knows, on its example numbers and on random
 * digit strings (fixed seed).
 */
class PhoneStartFilterTest {

    @Test
    void neverRejectsANumberTheGeneralDescriptionMatches() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        var metadata = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        Random random = new Random(11);
        int regions = 0;
        int matched = 0;
        int rejected = 0;
        for (String region : util.getSupportedRegions()) {
            Phonemetadata.PhoneMetadata m = metadata.getMetadataForRegion(region);
            if (m == null || !m.hasGeneralDesc() || !m.getGeneralDesc().hasNationalNumberPattern()) {
                continue;
            }
            regions++;
            String pattern = m.getGeneralDesc().getNationalNumberPattern();
            boolean[] starts = PhoneRecognizer.starts(pattern);
            Pattern general = Pattern.compile(pattern);
            for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
                var example = util.getExampleNumberForType(region, type);
                if (example != null) {
                    String nsn = util.getNationalSignificantNumber(example);
                    if (nsn.length() >= 3) {
                        assertTrue(starts[Integer.parseInt(nsn.substring(0, 3))], region + " " + type);
                        matched++;
                    }
                }
            }
            for (int k = 0; k < 3_000; k++) {
                StringBuilder b = new StringBuilder();
                int length = 3 + random.nextInt(13);
                for (int d = 0; d < length; d++) {
                    b.append((char) ('0' + random.nextInt(10)));
                }
                String nsn = b.toString();
                boolean start = starts[Integer.parseInt(nsn.substring(0, 3))];
                if (general.matcher(nsn).matches()) {
                    assertTrue(start, region + " " + nsn);
                    matched++;
                }
                if (!start) {
                    rejected++;
                }
            }
        }
        assertTrue(regions > 200, "regions checked: " + regions);
        assertTrue(matched > 10_000, "numbers the patterns matched: " + matched);
        // The filter does reject something, or it would save nothing.
        assertTrue(rejected > 100_000, "rejected: " + rejected);
    }

    @Test
    void aStartIsAdmittedExactlyWhenSomeNumberCanFollowIt() {
        boolean[] starts = PhoneRecognizer.starts("[2-9]\\d{9}|800\\d{3}");
        assertTrue(starts[234]);
        assertTrue(starts[800]);
        assertFalse(starts[123]);
        assertFalse(starts[99] /* "099" */);
        assertEquals(1000, starts.length);
    }
}
