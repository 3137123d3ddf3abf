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

    enum Script { GEORGIAN, ARMENIAN, ETHIOPIC, CYRILLIC, GREEK, ARABIC, HEBREW, DEVANAGARI, THAI, BENGALI }

    private record Lead(String words, Script script) {
    }

    /**
     * Round 66: Greek "είμαι ο / η" ("I am" + the masculine or feminine article) introduces the speaker by name; the
     * article stands before a given name in Greek, so a capitalised Greek word after it is a name ("είμαι ο πελάτης",
     * "I am the customer", stays out: not capitalised). Arabic "أنا" ("I am") is followed by many things, so only a given
     * name and a family name written with the article and the relative ending ("ال…ي": the commonest shape of Arab family
     * names) is read, two or three words closing the clause; see {@link #arabicFamilyName}.
     */
    private static final String GREEK_I_AM_M = "είμαι ο";
    private static final String GREEK_I_AM_F = "είμαι η";
    private static final String ARABIC_I_AM = "أنا";

    /** Round 87: Arabic "in the name of" (a transfer's or an order's holder), read with the same shape check as "أنا". */
    private static final String ARABIC_IN_NAME_OF = "باسم";

    /** Round 87: "son of", "daughter of" between the words of an Arab name (the nasab). */
    private static final Set<String> NASAB = Set.of("بن", "بنت", "ابن", "ابنة");

    /** Words that after "أنا" open no name: "my name" (its own lead), "not", "in", "from", "with", "here", "also", "now". */
    private static final Set<String> NOT_AFTER_ARABIC_I_AM = Set.of("اسمي", "إسمي", "لا", "لم", "لن", "ما", "قد", "في", "من",
            "على", "مع", "عند", "هنا", "أيضا", "أيضاً", "الآن", "كنت", "سوف", "بحاجة", "أريد", "أحتاج", "عميل", "العميل");

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
            new Lead("मेरा नाम", Script.DEVANAGARI), new Lead("माझे नाव", Script.DEVANAGARI), new Lead("मेरो नाम", Script.DEVANAGARI),
            // Round 66: "I am" + the article (Greek) and "I am" (Arabic), checked further in find().
            new Lead(GREEK_I_AM_M, Script.GREEK), new Lead(GREEK_I_AM_F, Script.GREEK), new Lead(ARABIC_I_AM, Script.ARABIC),
            // Round 87: Bengali "my name is", Arabic "in the name of" (checked as "أنا" is).
            new Lead("আমার নাম", Script.BENGALI), new Lead(ARABIC_IN_NAME_OF, Script.ARABIC));

    /** Words that close a self-introduction in the scripts without capitals: "is", "I am", "am called", and "and". */
    private static final Set<String> CLOSERS = Set.of("ነው", "ነኝ", "እባላለሁ", "ይባላል", "እዩ", "እየ", "ვარ", "არის", "და",
            "है", "हूँ", "हूं", "आहे", "हो", "और", "आणि", "و", "است", "ہے", "ו", "הוא", "היא",
            // round 87b: Bengali "is", "and", "was"
            "হল", "হলো", "এবং", "ছিল");

    /** Words of the scripts without capitals that no name is: "your", "customer", "here", "new", "old", "the same". */
    private static final Set<String> NOT_NAMES = Set.of("თქვენი", "კლიენტი", "აქ", "ახალი", "ძველი", "იგივე", "ყველა",
            "የእርስዎ", "ደንበኛ", "አዲስ", "እዚህ",
            "هو", "هي", "في", "من", "على", "الجديد", "هنا", "זה", "הוא", "היא", "של", "כאן", "यह", "क्या", "नया", "यहाँ",
            // round 87b (lead): Bengali "change", "wrong", "what", "correct", "new", "update", "not", "here" — "আমার নাম
            // পরিবর্তন করতে চাই" ("I want to change my name", made up) is a request, no introduction
            "পরিবর্তন", "ভুল", "কী", "কি", "সঠিক", "নতুন", "আপডেট", "নেই", "এখানে", "বদলাতে", "বদল");

    private static final int MAX_WORD = 30;

    private ScriptIntroductions() {
    }

    /** Adds a PERSON candidate after each self-introduction of {@link #LEADS} that a name in the same script follows. */
    static void find(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        if (scan.hasNonAscii()) {
            findThai(t, out);
        }
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
                if (e > s && (lead.words().equals(ARABIC_I_AM) || lead.words().equals(ARABIC_IN_NAME_OF)) && !arabicFamilyName(t, s, e)) {
                    continue;
                }
                if (e > s) {
                    out.add(new Candidate("PERSON", s, e, NameNeighbours.SCORE, NameNeighbours.SOURCE, null)
                            .withContext("script-introduction"));
                }
            }
        }
    }

    /** Round 87: "name" as a form's or a message's label, standing alone (no Thai letter glued before it, a blank after it). */
    private static final String THAI_NAME_LABEL = "ชื่อ";

    /**
     * Round 62: Thai "my name is" — the first person ("ผม", "ดิฉัน", "ฉัน", "หนู", "เรา") glued to "ชื่อ" ("name"), or
     * "ชื่อของผมคือ" …; "ว่า" ("that"), "เล่น" ("nick-") or "จริง" ("real") may follow glued; round 87: the label
     * {@link #THAI_NAME_LABEL} alone.
     */
    private static final List<String> THAI_LEADS = List.of("ผมชื่อ", "ดิฉันชื่อ", "ฉันชื่อ", "หนูชื่อ", "เราชื่อ",
            "ชื่อของผมคือ", "ชื่อของดิฉันคือ", "ชื่อของฉันคือ", THAI_NAME_LABEL);

    private static final List<String> THAI_LEAD_TAILS = List.of("เล่นว่า", "จริงว่า", "ว่า", "เล่น", "จริง");

    /** Polite particles Thai glues to a phrase's end ("ครับ", "ค่ะ", "คะ", with "นะ" before them): they end the name. */
    private static final List<String> THAI_POLITE = List.of("นะครับ", "นะคะ", "ครับ", "ค่ะ", "คะ", "จ้ะ", "จ้า");

    /**
     * Words that open the next phrase, not a family name: "want", "need", "please", "will", "not", "the number", "and",
     * "but", "is", "call", "help", "inform" …, and the polite particles.
     */
    private static final List<String> THAI_PHRASE_OPENERS = List.of("อยาก", "ต้องการ", "ขอ", "จะ", "ไม่", "โทร", "เบอร์",
            "และ", "แต่", "เป็น", "คือ", "กำลัง", "ช่วย", "รบกวน", "แจ้ง", "ติดต่อ", "อายุ", "อยู่", "มีปัญหา", "ได้", "แล้ว",
            "ครับ", "ค่ะ", "คะ", "นะ", "ค่า", "ที่อยู่", "อีเมล", "บัญชี", "เลข", "สั่ง", "ซื้อ", "เพิ่ง", "ยัง", "เคย");

    /**
     * Round 62: a Thai name after a Thai self-introduction ({@link #THAI_LEADS}). Thai has no capitals and writes a phrase
     * without blanks, blanks between phrases, so the name is bounded by Thai letters: the run of Thai letters right after
     * the lead-in (and up to three blanks), cut before a glued polite particle; then, after one blank, a second run (the
     * family name) unless it opens with a word that starts a new phrase ({@link #THAI_PHRASE_OPENERS}), cut the same
     * way. At most two words of at most {@link #MAX_WORD} letters per lead-in occurrence: linear.
     */
    static void findThai(String t, List<Candidate> out) {
        if (!has(t, Script.THAI)) {
            return;
        }
        for (String lead : THAI_LEADS) {
            for (int i = t.indexOf(lead); i >= 0; i = t.indexOf(lead, i + 1)) {
                if (lead.equals("ฉันชื่อ") && i >= 2 && t.startsWith("ดิ", i - 2)) {
                    continue; // read as "ดิฉันชื่อ"
                }
                int s = i + lead.length();
                for (String tail : THAI_LEAD_TAILS) {
                    if (t.startsWith(tail, s)) {
                        s += tail.length();
                        break;
                    }
                }
                int b = s;
                while (s < t.length() && s - b < 3 && (t.charAt(s) == ' ' || t.charAt(s) == '\u00a0')) {
                    s++;
                }
                if (lead.equals(THAI_NAME_LABEL) && (s == b || i > 0 && of(t.charAt(i - 1)) == Script.THAI)) {
                    continue; // round 87: the label alone; "ผมชื่อ" is read as its own lead, "ชื่อผู้ใช้" is no label
                }
                int e = thaiWord(t, s);
                if (e <= s || startsWithAny(t, s, THAI_PHRASE_OPENERS)) {
                    continue;
                }
                int cut = politeAt(t, s, e);
                if (cut < e) {
                    e = cut;
                } else if (e + 1 < t.length() && t.charAt(e) == ' ' && !startsWithAny(t, e + 1, THAI_PHRASE_OPENERS)) {
                    int e2 = thaiWord(t, e + 1);
                    int cut2 = politeAt(t, e + 1, e2);
                    if (cut2 - (e + 1) >= 2) {
                        e = cut2;
                    }
                }
                if (e - s >= 2) {
                    out.add(new Candidate("PERSON", s, e, NameNeighbours.SCORE, NameNeighbours.SOURCE, null)
                            .withContext("script-introduction"));
                }
            }
        }
    }

    /** The end of the run of Thai letters from {@code s} (at most {@link #MAX_WORD}), or {@code s} if longer or none. */
    private static int thaiWord(String t, int s) {
        int e = s;
        while (e < t.length() && e - s <= MAX_WORD && of(t.charAt(e)) == Script.THAI) {
            e++;
        }
        return e - s > MAX_WORD ? s : e;
    }

    /** Where a polite particle glued inside {@code t[s, e)} starts (not at {@code s}), or {@code e}. */
    private static int politeAt(String t, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            for (String p : THAI_POLITE) {
                if (k + p.length() <= e && t.startsWith(p, k)) {
                    return k;
                }
            }
        }
        return e;
    }

    private static boolean startsWithAny(String t, int k, List<String> words) {
        for (String w : words) {
            if (t.startsWith(w, k)) {
                return true;
            }
        }
        return false;
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
     * two to six Han characters (one blank may split family and given name) right before "と申します"; Korean "제 이름은" +
     * two to four Hangul syllables with a copula ("입니다", "이에요" …) glued after them, or alone before punctuation and not
     * ending as a verb does ("…요", "…다"). Each
     * lead-in occurrence reads at most a few characters: linear.
     */
    static void findCjk(Scan scan, List<Candidate> out) {
        if (!scan.hasNonAscii()) {
            return;
        }
        String t = scan.text();
        findCopula(t, out);
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
                int b = kanjiRunStart(t, i, 6);
                int hans = kanjiIn(t, b, i);
                if (hans >= 2 && hans <= 6) { // round 87: six with "々" ("佐々木" and a three-kanji given name)
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

    /**
     * Round 60: the commonest Chinese family names (one character; a few of two), from general knowledge of the
     * Hundred Family Surnames' most frequent entries.
     */
    static final String ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            + "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔錢湯";

    static final List<String> ZH_DOUBLE_SURNAMES = List.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "夏侯", "慕容", "令狐");

    /** Characters that end no Chinese given name after "我是": "of", a plural, "person", "home", "the shop"… */
    private static final String ZH_NOT_NAME_END = "的们們人家店里裏吗嗎呢吧啊了";

    /** Titles written after a Chinese family name ("我是李先生"): the name is the family name only, not read here. */
    private static final List<String> ZH_TITLES = List.of("先生", "女士", "小姐", "老师", "老師", "师傅", "師傅", "经理", "經理", "总", "總");

    /** Round 60: the commonest Korean family names (one syllable). */
    static final String KO_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉";

    /** Korean copulas that follow a self-introduced name glued: "… is" (formal, polite after a consonant or a vowel). */
    private static final List<String> KO_COPULAS = List.of("입니다", "이에요", "예요");

    /** Words before a Korean copula introduction: "I (topic)", "hello", "hello (formal)", "hello (phone)". */
    private static final List<String> KO_BEFORE = List.of("저는", "전", "나는", "난", "안녕하세요", "안녕하십니까", "여보세요");

    /** Round 60: the commonest Japanese family names (kanji, 々 included). */
    static final Set<String> JA_SURNAMES = Set.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
            "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "斉藤", "清水", "山崎", "森", "池田", "橋本", "阿部",
            "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本",
            "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村",
            "中山", "和田", "石田", "森田", "上田", "原", "内田", "柴田", "酒井", "宮崎", "横山", "高木", "安藤", "宮本", "大野",
            "小島", "谷口", "今井", "工藤", "高田", "増田", "丸山", "杉山", "村田", "大塚", "新井", "小山", "平野", "藤本", "河野",
            "上野", "野口", "武田", "松井", "千葉", "岩崎", "菅原", "木下", "久保", "佐野", "野村", "松尾", "菊地", "杉本", "市川",
            "古川", "大西", "島田", "水野", "桜井", "高野", "渡部", "吉川", "山内", "西田", "飯田", "菊池", "西川", "小松", "北村",
            "安田", "五十嵐", "川口", "平田", "中田", "久保田", "服部", "岩田", "土屋", "川崎", "福島", "本田", "樋口", "秋山", "荒木");

    /**
     * Round 60: a name introduced with the copula in Chinese, Korean or Japanese, whose first characters are one of that
     * language's commonest family names: Chinese "我是" + family name + one or two Han characters, not followed by another
     * Han character or kana ("我是李明轩，"; "我是王府井店的", "我是李先生", "我是张家的" stay out); Korean family name + two
     * syllables glued to "입니다" / "이에요" / "예요", opening the text or a line or after "저는", "안녕하세요," …
     * ("안녕하세요, 이지훈입니다."; "저는 학생입니다" has no family name); Japanese family name + one to three kanji (one blank
     * may split them) right before "です", opening the text or a line, or after a comma, a full stop or "は" ("鈴木一郎です",
     * "名義は高橋 直子です"; "田中です" alone, "注文です" stay out). Each copula occurrence reads at most a few characters: linear.
     */
    static void findCopula(String t, List<Candidate> out) {
        for (int i = t.indexOf("我是"); i >= 0; i = t.indexOf("我是", i + 1)) {
            int s = i + 2;
            if (Chars.at(t, s) == ' ') {
                s++;
            }
            int g = s;
            if (s < t.length() && ZH_SURNAMES.indexOf(t.charAt(s)) >= 0) {
                g = s + 1;
            } else {
                for (String d : ZH_DOUBLE_SURNAMES) {
                    if (t.startsWith(d, s)) {
                        g = s + 2;
                    }
                }
            }
            if (g == s) {
                continue;
            }
            int e = g;
            while (e < t.length() && e - g <= 2 && han(t.charAt(e))) {
                e++;
            }
            if (e - g < 1 || e - g > 2 || kana(Chars.at(t, e)) || ZH_NOT_NAME_END.indexOf(t.charAt(e - 1)) >= 0
                    || ZH_TITLES.contains(t.substring(g, e))) {
                continue;
            }
            add(s, e, out);
        }
        for (String copula : KO_COPULAS) {
            for (int i = t.indexOf(copula); i >= 0; i = t.indexOf(copula, i + 1)) {
                int s = i - 3;
                if (s < 0 || !hangul(t.charAt(s)) || !hangul(t.charAt(s + 1)) || !hangul(t.charAt(s + 2))
                        || KO_SURNAMES.indexOf(t.charAt(s)) < 0 || s > 0 && hangul(t.charAt(s - 1)) || t.charAt(i - 1) == '님') {
                    continue;
                }
                if (koreanOpening(t, s)) {
                    add(s, i, out);
                }
            }
        }
        for (int i = t.indexOf("です"); i >= 0; i = t.indexOf("です", i + 1)) {
            int b = kanjiRunStart(t, i, 6);
            int hans = kanjiIn(t, b, i);
            if (hans < 2 || hans > 6 || !japaneseOpening(t, b)) {
                continue;
            }
            for (int n = 3; n >= 1; n--) {
                if (b + n < i && JA_SURNAMES.contains(t.substring(b, b + n))) {
                    int g = t.charAt(b + n) == ' ' || t.charAt(b + n) == '\u3000' ? b + n + 1 : b + n;
                    int given = i - g;
                    if (given >= 1 && given <= 3 && t.substring(g, i).chars().allMatch(c -> han((char) c) || c == '々')) {
                        add(b, i, out);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Where the run of kanji that ends at {@code end} starts: Han letters, "々" after one ("佐々木" repeats its 佐), and
     * at most one blank between two of them; read back until more than {@code max} kanji are seen (so a caller sees a
     * run that is too long as such). Reads at most {@code max + 2} characters.
     */
    static int kanjiRunStart(String t, int end, int max) {
        int b = end;
        int hans = 0;
        boolean blank = false;
        while (b > 0 && hans <= max) {
            char c = t.charAt(b - 1);
            if (han(c) || c == '々' && b >= 2 && han(t.charAt(b - 2))) {
                hans++;
            } else if (!blank && hans > 0 && (c == ' ' || c == '\u3000') && b >= 2 && han(t.charAt(b - 2))) {
                blank = true;
            } else {
                break;
            }
            b--;
        }
        return b;
    }

    /** The kanji of a run from {@link #kanjiRunStart}: its characters but the blank. */
    static int kanjiIn(String t, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (t.charAt(k) != ' ' && t.charAt(k) != '\u3000') {
                n++;
            }
        }
        return n;
    }

    static void add(int s, int e, List<Candidate> out) {
        out.add(new Candidate("PERSON", s, e, NameNeighbours.SCORE, NameNeighbours.SOURCE, null).withContext("script-introduction"));
    }

    /** Before a Korean name at {@code s}: the text's or a line's start, or "저는", "안녕하세요," … and a blank. */
    private static boolean koreanOpening(String t, int s) {
        int k = s;
        while (k > 0 && s - k < 3 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ',' || t.charAt(k - 1) == '!' || t.charAt(k - 1) == '.')) {
            k--;
        }
        if (k == 0 || t.charAt(k - 1) == '\n') {
            return true;
        }
        if (k == s) {
            return false;
        }
        for (String w : KO_BEFORE) {
            if (k >= w.length() && t.startsWith(w, k - w.length()) && (k == w.length() || !hangul(t.charAt(k - w.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Before a Japanese name at {@code b}: the text's or a line's start, a comma or a full stop, or the topic particle "は". */
    static boolean japaneseOpening(String t, int b) {
        if (b == 0) {
            return true;
        }
        char c = t.charAt(b - 1);
        return c == '\n' || c == '、' || c == '。' || c == ',' || c == '，' || c == ' ' || c == '\u3000' || c == 'は' || c == '！' || c == '!';
    }

    static boolean han(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF;
    }

    static boolean kana(char c) {
        return c >= 0x3041 && c <= 0x30FF;
    }

    static boolean hangul(char c) {
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

    static Script of(char c) {
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
        if (c >= '\u0980' && c <= '\u09e3' || c >= '\u09f0' && c <= '\u09f1') {
            return Script.BENGALI; // round 87: letters and vowel signs, not the danda (shared with Devanagari) or digits
        }
        if (c >= '\u0e01' && c <= '\u0e3a' || c >= '\u0e40' && c <= '\u0e4e') {
            return Script.THAI; // letters, vowels and tone marks, not the baht sign or Thai digits
        }
        return null;
    }

    /** One to three words (four in Arabic) of {@code script} from {@code s}, single blanks apart: the end of the name, or -1. */
    static int name(String t, int s, Script script) {
        boolean cased = script == Script.ARMENIAN || script == Script.CYRILLIC || script == Script.GREEK;
        int k = s;
        int end = -1;
        int most = script == Script.ARABIC ? 4 : 3; // round 87: an Arab name with its nasab is often four words
        for (int words = 0; words < most; words++) {
            int e = k;
            while (e < t.length() && e - k <= MAX_WORD && (of(t.charAt(e)) == script
                    || e > k && t.charAt(e) == '-' && e + 1 < t.length() && of(t.charAt(e + 1)) == script)) {
                e++;
            }
            if (e - k < 2 || e - k > MAX_WORD || e < t.length() && (Character.isLetter(t.charAt(e)) || of(t.charAt(e)) != null)) {
                break;
            }
            String w = t.substring(k, e);
            if (end >= 0 && gluedAnd(w, script)) {
                return end; // round 60: "اسمي … وأحتاج", "שמי … ואני צריך": the next clause's "and" is glued to its first word
            }
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

    /**
     * Round 66: after "أنا" the name read by {@link #name} must be two or three words, the first no word of
     * {@link #NOT_AFTER_ARABIC_I_AM} and without the article, the last a family name with the article and the relative
     * ending, "ال…ي" of five or more letters ("أنا مازن القحطاني،", made up); "أنا غاضب جدا" or "أنا لا أستطيع الدخول" stay out.
     */
    static boolean arabicFamilyName(String t, int s, int e) {
        String[] words = t.substring(s, e).split(" ");
        if (words.length < 2 || NOT_AFTER_ARABIC_I_AM.contains(words[0]) || words[0].startsWith("\u0627\u0644")) {
            return false;
        }
        for (int k = 1; k + 1 < words.length; k++) {
            if (NASAB.contains(words[k])) {
                return true; // round 87: "ليلى بن عيسى", "يوسف بن خالد الحربي": a given name, "son / daughter of" and a name
            }
        }
        String last = words[words.length - 1];
        return last.length() >= 5 && last.startsWith("\u0627\u0644") && last.charAt(last.length() - 1) == '\u064a';
    }

    /**
     * Round 60: a word of three or more letters opening with the conjunction "and", which Arabic ("و") and Hebrew ("ו")
     * write glued to the next word: after at least one name word it opens the next clause ("اسمي … وأحتاج إلى",
     * "שמי … ואני צריך"), so the name ends before it. A name word that opens with the same letter ("وليد", "ורד") is
     * still read as a name when it comes first.
     */
    private static boolean gluedAnd(String w, Script script) {
        return w.length() >= 3 && (script == Script.ARABIC && w.charAt(0) == '\u0648' || script == Script.HEBREW && w.charAt(0) == '\u05d5');
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
        if (w - k >= 3 && (t.charAt(k) == '\u0648' || t.charAt(k) == '\u05d5')) {
            return true; // round 87: the next clause's "and" glued to its first word ("… ورقم جوالي", "… ואני")
        }
        return w > k && CLOSERS.contains(t.substring(k, w));
    }
}
