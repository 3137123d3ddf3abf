package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

import com.safesupport.redaction.detect.ScriptIntroductions.Script;

/**
 * Round 87: names in scripts other than Latin on strong evidence of that language's own (the name model reads Latin words
 * only). Each reading is bounded to a few characters around one cue, so the whole step is linear in the text:
 * <ul>
 *   <li>Korean: a family name of {@link ScriptIntroductions#KO_SURNAMES} and two syllables (not glued to a syllable
 *   before) that a label word stands before ("이름은", "성명", "고객명", "대표", "예금주" …), that an honorific or a letter's
 *   sign-off follows ("… 고객님", "… 씨", "… 드림"), that a copula follows glued after an earlier sentence or a number
 *   ("… 안 됩니다. 박서준입니다", "910514-1234562 김민준입니다"), or that stands alone at the text's end after an earlier
 *   sentence (a signature). The copula or particle is not part of the name.</li>
 *   <li>Japanese and Chinese: a run of kanji after a name label ("名前は", "氏名", "名義は", "持卡人", "姓名", "收款人" …)
 *   up to punctuation, "です", "さん" or "様"; a family name of the language's commonest and a given name before a title
 *   ("陳家豪先生", "山本 浩二さん"); a family and a given name split by a blank before "です" ("山之内 菜々子です"); a
 *   Japanese family name and a given name alone at the end of a Japanese text after an earlier sentence.</li>
 *   <li>Cyrillic and Greek: two capitalised words not opening a sentence (after a lower-case word, a comma, a colon or a
 *   number), the second with an ending of that language's family names ("Смирнову", "Кузнецовой", "Παπαδάκης"); and
 *   Russian / Ukrainian "я" ("I") with two capitalised words.</li>
 *   <li>Hebrew: "אני" ("I am") or "כאן" ("here is") opening the text or after a greeting, and two words closing the
 *   clause, none a word of {@link #HE_NOT_NAMES}.</li>
 *   <li>Devanagari: "मैं" ("I") or "नाम" ("name") and two or three words closing the clause, the last one of the
 *   commonest North Indian family names ({@link #HI_SURNAMES}).</li>
 * </ul>
 */
final class ScriptNames {

    private ScriptNames() {
    }

    static void find(Scan scan, List<Candidate> out) {
        if (!scan.hasNonAscii()) {
            return;
        }
        String t = scan.text();
        korean(t, out);
        hanLabels(t, out);
        hanTitles(t, out);
        japaneseEnd(t, out);
        cased(t, out);
        hebrew(t, out);
        devanagari(t, out);
    }

    // ---------------------------------------------------------------- Korean

    /** Korean labels a name follows: "name (is)", "full name", "customer name", "representative", "account holder" … */
    private static final List<String> KO_LABELS = List.of("이름은", "이름", "성명", "성함은", "성함", "고객명", "대표자", "대표",
            "예금주", "수취인", "명의자", "담당자", "신청인");

    /** Glued after a name: the copulas and "is … and" ("입니다", "이에요", "이고" …). */
    private static final List<String> KO_GLUED = List.of("입니다", "이에요", "이고", "이며", "이라고");

    /** After a blank: an honorific ("customer", "Mr / Ms") or a letter's sign-off ("from", "respectfully from"). */
    private static final List<String> KO_AFTER = List.of(" 고객님", " 님", " 씨", " 드림", " 올림");

