package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Countries, regions and cities from GeoNames, longest match first ("New York City" before "York").
 * Place names that are also ordinary words or people's names ("Reading", "Mobile", "Jordan") count
 * only after a word like "in", "from" or "near".
 */
public final class PlaceRecognizer implements Recognizer {

    private final Gazetteer gazetteer;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "PlaceRecognizer";
    }

    @Override
    public Set<String> types() {
        return Set.of("LOCATION");
    }

    private static final Set<String> MOVEMENT = Set.of("flew", "fly", "flying", "flies", "moved", "move", "moving", "live", "lives",
            "living", "lived", "grew", "born", "located", "based", "travel", "travelled", "traveled", "traveling", "travelling",
            "trip", "visit", "visited", "visiting", "originally", "up", "come", "comes", "came", "relocated", "stay", "staying", "stayed");
    private static final Set<String> PREPOSITIONS = Set.of("in", "to", "from", "near", "at");

    /**
     * Villages no list holds: capitalised, un-English words right after "flew to", "grew up in", "lives in".
     * @return the index of the next token to look at
     */
    private int unlistedPlace(String t, List<Tokens.Token> tokens, int i, LanguagePack pack, List<Candidate> out) {
        if (i < 2) {
            return i + 1;
        }
        Tokens.Token prep = tokens.get(i - 1);
        Tokens.Token verb = tokens.get(i - 2);
        if (!PREPOSITIONS.contains(prep.lower()) || !MOVEMENT.contains(verb.lower()) || tokens.get(i).start() - prep.end() > 2) {
            return i + 1;
        }
        int j = i;
        while (j < tokens.size() && j < i + 3 && tokens.get(j).capitalized() && pack.commonness(tokens.get(j).lower()) > 50
                && gazetteer.firstName(tokens.get(j).titleCase()) < 3.0f && (j == i || Tokens.adjacent(t, tokens.get(j - 1), tokens.get(j)))) {
            j++;
        }
        if (j > i) {
            out.add(new Candidate("LOCATION", tokens.get(i).start(), tokens.get(j - 1).end(), 0.6, this, null).withContext(verb.lower() + " " + prep.lower()));
            return j;
        }
        return i + 1;
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public String validator() {
        return "geonames";
    }

    @Override
    public boolean scoresOwnContext() {
        return true;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        String t = scan.text();
        List<Tokens.Token> tokens = scan.tokens();
        LanguagePack pack = scan.pack();
        LanguagePack.ContextWords intro = pack.words("@place.intro");
        int max = gazetteer.longestPlaceWords();
        int i = 0;
        while (i < tokens.size()) {
            Tokens.Token head = tokens.get(i);
            if (!head.capitalized()) {
                i++;
                continue;
            }
            int matchedEnd = -1;
            Gazetteer.Place place = null;
            StringBuilder name = new StringBuilder();
            int last = i;
            for (int k = i; k < tokens.size() && k < i + max; k++) {
                Tokens.Token tok = tokens.get(k);
                if (k > i) {
                    if (!Tokens.adjacent(t, tokens.get(k - 1), tok)) {
                        break;
                    }
                    name.append(' ');
                }
                name.append(tok.titleCase());
                Gazetteer.Place p = gazetteer.place(name.toString());
                if (p == null && k > i && !tok.capitalized()) {
                    // "Stratford upon Avon": lower-case inner words are fine, a lower-case last word is not.
                    continue;
                }
                if (p != null && tok.capitalized()) {
                    place = p;
                    matchedEnd = k;
                }
            }
            if (place == null) {
                i = unlistedPlace(t, tokens, i, pack, out);
                continue;
            }
            last = matchedEnd;
            Tokens.Token tail = tokens.get(last);
            boolean single = last == i;
            double score = switch (place.kind()) {
                case "country" -> 0.85;
                case "region" -> 0.7;
                default -> place.population() >= 1_000_000 ? 0.75 : place.population() >= 100_000 ? 0.6 : 0.5;
            };
            String tc = head.titleCase();
            boolean ambiguous = single && (pack.commonness(head.lower()) <= 50
                    || gazetteer.firstName(tc) >= 3.0f || gazetteer.surname(tc) >= 3.5f);
            String contextWord = null;
            if (i > 0) {
                Tokens.Token prev = tokens.get(i - 1);
                if (head.start() - prev.end() <= 2 && intro.words().contains(prev.lower())) {
                    contextWord = prev.lower();
                }
            }
            if (ambiguous) {
                score = contextWord != null ? Math.max(score - 0.1, 0.5) : 0.2;
                if (head.sentenceStart() && contextWord == null) {
                    score = 0.1;
                }
            } else if (contextWord != null) {
                score = Math.min(1.0, score + 0.1);
            }
            if (head.shape() == Tokens.Shape.UPPER && !"country".equals(place.kind())) {
                score -= 0.1;
            }
            if (score > 0.15) {
                out.add(new Candidate("LOCATION", head.start(), tail.end(), score, this, "geonames").withContext(contextWord));
            }
            i = last + 1;
        }
    }
}
