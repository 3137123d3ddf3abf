package com.safesupport.redaction.detect;

import java.util.List;

/**
 * Names written in Chinese characters or Hangul inside a message written in Latin letters ("account holder: 王秀英",
 * "cc 김민지", "佐藤 健太"): the learned name model reads Latin words only. A run of two to four Han characters or two to
 * four Hangul syllables, with no other letter glued to either side, is a person; two such runs of one script split by
 * one blank (family and given name, at most five characters together) are one. Only in a text with at least two Latin
 * letters and at most {@value #MAX_CJK} Han or Hangul characters in all: a text written in Chinese, Japanese or Korean
 * is not a Latin message with a name in it, and its words are not read as names. One pass over the text: linear.
 */
final class CjkNameRecognizer extends ScannerRecognizer {

    /** More Han or Hangul characters than this in one text: a text in that language, left alone. */
    static final int MAX_CJK = 16;

    CjkNameRecognizer() {
        super("CjkNameRecognizer", "script", "PERSON");
    }

    private static int script(char c) {
        if (c >= 0xAC00 && c <= 0xD7A3) {
            return 2; // Hangul syllable
        }
        if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c == 0x3005) {
            return 1; // Han (the common and extension-A blocks) and the iteration mark 々 ("佐々木", round 78)
        }
        return 0;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        if (!scan.hasNonAscii()) {
            return; // Han and Hangul lie far above ASCII: a text of ASCII alone has none (most texts end here)
        }
        String t = scan.text();
        int n = t.length();
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (script(c) != 0) {
                cjk++;
            } else if (c < 0x80 && Character.isLetter(c)) {
                latin++;
            }
        }
        if (cjk == 0) {
            return;
        }
        cues(t, out);
        if (cjk > MAX_CJK || latin < 2) {
            return;
        }
        int i = 0;
        while (i < n) {
            int s = script(t.charAt(i));
            if (s == 0) {
                i++;
                continue;
            }
            int start = i;
            int end = runEnd(t, i, s);
            int first = end - start;
            // "佐藤 健太", "김 민지": a second run of the same script after one blank joins the first.
            if (Chars.at(t, end) == ' ' && end + 1 < n && script(t.charAt(end + 1)) == s) {
                int second = runEnd(t, end + 1, s);
                if (first <= 3 && second - end - 1 <= 3 && first + second - end - 1 <= 5 && clean(t, start, second)) {
                    add(out, "PERSON", start, second, 0.6, "script");
                    i = second;
                    continue;
                }
                i = second;
                continue;
            }
            if (first >= 2 && first <= 4 && clean(t, start, end)) {
                add(out, "PERSON", start, end, 0.6, "script");
            }
            i = end;
        }
    }


    // ---- Round 78: names inside a text written in Korean, Japanese or Chinese, read by the language's own cues ----

    /** Common Korean family names of one syllable (general knowledge; rare ones that are also common word starts left out). */
    private static final String KO_FAMILY = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉";

    /** Korean family names of two syllables. */
    private static final java.util.Set<String> KO_FAMILY2 = java.util.Set.of("남궁", "황보", "제갈", "선우", "독고", "사공", "서문");

    /** Korean endings glued to a name that say who someone is: "…입니다" (I am …), "…이에요", "…예요", "…이고" (… and), "…님", "…씨". */
    private static final String[] KO_AFTER = {"입니다", "이에요", "이예요", "예요", "이고", "님", "씨"};

    /** Korean words a name follows after a blank: name, full name, customer's name, representative, account holder, "I am". */
    private static final java.util.Set<String> KO_BEFORE = java.util.Set.of("이름은", "이름", "이름:", "성함은", "성함", "성명", "성명은",
            "성명:", "고객명", "고객명:", "대표", "대표자", "대표자:", "예금주", "예금주는", "예금주:", "명의자", "저는", "제이름은", "수령인", "수령인:");

    /**
     * Common Korean support nouns of three syllables that open with a family-name syllable and stand before "입니다":
     * e-mail, ID card, address, pass, plan, notice, contact, receipt, statement, certificate, form, contract, bill.
     */
    private static final java.util.Set<String> KO_NOT_NAMES = java.util.Set.of("이메일", "신분증", "주소지", "이용권", "정기권", "요금제",
            "안내문", "연락처", "문의처", "주문서", "명세서", "영수증", "인증서", "신청서", "계약서", "확인서", "고지서", "청구서", "사용자",
            "이용자", "관리자", "담당자", "상담원", "주문자", "구매자", "신청자", "가입자", "명의자", "보호자", "고마워", "부탁해", "안녕히",
            "주세요", "하세요", "전화번", "비밀번", "주민번", "여권번", "휴대폰", "유심칩", "이번달", "지난달", "다음달");

    /** Chinese and Japanese closings and thanks that can stand alone as a text's last sentence. */
    private static final java.util.Set<String> HAN_NOT_NAMES = java.util.Set.of("謝謝", "谢谢", "多謝", "多谢", "感謝", "感谢", "以上",
            "拜托", "拜託", "麻煩", "麻烦", "再見", "再见", "謝謝您", "谢谢您", "謝謝你", "谢谢你", "非常感謝", "非常感谢", "辛苦了", "宜敷");

    /** Korean sign-offs after a name and a blank: "… 드림", "… 올림" (from …). */
    private static final java.util.Set<String> KO_SIGN = java.util.Set.of("드림", "올림");

    /** Japanese words a name follows: name, full name, account holder's name, "I am". */
    private static final String[] JA_BEFORE = {"名前は", "名前：", "名前:", "氏名：", "氏名:", "氏名は", "名義は", "名義：", "名義:", "名義人", "私は"};

    /** Japanese introductions right after a name: "…と申します", "…といいます", "…と言います" (I am called …). */
    private static final String[] JA_AFTER = {"と申します", "と申し", "といいます", "と言います"};

    /** Japanese and Chinese forms of address glued after a name: 様, 先生 (Mr), 小姐 (Miss), 女士 (Ms), 太太 (Mrs). */
    private static final String[] HAN_TITLES = {"先生", "小姐", "女士", "太太", "様"};

    /** Japanese openings after which "…です。" names the writer: "お世話になっております。", "はじめまして。", "こんにちは。". */
    private static final String[] JA_OPENINGS = {"お世話になっております", "お世話になります", "はじめまして", "こんにちは"};

    /**
     * Round 78: a name written in Hangul or Han inside a text of its own language, where the language marks it: in Korean a
     * two- to four-syllable run opening with a family name, before "입니다", "이에요", "예요", "이고", "님" or "씨", after
     * "이름은", "성함", "고객명", "대표", "예금주", "저는" …, before "드림" or "올림", or alone as the text's last sentence; in
     * Japanese and Chinese a run of two to five Han characters (one blank inside allowed) before "と申します", after "名前は",
     * "氏名", "名義は", "私は", before a title (様, 先生, 小姐, 女士, 太太; not after ご or お), as "…です。" right after an
     * opening greeting, or alone as the text's last sentence. Each run is read once with a bounded look around it: linear.
     */
    private void cues(String t, List<Candidate> out) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            int s = script(t.charAt(i));
            if (s == 0) {
                i++;
                continue;
            }
            int start = i;
            int end = runEnd(t, i, s);
            if (s == 2) {
                korean(t, start, end, out);
                i = end;
                continue;
            }
            // "佐々木 美咲", "山之内　菜々子": a second Han run after one blank (or an ideographic space) is the given name.
            int nameEnd = end;
            char gap = Chars.at(t, end);
            if ((gap == ' ' || gap == '\u3000') && end + 1 < n && script(t.charAt(end + 1)) == 1) {
                int second = runEnd(t, end + 1, 1);
                if (end - start <= 3 && second - end - 1 <= 3) {
                    nameEnd = second;
                }
            }
            if (han(t, start, end, nameEnd, out)) {
                i = nameEnd;
            } else {
                i = end;
            }
        }
    }

    private void korean(String t, int start, int end, List<Candidate> out) {
        if (Character.isLetter(Chars.at(t, start - 1))) {
            return;
        }
        int core = end;
        String ending = null;
        for (String a : KO_AFTER) {
            if (end - start > a.length() && t.startsWith(a, end - a.length())) {
                core = end - a.length();
                ending = a;
                break;
            }
        }
        int len = core - start;
        boolean family2 = len >= 3 && KO_FAMILY2.contains(t.substring(start, start + 2));
        if (!(len == 3 && KO_FAMILY.indexOf(t.charAt(start)) >= 0 || len == 4 && family2)) {
            return;
        }
        if (KO_NOT_NAMES.contains(t.substring(start, core))) {
            return;
        }
        boolean before = wordBefore(t, start, KO_BEFORE);
        boolean ok;
        if (ending != null) {
            ok = before || ending.equals("님") || ending.equals("씨") || sentenceStart(t, start);
        } else {
            ok = before || signOff(t, end) || lastSentence(t, start, end);
        }
        if (ok) {
            add(out, "PERSON", start, core, 0.6, "script");
        }
    }

    /** "박지훈 드림": a Korean sign-off after one blank, ending its word. */
    private static boolean signOff(String t, int end) {
        if (Chars.at(t, end) != ' ') {
            return false;
        }
        for (String w : KO_SIGN) {
            if (t.startsWith(w, end + 1) && script(Chars.at(t, end + 1 + w.length())) != 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before {@code start} (one blank apart, or glued after a colon) is one of {@code words}. */
    private static boolean wordBefore(String t, int start, java.util.Set<String> words) {
        int j = start;
        if (Chars.at(t, j - 1) == ' ') {
            j--;
        } else if (Chars.at(t, j - 1) != ':') {
            return false;
        }
        int k = j;
        while (k > 0 && j - k < 8 && !Character.isWhitespace(t.charAt(k - 1))) {
            k--;
        }
        return k < j && words.contains(t.substring(k, j));
    }

    /** The run opens the text, a sentence or a line (at most two blanks after the mark), or follows a comma. */
    private static boolean sentenceStart(String t, int start) {
        int j = start - 1;
        int blanks = 0;
        while (j >= 0 && t.charAt(j) == ' ' && blanks < 2) {
            j--;
            blanks++;
        }
        return j < 0 || ".。!?！？,，、\n".indexOf(t.charAt(j)) >= 0;
    }

    /** The run is the text's last sentence on its own: a sentence's end or a line before it, only blanks and a full stop after it. */
    private static boolean lastSentence(String t, int start, int end) {
        int k = end;
        while (k < t.length() && (Character.isWhitespace(t.charAt(k)) || t.charAt(k) == '.' || t.charAt(k) == '。' || t.charAt(k) == '!')) {
            k++;
        }
        if (k < t.length()) {
            return false;
        }
        int j = start - 1;
        while (j >= 0 && (t.charAt(j) == ' ' || t.charAt(j) == '\u3000')) {
            j--;
        }
        return j >= 0 && ".。!?！？\n".indexOf(t.charAt(j)) >= 0;
    }

    /** Whether {@code t} holds {@code word} right before {@code start}, a blank apart or glued. */
    private static boolean endsBefore(String t, int start, String[] words) {
        int j = Chars.at(t, start - 1) == ' ' || Chars.at(t, start - 1) == '\u3000' ? start - 1 : start;
        for (String w : words) {
            if (j >= w.length() && t.startsWith(w, j - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(String t, int k, String[] words) {
        for (String w : words) {
            if (t.startsWith(w, k)) {
                return true;
            }
        }
        return false;
    }

    /** What may follow a name after "名前は": the text's end, a blank, punctuation, "です", "と", "さん". */
    private static boolean nameFollows(String t, int k) {
        if (k >= t.length()) {
            return true;
        }
        char c = t.charAt(k);
        return Character.isWhitespace(c) || "、。，,.!！?？)）」』".indexOf(c) >= 0 || t.startsWith("です", k) || c == 'と'
                || t.startsWith("さん", k);
    }

    private boolean han(String t, int start, int end, int nameEnd, List<Candidate> out) {
        if (Character.isLetter(Chars.at(t, start - 1)) && script(t.charAt(start - 1)) == 0 && !isKana(t.charAt(start - 1))) {
            return false;
        }
        // A title glued after a name that opens the run: "陳家豪先生", "田中太郎様" (not "ご担当者様").
        for (int p = start + 2; p <= start + 4 && p < end; p++) {
            for (String title : HAN_TITLES) {
                if (t.startsWith(title, p)) {
                    char before = Chars.at(t, start - 1);
                    char last = t.charAt(p - 1);
                    if (before != 'ご' && before != 'お' && "者員社長様".indexOf(last) < 0) {
                        add(out, "PERSON", start, p, 0.6, "script");
                        return false;
                    }
                }
            }
        }
        int chars = nameEnd - start - (nameEnd == end ? 0 : 1);
        if (chars < 2 || chars > 6) {
            return false;
        }
        // After "と申します" or "名前は" up to six characters ("佐々木真由美"); else a single run of at most four.
        boolean shortRun = nameEnd != end || end - start <= 4;
        boolean ok = startsAt(t, nameEnd, JA_AFTER)
                || endsBefore(t, start, JA_BEFORE) && nameFollows(t, nameEnd)
                || shortRun && t.startsWith("です", nameEnd) && openingBefore(t, start)
                || shortRun && lastSentence(t, start, nameEnd) && !HAN_NOT_NAMES.contains(t.substring(start, nameEnd));
        if (ok) {
            add(out, "PERSON", start, nameEnd, 0.6, "script");
        }
        return ok;
    }

    /** "お世話になっております。" (or another opening of {@link #JA_OPENINGS}) and its full stop right before the run. */
    private static boolean openingBefore(String t, int start) {
        int j = start;
        while (j > 0 && (t.charAt(j - 1) == ' ' || t.charAt(j - 1) == '\u3000')) {
            j--;
        }
        if (j == 0 || "。、".indexOf(t.charAt(j - 1)) < 0) {
            return false;
        }
        return endsBefore(t, j - 1, JA_OPENINGS);
    }

    private static boolean isKana(char c) {
        return c >= 0x3040 && c <= 0x30FF;
    }

    private static int runEnd(String t, int i, int s) {
        int j = i;
        while (j < t.length() && script(t.charAt(j)) == s) {
            j++;
        }
        return j;
    }

    /** No other letter (kana, Latin, another script) glued to either side. */
    private static boolean clean(String t, int start, int end) {
        return !Character.isLetter(Chars.at(t, start - 1)) && !Character.isLetter(Chars.at(t, end));
    }
}