    private static void korean(String t, List<Candidate> out) {
        int n = t.length();
        for (int s = 0; s + 3 <= n; s++) {
            if (ScriptIntroductions.KO_SURNAMES.indexOf(t.charAt(s)) < 0 || s > 0 && ScriptIntroductions.hangul(t.charAt(s - 1))
                    || !ScriptIntroductions.hangul(t.charAt(s + 1)) || !ScriptIntroductions.hangul(t.charAt(s + 2))
                    || t.charAt(s + 2) == '님') {
                continue;
            }
            int e = s + 3;
            boolean bare = e >= n || !ScriptIntroductions.hangul(t.charAt(e));
            boolean glued = !bare && startsWithAny(t, e, KO_GLUED);
            boolean ssi = !bare && t.charAt(e) == '씨' && (e + 1 >= n || !ScriptIntroductions.hangul(t.charAt(e + 1)) || t.startsWith("에게", e + 1));
            if (!bare && !glued && !ssi) {
                continue;
            }
            boolean label = koLabelBefore(t, s);
            boolean honorific = ssi || bare && koHonorificAfter(t, e);
            char before = lastBefore(t, s);
            boolean sentence = before == '.' || before == '!' || before == '?' || before == '。' || before == '\n';
            boolean number = before >= '0' && before <= '9';
            boolean atEnd = bare ? restIsEnd(t, e) : glued && restIsEnd(t, e + gluedLength(t, e));
            // after a label a bare name closes the phrase ("예금주 최유진,"): a blank and a word after it ("이름 변경은 어떻게")
            // may be a noun with its particle
            boolean closed = glued || e >= n || t.charAt(e) != ' ' || e + 1 >= n || !ScriptIntroductions.hangul(t.charAt(e + 1));
            // round 87b (lead): a bare name alone at the end is a signature only after a line break or after a text that
            // gave a number (a phone, an id) or closed with thanks: "빨리 처리해 주세요. 정말로" ("really", made up) is no
            // signature; with a copula glued ("… 윤지호입니다.") it introduces the writer
            boolean signature = sentence && atEnd && (glued || before == '\n' || hasDigit(t, s) || thanksBefore(t, s));
            if (label && closed && !ssi || honorific || glued && number || signature) {
                ScriptIntroductions.add(s, e, out);
            }
        }
    }

    /** Korean thanks that close a letter before its signature: "thank you" (formal, polite), "take care". */
    private static final List<String> KO_THANKS = List.of("감사합니다", "고맙습니다", "감사해요", "고마워요", "수고하세요");

