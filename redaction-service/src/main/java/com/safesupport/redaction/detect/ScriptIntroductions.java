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

    private enum Script { GEORGIAN, ARMENIAN, ETHIOPIC, CYRILLIC, GREEK, ARABIC, HEBREW, DEVANAGARI }

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
            new Lead("з повагою,", Script.CYRILLIC),
            // Round 53: Greek, Arabic (Arabic, Persian, Urdu), Hebrew and Devanagari (Hindi, Marathi, Nepali) self-introductions.
            new Lead("με λένε", Script.GREEK), new Lead("ονομάζομαι", Script.GREEK), new Lead("λέγομαι", Script.GREEK),
            new Lead("το όνομά μου είναι", Script.GREEK), new Lead("με εκτίμηση,", Script.GREEK),
            new Lead("اسمي", Script.ARABIC), new Lead("إسمي", Script.ARABIC), new Lead("أنا اسمي", Script.ARABIC),
            new Lead("اسم من", Script.ARABIC), new Lead("میرا نام", Script.ARABIC), new Lead("مع تحياتي،", Script.ARABIC),
            new Lead("שמי", Script.HEBREW), new Lead("קוראים לי", Script.HEBREW), new Lead("השם שלי", Script.HEBREW),
            new Lead("मेरा नाम", Script.DEVANAGARI), new Lead("माझे नाव", Script.DEVANAGARI), new Lead("मेरो नाम", Script.DEVANAGARI));

    /** Words that close a self-introduction in the scripts without capitals: "is", "I am", "am called", and "and". */
    private static final Set<String> CLOSERS = Set.of("ነው", "ነኝ", "እባላለሁ", "ይባላል", "እዩ", "እየ", "ვარ", "არის", "და",
            "है", "हूँ", "हूं", "आहे", "हो", "और", "आणि", "و", "است", "ہے", "ו", "הוא", "היא");

    /** Words of the scripts without capitals that no name is: "your", "customer", "here", "new", "old", "the same". */
    private static final Set<String> NOT_NAMES = Set.of("თქვენი", "კლიენტი", "აქ", "ახალი", "ძველი", "იგივე", "ყველა",
            "የእርስዎ", "ደንበኛ", "አዲስ", "እዚህ",
            "هو", "هي", "في", "من", "على", "الجديد", "هنا", "זה", "הוא", "היא", "של", "כאן", "यह", "क्या", "नया", "यहाँ");

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

    /** Round 53: Chinese self-introductions ("I am called", "my name is"), the Han name glued after them. */
    private static final List<String> HAN_LEADS = List.of("我叫", "我名叫", "我的名字是", "我的名字叫", "本人名叫", "我姓名是");

    /** Characters that, right after "我叫", make it "I called / ordered …", no name follows. */
    private static final String NOT_HAN_NAME_START = "了过過车車人你他她它们們的外快出来來去不醒";

    /** Japanese "… and I am called" after the name: "と申します", "といいます", "と言います". */
    private static final List<String> JA_TAILS = List.of("と申します", "といいます", "と言います");

    /** Korean "my name is" before the name, which a copula or "is called" may follow glued. */
    private static final List<String> KO_LEADS = List.of("제 이름은", "내 이름은");

    private static final List<String> KO_TAILS = List.of("입니다", "이에요", "예요", "이고", "이며", "이라고", "라고");

    /**
     * Round 53: names in Han or Hangul after a self-introduction of Chinese, Japanese or Korean, which are written without
     * blanks between words: Chinese "我叫" + two to four Han characters not followed by another Han character; Japanese
     * two to five Han characters (one blank may split family and given name) right before "と申します"; Korean "제 이름은" +
     * two to four Hangul syllables with a copula ("입니다", "이에요" …) glued after them, or alone before punctuation and not
     * ending as a verb does ("…요", "…다"). Each
     * lead-in occurrence reads at most a few characters: linear.
     */
    static void findCjk(Scan scan, List<Candidate> out) {
        if (!scan.hasNonAscii()) {
            return;
        }
        String t = scan.text();
        for (String lead : HAN_LEADS) {
            for (int i = t.indexOf(lead); i >= 0; i = t.indexOf(lead, i + 1)) {
                int s = i + lead.length();
                while (s < t.length() && s - i - lead.length() < 2 && (t.charAt(s) == ' ' || t.charAt(s) == '\u3000')) {
                    s++;
                }
                int e = s;
                while (e < t.length() && e - s <= 4 && han(t.charAt(e))) {
                    e++;
                }
                if (e - s >= 2 && e - s <= 4 && NOT_HAN_NAME_START.indexOf(t.charAt(s)) < 0 && !kana(Chars.at(t, e))) {
                    out.add(new Candidate("PERSON", s, e, NameNeighbours.SCORE, NameNeighbours.SOURCE, null)
                            .withContext("script-introduction"));
                }
            }
        }
        for (String tail : JA_TAILS) {
            for (int i = t.indexOf(tail); i >= 0; i = t.indexOf(tail, i + 1)) {
                int b = i;
                int hans = 0;
                boolean blank = false;
                while (b > 0 && hans <= 5) {
                    char c = t.charAt(b - 1);
                    if (han(c)) {
                        hans++;
                    } else if (!blank && hans > 0 && (c == ' ' || c == '\u3000') && b >= 2 && han(t.charAt(b - 2))) {
                        blank = true;
                    } else {
                        break;
                    }
                    b--;
                }
                if (hans >= 2 && hans <= 5) {
                    out.add(new Candidate("PERSON", b, i, NameNeighbours.SCORE, NameNeighbours.SOURCE, null)
                            .withContext("script-introduction"));
                }
            }
        }
        for (String lead : KO_LEADS) {
            for (int i = t.indexOf(lead); i >= 0; i = t.indexOf(lead, i + 1)) {
                int s = i + lead.length();
                if (Chars.at(t, s) != ' ') {
                    continue;
                }
                s++;
                int e = s;
                while (e < t.length() && e - s <= 10 && hangul(t.charAt(e))) {
                    e++;
                }
                if (e - s > 10) {
                    continue;
                }
                int name = e;
                for (String tail : KO_TAILS) {
                    if (e - s > tail.length() && t.startsWith(tail, e - tail.length())) {
                        name = e - tail.length();
                        break;
                    }
                }
                boolean closed = name < e || (e >= t.length() || ".,!?)\n".indexOf(t.charAt(e)) >= 0) && "요다고서죠네".indexOf(t.charAt(e - 1)) < 0;
                if (closed && name - s >= 2 && name - s <= 4) {
                    out.add(new Candidate("PERSON", s, name, NameNeighbours.SCORE, NameNeighbours.SOURCE, null)
                            .withContext("script-introduction"));
                }
            }
        }
    }

    private static boolean han(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF;
    }

    private static boolean kana(char c) {
        return c >= 0x3041 && c <= 0x30FF;
    }

    private static boolean hangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
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
        if (c >= '\u0370' && c <= '\u03ff' || c >= '\u1f00' && c <= '\u1fff') {
            return Character.isLetter(c) ? Script.GREEK : null;
        }
        if (c >= '\u0620' && c <= '\u064a' || c >= '\u066e' && c <= '\u06d3' || c >= '\u064b' && c <= '\u065f') {
            return Script.ARABIC; // letters and their vowel marks, not the Arabic comma, digits or punctuation
        }
        if (c >= '\u05d0' && c <= '\u05ea' || c >= '\u05b0' && c <= '\u05c2' && c != '\u05be') {
            return Script.HEBREW;
        }
        if (c >= '\u0900' && c <= '\u0963' || c >= '\u0971' && c <= '\u097f') {
            return Script.DEVANAGARI; // letters and vowel signs (not letters to Character.isLetter), not the danda or digits
        }
        return null;
    }

    /** One to three words of {@code script} from {@code s}, single blanks apart: the end of the name, or -1. */
    private static int name(String t, int s, Script script) {
        boolean cased = script == Script.ARMENIAN || script == Script.CYRILLIC || script == Script.GREEK;
        int k = s;
        int end = -1;
        for (int words = 0; words < 3; words++) {
            int e = k;
            while (e < t.length() && e - k <= MAX_WORD && (of(t.charAt(e)) == script
                    || e > k && t.charAt(e) == '-' && e + 1 < t.length() && of(t.charAt(e + 1)) == script)) {
                e++;
            }
            if (e - k < 2 || e - k > MAX_WORD || e < t.length() && (Character.isLetter(t.charAt(e)) || of(t.charAt(e)) != null)) {
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
        if (e >= t.length() || ".,;:!?)\n።፣፤፥፧।॥،؛؟۔".indexOf(t.charAt(e)) >= 0) {
            return true;
        }
        if (t.charAt(e) != ' ') {
            return false;
        }
        int k = e + 1;
        int w = k;
        while (w < t.length() && w - k <= MAX_WORD && (Character.isLetter(t.charAt(w)) || of(t.charAt(w)) != null)) {
            w++;
        }
        return w > k && CLOSERS.contains(t.substring(k, w));
    }
}
