package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Map;

/**
 * The shipped lists and name model (names, places, common words, context words, the model's weights and lexicon)
 * and the phone recogniser's tables of the default regions, read and parsed once per process. A native executable
 * initialises this class while the image is built ({@code --initialize-at-build-time} in application.properties): the
 * parsed tables are then part of the image heap and start-up reads and parses nothing (1.7 s of the native start
 * before; the phone tables, libphonenumber's metadata of 37 regions and 32,000 pattern matches, came later). On the
 * JVM it loads on first use, as before. Only immutable data lives here; languages without a bundled pack load on
 * demand.
 */
final class BuiltInData {

    /** The languages whose context lists and common words are bundled (resources {@code context/<language>}). */
    static final String BUNDLED_LANGUAGE = "en";

    static final Gazetteer GAZETTEER = Gazetteer.load();
    static final LanguagePack ENGLISH = LanguagePack.load(BUNDLED_LANGUAGE);
    static final NameModel ENGLISH_NAMES = NameModel.load(GAZETTEER, ENGLISH);
    /** Rounds rm3/rm4: the support model, read only through {@link SupportNameGate} (and {@link PersonContext}). */
    static final NameModel ENGLISH_SUPPORT_NAMES = NameModel.loadSupport(ENGLISH_NAMES);
    /** The phone recogniser's tables of the default regions (libphonenumber's metadata and patterns, run once). */
    static final Map<String, PhoneRecognizer.RegionTables> PHONE_REGIONS =
            PhoneRecognizer.RegionTables.of(List.of(PhoneRecognizer.DEFAULT_REGIONS.split(",")));

    private BuiltInData() {
    }

    static LanguagePack pack(String language) {
        return BUNDLED_LANGUAGE.equals(language) ? ENGLISH : LanguagePack.load(language);
    }

    static Map<String, LanguagePack> packs(Iterable<String> languages) {
        Map<String, LanguagePack> packs = new java.util.HashMap<>();
        for (String language : languages) {
            packs.put(language, pack(language));
        }
        return packs;
    }
}
