package com.safesupport.redaction.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Names and places, read once at start-up from the compact files in {@code gazetteers/} (derived from
 * SSA, US Census, the CC0 international name lists and GeoNames by {@code src/build/build-gazetteers.py}).
 * Lookups are by the word as written in title case ("Smith", "New York").
 */
public final class Gazetteer {

    /** What a place is, and how many live there (a proxy for how likely the word means the place). */
    public record Place(String kind, long population) {
    }

    private final Map<String, Float> firstNames;
    private final Map<String, Float> surnames;
    private final Map<String, Place> places;
    private final Set<String> tlds;
    private final int longestPlaceWords;

    private Gazetteer(Map<String, Float> firstNames, Map<String, Float> surnames, Map<String, Place> places, Set<String> tlds) {
        this.firstNames = firstNames;
        this.surnames = surnames;
        this.places = places;
        this.tlds = tlds;
        int longest = 1;
        for (String p : places.keySet()) {
            longest = Math.max(longest, p.split(" ").length);
        }
        this.longestPlaceWords = Math.min(longest, 5);
    }

    public static Gazetteer load() {
        Map<String, Float> first = new HashMap<>(90_000);
        readTsv("gazetteers/first-names.tsv", (k, v) -> first.put(k, Float.parseFloat(v)));
        Map<String, Float> last = new HashMap<>(90_000);
        readTsv("gazetteers/surnames.tsv", (k, v) -> last.put(k, Float.parseFloat(v)));
        Map<String, Place> places = new HashMap<>(60_000);
        readTsv("gazetteers/places.tsv", (k, v) -> {
            int tab = v.indexOf('\t');
            places.put(k, new Place(v.substring(0, tab), Long.parseLong(v.substring(tab + 1))));
        });
        Set<String> tlds = new HashSet<>();
        readTsv("gazetteers/tlds.tsv", (k, v) -> tlds.add(k));
        return new Gazetteer(first, last, places, tlds);
    }

    static void readTsv(String path, BiConsumer<String, String> sink) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(LanguagePack.resource(path), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    sink.accept(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }

    /** log10 of how many people carry this first name (0 when unknown). */
    public float firstName(String titleCase) {
        Float w = firstNames.get(titleCase);
        return w == null ? 0 : w;
    }

    /** log10 of bearers per 100 million (0 when unknown). */
    public float surname(String titleCase) {
        Float w = surnames.get(titleCase);
        return w == null ? 0 : w;
    }

    void forEachFirstName(BiConsumer<String, Float> sink) {
        firstNames.forEach(sink);
    }

    void forEachSurname(BiConsumer<String, Float> sink) {
        surnames.forEach(sink);
    }

    void forEachPlace(BiConsumer<String, Place> sink) {
        places.forEach(sink);
    }

    public Place place(String name) {
        return places.get(name);
    }

    public boolean isTld(String lower) {
        return tlds.contains(lower);
    }

    public int longestPlaceWords() {
        return longestPlaceWords;
    }

    public int size() {
        return firstNames.size() + surnames.size() + places.size();
    }
}
