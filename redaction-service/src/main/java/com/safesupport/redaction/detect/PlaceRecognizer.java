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
        List<Tokens.Token> tokens = Tokens.of(t);
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
                i++;
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
