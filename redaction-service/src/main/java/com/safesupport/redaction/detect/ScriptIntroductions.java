package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Round 49: a name written in its own script after a self-introduction of that script's language — Georgian ("მე ვარ …",
 * "ჩემი სახელია …"), Armenian ("իմ անունը …", "անունս …"), Amharic and Tigrinya in Ge'ez ("ስሜ …", "ሽመይ …"), Russian,
 * Ukrainian, Kazakh, Bulgarian and Serbian in Cyrillic ("меня зовут …", "менің атым …", "казвам се …"). The name model
 * reads Latin letters only, so these names were not found at all. The name is one to three words wholly of the lead-in's
 * script; in the scripts with capitals (Armenian, Cyrillic) each word capitalised, in the others (Georgian, Ge'ez) the run
 * must end the clause (punctuation, the text's end, or a copula such as Amharic "ነው") and no word may be one of a few
 * function words. Per lead-in occurrence at most three words are read: linear in the text.
 */
final class ScriptIntroductions {

    private enum Script { GEORGIAN, ARMENIAN, ETHIOPIC, CYRILLIC }

    private record Lead(String words, Script script) {
    }

    /** Self-introductions, lower case, each followed by a blank and the name. */
    private static final List<Lead> LEADS = List.of(
            new Lead("მე ვარ", Script.GEORGIAN), new Lead("ჩემი სახელია", Script.GEORGIAN), new Lead("ჩემი სახელი და გვარია", Script.GEORGIAN),
            new Lead("իմ անունը", Script.ARMENIAN), new Lead("անունս", Script.ARMENIAN),
            new Lead("ስሜ", Script.ETHIOPIC), new Lead("ሽመይ", Script.ETHIOPIC),
            new Lead("меня зовут", Script.CYRILLIC), new Lead("моё имя", Script.CYRILLIC), new Lead("мое имя", Script.CYRILLIC),
            new Lead("мене звати", Script.CYRILLIC), new Lead("менің атым", Script.CYRILLIC), new Lead("менің есімім", Script.CYRILLIC),
            new Lead("казвам се", Script.CYRILLIC), new Lead("зовем се", Script.CYRILLIC), new Lead("с уважением,", Script.CYRILLIC),
            new Lead("з повагою,", Script.CYRILLIC));

    /** Words that close a self-introduction in the scripts without capitals: "is", "I am", "am called", and "and". */
    private static final Set<String> CLOSERS = Set.of("ነው", "ነኝ", "እባላለሁ", "ይባላል", "እዩ", "እየ", "ვარ", "არის", "და");

    /** Words of the scripts without capitals that no name is: "your", "customer", "here", "new", "old", "the same". */
    private static final Set<String> NOT_NAMES = Set.of("თქვენი", "კლიენტი", "აქ", "ახალი", "ძველი", "იგივე", "ყველა",
            "የእርስዎ", "ደንበኛ", "አዲስ", "እዚህ");

    private static final int MAX_WORD = 30;

    private ScriptIntroductions() {
    }

    /** Adds a PERSON candidate after each self-introduction of {@link #LEADS} that a name in the same script follows. */
    static void find(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        if (l.length() != t.length()) {
            return;
        }
        for (Lead lead : LEADS) {
            if (!has(t, lead.script())) {
                continue;
            }
            for (int i = l.indexOf(lead.words()); i >= 0; i = l.indexOf(lead.words(), i + 1)) {
                if (i > 0 && Character.isLetter(t.charAt(i - 1))) {
                    continue;
                }
                int s = i + lead.words().length();
                while (s < t.length() && s - i - lead.words().length() < 4 && (t.charAt(s) == ' ' || t.charAt(s) == '\u00a0')) {
                    s++;
                }
                if (s == i + lead.words().length() && !lead.words().endsWith(",")) {
                    continue;
                }
                int e = name(t, s, lead.script());
                if (e > s) {
                    out.add(new Candidate("PERSON", s, e, NameNeighbours.SCORE, NameNeighbours.SOURCE, null)
                            .withContext("script-introduction"));
                }
            }
        }
    }

    /** Whether some letter of {@code t} is of {@code script}: a quick test before the lead-ins are looked for. */
    private static boolean has(String t, Script script) {
        for (int k = 0; k < t.length(); k++) {
            if (of(t.charAt(k)) == script) {
                return true;
            }
        }
        return false;
    }

    private static Script of(char c) {
        if (c >= '\u10a0' && c <= '\u10ff' || c >= '\u1c90' && c <= '\u1cbf') {
            return Script.GEORGIAN;
        }
        if (c >= '\u0531' && c <= '\u0587') {
            return Character.isLetter(c) ? Script.ARMENIAN : null;
        }
        if (c >= '\u1200' && c <= '\u135a') {
            return Character.isLetter(c) ? Script.ETHIOPIC : null;
        }
        if (c >= '\u0400' && c <= '\u04ff') {
            return Character.isLetter(c) ? Script.CYRILLIC : null;
        }
        return null;
    }

    /** One to three words of {@code script} from {@code s}, single blanks apart: the end of the name, or -1. */
    private static int name(String t, int s, Script script) {
        boolean cased = script == Script.ARMENIAN || script == Script.CYRILLIC;
        int k = s;
        int end = -1;
        for (int words = 0; words < 3; words++) {
            int e = k;
            while (e < t.length() && e - k <= MAX_WORD && (of(t.charAt(e)) == script
                    || e > k && t.charAt(e) == '-' && e + 1 < t.length() && of(t.charAt(e + 1)) == script)) {
                e++;
            }
            if (e - k < 2 || e - k > MAX_WORD || e < t.length() && Character.isLetter(t.charAt(e))) {
                break;
            }
            String w = t.substring(k, e);
            if (cased ? !Character.isUpperCase(t.charAt(k)) : CLOSERS.contains(w) || NOT_NAMES.contains(w)) {
                break;
            }
            end = e;
            if (Chars.at(t, e) != ' ' || e + 1 >= t.length() || of(t.charAt(e + 1)) != script) {
                break;
            }
            k = e + 1;
        }
        if (end < 0 || cased) {
            return end;
        }
        return closesClause(t, end) ? end : -1;
    }

    /** After the name: the text's end, punctuation of any of the scripts, or a blank and a {@link #CLOSERS} word. */
    private static boolean closesClause(String t, int e) {
        if (e >= t.length() || ".,;:!?)\n።፣፤፥፧።".indexOf(t.charAt(e)) >= 0) {
            return true;
        }
        if (t.charAt(e) != ' ') {
            return false;
        }
        int k = e + 1;
        int w = k;
        while (w < t.length() && w - k <= MAX_WORD && Character.isLetter(t.charAt(w))) {
            w++;
        }
        return w > k && CLOSERS.contains(t.substring(k, w));
    }
}
