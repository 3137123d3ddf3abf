package com.safesupport.bot.guardrail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Situations a bot must not handle alone: bereavement, financial hardship or vulnerability, self-harm, legal
 * threats, discrimination complaints and fraud in progress. Each goes to a human with higher priority.
 */
public final class SensitiveTopicDetector {

    /** The category names are stable: they appear in decision records and metrics. */
    private static final Map<String, Patterns> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("self-harm", Patterns.of(
                "\\b(kill|hurt|harm) (myself|me)\\b", "\\bsuicid\\w*", "\\bend (my|it all|my own) li(fe|ves)\\b",
                "\\b(don't|do not|dont) want to (live|be alive|go on)\\b", "\\bself[- ]harm\\w*", "\\bno reason to live\\b",
                "\\bumbringen\\b|\\bselbstmord\\b|\\bnicht mehr leben\\b"));
        CATEGORIES.put("bereavement", Patterns.of(
                "\\b(passed away|has died|had died|just died|died|death of|deceased|bereave\\w*|funeral|late (husband|wife|father|mother|partner|son|daughter))\\b",
                "\\b(widow|widower|probate|executor of|estate of)\\b", "\\bverstorben\\w*|\\btodesfall\\b"));
        CATEGORIES.put("financial-hardship", Patterns.of(
                "\\b(can't|cannot|can not|unable to|struggling to) (afford|pay (my|the|for) (rent|bills|mortgage|food|debts?|loan))\\b",
                "\\b(lost my job|been made redundant|unemployed|laid off|bankrupt\\w*|insolven\\w*|evict\\w*|repossess\\w*|debt collectors?|food bank|in debt|drowning in debt|financial (hardship|difficult\\w*|trouble))\\b",
                "\\b(struggling|broke) (financially|with money)\\b", "\\bno money (left|for food)\\b",
                "\\b(schulden|zahlungsunfähig|arbeitslos)\\b"));
        CATEGORIES.put("vulnerability", Patterns.of(
                "\\b(domestic (abuse|violence)|coercive control|my (partner|husband|wife) (controls|takes) my money)\\b",
                "\\b(dementia|alzheimer\\w*|mental health (crisis|problems?|condition)|severe(ly)? (ill|depress\\w*)|terminal(ly)? ill|cancer diagnosis|in hospital)\\b",
                "\\b(being|been) (abused|threatened|coerced)\\b"));
        CATEGORIES.put("legal-threat", Patterns.of(
                "\\b(sue|suing|lawsuit|legal action|take (you|this) to court|my (lawyer|solicitor|attorney)|small claims|ombudsman|regulator|class action)\\b",
                "\\b(anwalt|rechtsanwalt|verklagen|klage einreichen)\\b"));
        CATEGORIES.put("discrimination", Patterns.of(
                "\\bdiscriminat\\w*", "\\b(racis[tm]|sexis[tm]|homophob\\w*|transphob\\w*|ableis[tm])\\b",
                "\\b(because|due to) (of )?(my|i am|i'm) (race|religion|gender|sex|disability|age|ethnicity|nationality|skin colou?r|accent|sexuality)\\b",
                "\\bdiskriminier\\w*"));
        CATEGORIES.put("fraud-in-progress", Patterns.of(
                "\\b(scam|scammed|scammer\\w*|con artist|conned|tricked into|safe account|romance scam|investment scam)\\b",
                "\\bsomeone (is|was) (on the phone|calling|telling) (me|now)?\\b[^.?!]{0,40}\\b(transfer|send|move|pay)\\b",
                "\\b(pressur(e|ed|ing) me|told me) to (transfer|send|move|pay)\\b[^.?!]{0,30}\\b(now|urgently|immediately|today)\\b",
                "\\b(betrug|betrüger|betrogen)\\b"));
    }

    private SensitiveTopicDetector() {
    }

    /** The first sensitive category the text falls in, if any. */
    public static Optional<String> detect(String text) {
        String t = Patterns.normalize(text);
        return CATEGORIES.entrySet().stream().filter(e -> e.getValue().foundIn(t)).map(Map.Entry::getKey).findFirst();
    }
}