    /** The sentence before {@code s} (past blanks and one full stop or "!") is one of {@link #KO_THANKS}. */
    private static boolean thanksBefore(String t, int s) {
        int k = s;
        while (k > 0 && s - k < 4 && " \n.!".indexOf(t.charAt(k - 1)) >= 0) {
            k--;
        }
        for (String w : KO_THANKS) {
            if (k >= w.length() && t.startsWith(w, k - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String t, int end) {
        for (int k = 0; k < end; k++) {
            char c = t.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A label of {@link #KO_LABELS} (not glued to a syllable before it) right before {@code s}, with a colon or blanks. */
    private static boolean koLabelBefore(String t, int s) {
        int k = s;
        while (k > 0 && s - k < 3 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ':')) {
            k--;
        }
        if (k == s) {
            return false;
        }
        for (String w : KO_LABELS) {
            int b = k - w.length();
            if (b >= 0 && t.startsWith(w, b) && (b == 0 || !ScriptIntroductions.hangul(t.charAt(b - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean koHonorificAfter(String t, int e) {
        for (String w : KO_AFTER) {
            if (t.startsWith(w, e)) {
                int f = e + w.length();
                boolean signOff = w.equals(" 드림") || w.equals(" 올림");
                return signOff ? restIsEnd(t, f) : f >= t.length() || !ScriptIntroductions.hangul(t.charAt(f)) || w.endsWith("님");
            }
        }
        return false;
    }

    /**
     * Before {@code s}, past one to three blanks: the character that ends the earlier text (a sentence's ". ", "!", "。",
     * a number's last digit), {@code '\n'} when a line break is among the blanks, {@code '\0'} when nothing or no blank.
     */
    private static char lastBefore(String t, int s) {
        int k = s;
        boolean line = false;
        while (k > 0 && s - k < 3 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\n')) {
            line |= t.charAt(k - 1) == '\n';
            k--;
        }
        if (k == s || k == 0) {
            return '\0';
        }
        return line ? '\n' : t.charAt(k - 1);
    }

    private static int gluedLength(String t, int e) {
        for (String w : KO_GLUED) {
            if (t.startsWith(w, e)) {
                return w.length();
            }
        }
        return 0;
    }

    /** From {@code e} to the text's end only a full stop, "!" or blanks (at most a few). */
    private static boolean restIsEnd(String t, int e) {
        int k = e;
        while (k < t.length() && k - e < 4 && " .!。\n".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        return k >= t.length();
    }

    // ---------------------------------------------------------------- Japanese and Chinese

    /** Japanese and Chinese labels a name follows: "name is", "full name", "account holder", "card holder", "payee" … */
    private static final List<String> HAN_LABELS = List.of("名前は", "お名前は", "氏名", "名義は", "名義人", "持卡人", "姓名",
            "收款人", "收件人", "户名", "戶名", "联系人", "聯絡人");

    /** What may follow a name read after a label: "です", "さん", "様" (else punctuation, a blank or the end). */
    private static final List<String> JA_AFTER = List.of("です", "さん", "様", "さま");

    private static void hanLabels(String t, List<Candidate> out) {
        for (String label : HAN_LABELS) {
            for (int i = t.indexOf(label); i >= 0; i = t.indexOf(label, i + 1)) {
                int s = i + label.length();
                int b = s;
                while (s < t.length() && s - b < 2 && " \u3000:：".indexOf(t.charAt(s)) >= 0) {
                    s++;
                }
                int e = kanjiRun(t, s, 6);
                if (e < 0) {
                    continue;
                }
                int k = e;
                while (k < t.length() && k - e < 2 && (t.charAt(k) == ' ' || t.charAt(k) == '\u3000')) {
                    k++;
                }
                boolean zh = label.equals("持卡人") || label.equals("姓名") || label.startsWith("收") || label.endsWith("户名")
                        || label.endsWith("戶名") || label.startsWith("联") || label.startsWith("聯");
                if (zh && ScriptIntroductions.ZH_SURNAMES.indexOf(t.charAt(s)) < 0
                        && !(e - s >= 3 && ScriptIntroductions.ZH_DOUBLE_SURNAMES.contains(t.substring(s, s + 2)))) {
                    continue; // a Chinese label: the name opens with one of the commonest family names
                }
                if (zh && e - s > (ScriptIntroductions.ZH_DOUBLE_SURNAMES.contains(t.substring(s, Math.min(e, s + 2))) ? 4 : 3)) {
                    continue; // round 87b (lead): a Chinese name is two or three characters, four with a double family name
                }
                if (k >= t.length() || "、。，,.！!？?）)\n;；".indexOf(t.charAt(k)) >= 0 || startsWithAny(t, k, JA_AFTER)
                        || k > e && !ScriptIntroductions.kana(t.charAt(k)) && !ScriptIntroductions.han(t.charAt(k))) {
                    ScriptIntroductions.add(s, e, out);
                }
            }
        }
    }

    /**
     * The end of a name of two to {@code max} kanji from {@code s} ("々" after a kanji counts; one blank may split family
     * and given name, each part at most three), or -1 when there is none or the run goes on.
     */
    private static int kanjiRun(String t, int s, int max) {
        int k = s;
        int count = 0;
        int part = 0;
        boolean blank = false;
        while (k < t.length() && count <= max) {
            char c = t.charAt(k);
            if (ScriptIntroductions.han(c) || c == '々' && k > s && ScriptIntroductions.han(t.charAt(k - 1))) {
                count++;
                part++;
                k++;
            } else if (!blank && count > 0 && (c == ' ' || c == '\u3000') && k + 1 < t.length() && ScriptIntroductions.han(t.charAt(k + 1))) {
                if (part > 3) {
                    return -1;
                }
                blank = true;
                part = 0;
                k++;
            } else {
                break;
            }
        }
        if (count < 2 || count > max || blank && part > 3) {
            return -1;
        }
        return k;
    }

    /** Titles after a name: Chinese "Mr", "Ms", "Miss"; Japanese "Mr / Ms", "(formal)", "doctor / teacher". */
    private static final List<String> ZH_TITLES = List.of("先生", "女士", "小姐");

    private static final List<String> JA_TITLES = List.of("さん", "様", "さま", "先生");

    /**
     * A family name of the language's commonest and a given name of one or two (Chinese) or one to three (Japanese) kanji
     * right before a title, with no kanji or kana glued before the family name.
     */
    private static void hanTitles(String t, List<Candidate> out) {
        for (String title : ZH_TITLES) {
            for (int i = t.indexOf(title); i >= 0; i = t.indexOf(title, i + 1)) {
                for (int len = 3; len >= 2; len--) {
                    int s = i - len;
                    if (s < 0 || !allHan(t, s, i) || s > 0 && (ScriptIntroductions.han(t.charAt(s - 1)) || ScriptIntroductions.kana(t.charAt(s - 1)))) {
                        continue;
                    }
                    boolean family = ScriptIntroductions.ZH_SURNAMES.indexOf(t.charAt(s)) >= 0
                            || len == 3 && ScriptIntroductions.ZH_DOUBLE_SURNAMES.contains(t.substring(s, s + 2));
                    if (family) {
                        ScriptIntroductions.add(s, i, out);
                    }
                    break;
                }
            }
        }
        for (String title : JA_TITLES) {
            for (int i = t.indexOf(title); i >= 0; i = t.indexOf(title, i + 1)) {
                int b = ScriptIntroductions.kanjiRunStart(t, i, 6);
                int hans = ScriptIntroductions.kanjiIn(t, b, i);
                if (hans < 2 || hans > 6 || b > 0 && (ScriptIntroductions.kana(t.charAt(b - 1)) || ScriptIntroductions.han(t.charAt(b - 1)))) {
                    continue;
                }
                if (jaFamilyAndGiven(t, b, i)) {
                    ScriptIntroductions.add(b, i, out);
                }
            }
        }
    }

    /** {@code t[b, i)} is a Japanese family name of the commonest and one to three kanji, a blank between them or not. */
    private static boolean jaFamilyAndGiven(String t, int b, int i) {
        for (int n = 3; n >= 1; n--) {
            if (b + n < i && ScriptIntroductions.JA_SURNAMES.contains(t.substring(b, b + n))) {
                int g = t.charAt(b + n) == ' ' || t.charAt(b + n) == '\u3000' ? b + n + 1 : b + n;
                int given = i - g;
                return given >= 1 && given <= 3 && t.substring(g, i).chars().allMatch(c -> ScriptIntroductions.han((char) c) || c == '々');
            }
        }
        return false;
    }

    /**
     * In a Japanese text (kana in it): a family and a given name split by a blank right before "です" after an opening
     * ("山之内 菜々子です"), and a family name of the commonest with its given name alone at the text's end after an
     * earlier sentence ("…使えません。佐藤美咲").
     */
    private static void japaneseEnd(String t, List<Candidate> out) {
        boolean kana = false;
        for (int k = 0; k < t.length() && !kana; k++) {
            kana = ScriptIntroductions.kana(t.charAt(k));
        }
        if (!kana) {
            return;
        }
        for (int i = t.indexOf("です"); i >= 0; i = t.indexOf("です", i + 1)) {
            int b = ScriptIntroductions.kanjiRunStart(t, i, 6);
            if (b < i && ScriptIntroductions.japaneseOpening(t, b) && kanjiRun(t, b, 6) == i && hasBlank(t, b, i)) {
                ScriptIntroductions.add(b, i, out);
            }
        }
        int e = t.length();
        while (e > 0 && " \u3000\n。.".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        int b = ScriptIntroductions.kanjiRunStart(t, e, 6);
        if (b > 0 && b < e && "。！？!?\n 、".indexOf(t.charAt(b - 1)) >= 0 && "。！？!?\n".indexOf(before(t, b)) >= 0
                && jaFamilyAndGiven(t, b, e)) {
            ScriptIntroductions.add(b, e, out);
        }
    }

    /** The last character before {@code b} that is no blank. */
    private static char before(String t, int b) {
        int k = b;
        while (k > 0 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\u3000')) {
            k--;
        }
        return k == 0 ? '\0' : t.charAt(k - 1);
    }

    private static boolean hasBlank(String t, int b, int e) {
        for (int k = b; k < e; k++) {
            if (t.charAt(k) == ' ' || t.charAt(k) == '\u3000') {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(String t, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!ScriptIntroductions.han(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- Cyrillic and Greek

    /**
     * Endings of Russian, Ukrainian and Belarusian family names in their cases ("-ов", "-ова", "-ову", "-овой", "-ин",
     * "-ский", "-енко", "-чук", "-ич" …), and of Greek ones ("-άκης", "-ίδης", "-όπουλος", "-ίου" …).
     */
    private static final List<String> CYRILLIC_ENDINGS = List.of("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына",
            "ову", "еву", "ину", "ыну", "овой", "евой", "иной", "ыной", "овым", "евым", "иным",
            "ский", "ская", "ской", "скую", "ского", "скому", "цкий", "цкая", "цкой", "енко", "чук", "юк", "ук", "як", "ович",
            "евич", "ич", "ян", "дзе", "швили");

    private static final List<String> GREEK_ENDINGS = List.of("άκης", "ακης", "άκη", "ίδης", "ιδης", "ίδη", "ίδου", "όπουλος",
            "οπουλος", "όπουλου", "οπούλου", "όπουλο", "ίου", "άου", "έας", "άτος", "ίτης", "ούλης", "όγλου", "άκος", "ίνης");

    /** Capitalised words that open no name pair: the polite "you" of Russian and Ukrainian, and place-name openers. */
    private static final Set<String> NOT_FIRST = Set.of("Вам", "Вас", "Ваш", "Ваша", "Вашу", "Ваше", "Вы", "Вами", "Вашего", "Вашей",
            "Вашим", "Ви", "Вашого", "Вашої", "Нижний", "Великий", "Новый", "Старый", "Санкт",
            "Южная", "Северная", "Западная", "Восточная", "Соединённые", "Соединенные", "Российская", "Республика", "Україна",
            "Άγιος", "Αγίου", "Αγία", "Αγίας", "Άγιοι", "Νέα", "Νέος", "Νέας", "Άνω", "Κάτω", "Ηνωμένο", "Ηνωμένες", "Αγ");

    /**
     * Reads each run of capitalised words of one script (single blanks apart) once: a run of two or three words is a name
     * after "я" (Russian / Ukrainian "I"), or inside a sentence when its last word has a family name's ending; a run's inner
     * words are not read again ("… Анна Сергеевна Иванова …" is one name, not "Сергеевна Иванова").
     */
    private static void cased(String t, List<Candidate> out) {
        int n = t.length();
        for (int s = 0; s < n; s++) {
            Script script = ScriptIntroductions.of(t.charAt(s));
            if (script != Script.CYRILLIC && script != Script.GREEK || !Character.isUpperCase(t.charAt(s))
                    || s > 0 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '-')) {
                continue;
            }
            int e1 = casedWord(t, s, script);
            if (e1 < 0) {
                continue;
            }
            int words = 1;
            int lastStart = s;
            int e = e1;
            while (words < 4 && Chars.at(t, e) == ' ' && e + 1 < n && Character.isUpperCase(t.charAt(e + 1))) {
                int next = casedWord(t, e + 1, script);
                if (next < 0) {
                    break;
                }
                lastStart = e + 1;
                e = next;
                words++;
            }
            int from = s;
            s = e; // the run's inner words are not read again
            if (words < 2 || words > 3 || e < n && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-')) {
                continue;
            }
            boolean iAm = script == Script.CYRILLIC && from >= 2 && t.charAt(from - 1) == ' '
                    && (t.charAt(from - 2) == 'я' || t.charAt(from - 2) == 'Я') && (from == 2 || !Character.isLetter(t.charAt(from - 3)));
            boolean family = endsWithAny(t.substring(lastStart, e), script == Script.CYRILLIC ? CYRILLIC_ENDINGS : GREEK_ENDINGS);
            if (!NOT_FIRST.contains(t.substring(from, e1)) && (iAm || midSentence(t, from) && family)) {
                ScriptIntroductions.add(from, e, out);
            }
        }
    }

    /** A capitalised word of {@code script} from {@code s}: a capital, then two to 20 lower-case letters; its end or -1. */
    private static int casedWord(String t, int s, Script script) {
        int k = s + 1;
        while (k < t.length() && k - s <= 20 && ScriptIntroductions.of(t.charAt(k)) == script && Character.isLowerCase(t.charAt(k))) {
            k++;
        }
        return k - s >= 2 && k - s <= 20 ? k : -1;
    }

    /** Before {@code s}: one blank, and before it a lower-case letter, a comma, a colon, a dash or a digit. */
    private static boolean midSentence(String t, int s) {
        if (s < 2 || t.charAt(s - 1) != ' ') {
            return false;
        }
        char c = t.charAt(s - 2);
        return Character.isLowerCase(c) || c == ',' || c == ':' || c == '—' || c == '–' || c >= '0' && c <= '9';
    }

    private static boolean endsWithAny(String w, List<String> endings) {
        for (String e : endings) {
            if (w.length() > e.length() + 1 && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- Hebrew

    /** Hebrew openings before "אני" / "כאן": "hello", "hi", "good morning / evening". */
    private static final List<String> HE_GREETINGS = List.of("שלום", "היי", "הי", "אהלן", "בוקר טוב", "ערב טוב", "צהריים טובים");

    /**
     * Words after "אני" / "כאן" that open no name: "not", "want", "need", "ask", "try", "write", "turn to", "live",
     * "think", "can", "very", "still", "already", "also", "only", "again", "hope", "wait", "customer", "possible", "there is" …
     */
    private static final Set<String> HE_NOT_NAMES = Set.of("לא", "רוצה", "צריך", "צריכה", "מבקש", "מבקשת", "מנסה", "פונה",
            "כותב", "כותבת", "גר", "גרה", "חושב", "חושבת", "יכול", "יכולה", "מאוד", "עדיין", "כבר", "גם", "רק", "שוב", "מקווה",
            "מחכה", "ממתין", "ממתינה", "לקוח", "לקוחה", "שירות", "נציג", "נציגה", "צוות", "מוקד", "מחלקת", "תמיכה", "אפשר", "יש", "אין", "מתקשר", "מתקשרת", "מאוכזב", "מאוכזבת", "בעל", "בעלת",
            "של", "זה", "זאת", "הוא", "היא", "את", "עם", "על", "בסדר", "מרוצה", "שמח", "שמחה", "רשום", "רשומה", "כתוב", "נמצא",
            "נמצאת", "מצטער", "מצטערת", "מודה", "תודה", "בבקשה", "לבטל", "לשנות", "להזמין", "לקבל", "החבילה", "ההזמנה");

    private static void hebrew(String t, List<Candidate> out) {
        for (String lead : List.of("אני", "כאן")) {
            for (int i = t.indexOf(lead); i >= 0; i = t.indexOf(lead, i + 1)) {
                int s = i + lead.length();
                if (Chars.at(t, s) != ' ' || !hebrewOpening(t, i)) {
                    continue;
                }
                s++;
                int e = ScriptIntroductions.name(t, s, Script.HEBREW);
                if (e < 0) {
                    continue;
                }
                String[] words = t.substring(s, e).split(" ");
                if (words.length != 2 || HE_NOT_NAMES.contains(words[0]) || HE_NOT_NAMES.contains(words[1])) {
                    continue;
                }
                ScriptIntroductions.add(s, e, out);
            }
        }
    }

    /** At the text's or a line's start, or after a greeting of {@link #HE_GREETINGS} and a comma or blank. */
    private static boolean hebrewOpening(String t, int i) {
        if (i == 0 || t.charAt(i - 1) == '\n') {
            return true;
        }
        int k = i;
        while (k > 0 && i - k < 3 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ',' || t.charAt(k - 1) == '!')) {
            k--;
        }
        if (k == i) {
            return false;
        }
        for (String g : HE_GREETINGS) {
            int b = k - g.length();
            if (b >= 0 && t.startsWith(g, b) && (b == 0 || !Character.isLetter(t.charAt(b - 1)))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- Devanagari

    /** The commonest North Indian family names in Devanagari (general knowledge; a name is read only if its last word is one). */
    private static final Set<String> HI_SURNAMES = Set.of("शर्मा", "वर्मा", "गुप्ता", "सिंह", "कुमार", "यादव", "पटेल", "जैन",
            "मिश्रा", "मिश्र", "पांडे", "पाण्डेय", "पांडेय", "तिवारी", "चौधरी", "अग्रवाल", "श्रीवास्तव", "राय", "दास", "शाह", "मेहता",
            "जोशी", "रेड्डी", "खान", "चौहान", "ठाकुर", "सक्सेना", "दुबे", "त्रिपाठी", "बंसल", "नायर", "कपूर", "मल्होत्रा", "भाटिया",
            "सिन्हा", "प्रसाद", "शुक्ला", "दीक्षित", "रस्तोगी", "गोयल", "मित्तल", "अरोड़ा", "देसाई", "कुशवाहा", "पाठक", "बघेल");

    private static void devanagari(String t, List<Candidate> out) {
        for (String lead : List.of("मैं", "नाम")) {
            for (int i = t.indexOf(lead); i >= 0; i = t.indexOf(lead, i + 1)) {
                if (i > 0 && ScriptIntroductions.of(t.charAt(i - 1)) == Script.DEVANAGARI) {
                    continue;
                }
                int s = i + lead.length();
                int b = s;
                while (s < t.length() && s - b < 3 && (t.charAt(s) == ' ' || t.charAt(s) == ':')) {
                    s++;
                }
                if (s == b || Chars.at(t, s - 1) != ' ') {
                    continue;
                }
                int e = ScriptIntroductions.name(t, s, Script.DEVANAGARI);
                if (e < 0) {
                    continue;
                }
                String[] words = t.substring(s, e).split(" ");
                if (words.length >= 2 && HI_SURNAMES.contains(words[words.length - 1]) && !HI_SURNAMES.contains(words[0])) {
                    ScriptIntroductions.add(s, e, out);
                }
            }
        }
    }

    private static boolean startsWithAny(String t, int k, List<String> words) {
        for (String w : words) {
            if (t.startsWith(w, k)) {
                return true;
            }
        }
        return false;
    }
}
