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
        if (scan.tokens().isEmpty()) {
            return;
        }
        NameModel.Sentence sentence = model.sentence(scan);
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
            while (j < labels.length && labels[j] == label + (label % 2 == 1 ? 1 : 0)) {
                sum += confidence[j];
                j++;
            }
            String type = NameModel.TYPES[label];
            out.add(new Candidate(type, sentence.token(i).start(), sentence.token(j - 1).end(), sum / (j - i), this, "perceptron"));
            i = j;
        }
    }
}
