package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Dates and times; a date right after "born", "date of birth" or "DOB" is a {@code DATE_OF_BIRTH}. */
final class DateRecognizer implements Recognizer {

    private final PatternRecognizer shapes;

    DateRecognizer(PatternRecognizer shapes) {
        this.shapes = shapes;
    }

    @Override
    public String name() {
        return shapes.name();
    }

    @Override
    public Set<String> types() {
        return Set.of("DATE_TIME", "DATE_OF_BIRTH");
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        List<Candidate> dates = new ArrayList<>();
        shapes.recognize(scan, dates);
        LanguagePack.ContextWords dob = scan.pack().words("@dob.intro");
        for (Candidate c : dates) {
            String word = dob.findIn(scan.lower(), c.start - 32, c.start);
            if (word != null) {
                out.add(new Candidate("DATE_OF_BIRTH", c.start, c.end, 0.9, this, null).withContext(word));
            } else {
                out.add(c);
            }
        }
    }
}
