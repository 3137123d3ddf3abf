package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * People, places and NRP from the learned {@link NameModel}: one pass over the scan's word tokens. A span is a
 * run of tokens with the same type (B then I labels); its score is the model's mean probability over the run,
 * so the request's threshold trades recall for precision as for every other recogniser.
 */
public final class NameModelRecognizer implements Recognizer {

    private final NameModel model;

    public NameModelRecognizer(NameModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "NameModelRecognizer";
    }

    @Override
    public Set<String> types() {
        return Set.of("PERSON", "LOCATION", "NRP");
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public String validator() {
        return "perceptron";
    }

    /** The model has already weighed the words around each span. */
    @Override
    public boolean scoresOwnContext() {
        return true;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        List<Tokens.Token> tokens = scan.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        // Our own tags ("<PERSON_1>") are not words of the text: the model reads around them.
        java.util.BitSet tags = scan.hasLessThan() ? Analyzer.tags(scan.text()) : null;
        if (tags != null) {
            tokens = tokens.stream().filter(t -> !tags.get(t.start())).toList();
        }
        // Words inside an e-mail address, a URL or a host name are that entity's, not a name or a place.
        java.util.BitSet links = scan.hasAt() || scan.hasSlash() || scan.hasDot() ? links(scan.text()) : null;
        LanguagePack.ContextWords companies = scan.pack().words("@person.not-before");
        NameModel.Sentence sentence = model.sentence(scan, tokens);
        NameModel.Tagging tagging = model.tag(sentence);
        int[] labels = tagging.labels();
        float[] confidence = tagging.confidence();
        int i = 0;
        while (i < labels.length) {
            int label = labels[i];
            if (label == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            double sum = confidence[i];
            while (j < labels.length && labels[j] == label + (label % 2 == 1 ? 1 : 0)
                    && (links == null || !links.get(sentence.token(j).start()))
                    && joined(scan.text(), sentence.token(j - 1).end(), sentence.token(j).start())) {
                sum += confidence[j];
                j++;
            }
            String type = NameModel.TYPES[label];
            int start = sentence.token(i).start();
            if (links != null && links.get(start)) {
                i = j;
                continue;
            }
            // "Drake PLC", "Mayo Road": a company or street word right after the run makes it no person.
            if (type.equals("PERSON") && j < sentence.size() && sentence.token(j).start() - sentence.token(j - 1).end() <= 2
                    && companies.words().contains(scan.lower().substring(sentence.token(j).start(), sentence.token(j).end()))) {
                i = j;
                continue;
            }
            out.add(new Candidate(type, start, sentence.token(j - 1).end(), sum / (j - i), this, "perceptron"));
            i = j;
        }
    }

    /** A name or place spans blanks and the dot of an initial ("J. R. Smith"), never a line, a digit or a comma. */
    private static boolean joined(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** The blank-separated chunks of the text that hold '@', "//" or "www.", in one pass. */
    static java.util.BitSet links(String text) {
        java.util.BitSet bits = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean link = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '@' || c == '/' && i + 1 < n && text.charAt(i + 1) == '/' || c == '.' && i >= start + 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                    link = true;
                }
                i++;
            }
            if (link) {
                if (bits == null) {
                    bits = new java.util.BitSet(n);
                }
                bits.set(start, i);
            }
        }
        return bits;
    }
}
