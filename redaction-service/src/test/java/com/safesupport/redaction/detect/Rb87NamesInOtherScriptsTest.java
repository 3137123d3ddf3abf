package com.safesupport.redaction.detect;

import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 87: names written in Hangul, kanji, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali and Thai on strong
 * evidence of the language's own (a label, an honorific, a copula after an earlier sentence, a signature, a title, a
 * family-name ending, a nasab). All texts made up; ordinary words of those languages stay out; odd Unicode, a huge input
 * and the ×16 CPU time.
 */
class Rb87NamesInOtherScriptsTest {

    private static void person(String text, String name) {
        List<String> f = found(text);
        assertTrue(f.contains("PERSON=" + name), () -> text + " -> " + f);
    }

    private static void noPerson(String text) {
        List<String> f = found(text);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON=")), () -> text + " -> " + f);
    }

    @Test
    void koreanNamesOnALabelAnHonorificACopulaOrASignature() {
        person("계좌 변경 요청입니다. 예금주 최유진, 은행은 신한입니다.", "최유진");
        person("이름은 정하윤이고 생년월일은 1992년 3월 4일입니다.", "정하윤");
        person("한도 상향 신청했는데 아직이에요. 윤지호입니다.", "윤지호");
        person("카드 3개월 전에 분실 신고 했습니다. 강민재 드림", "강민재");
        person("임수빈 고객님께서 요청하신 서류를 보내드립니다.", "임수빈");
        person("배수아씨에게 환불 안내 문자를 보냈어요.", "배수아");
        person("문의 주신 건은 처리되었습니다. 감사합니다. 송다은", "송다은");
        person("사업자번호 220-81-62517 한예린입니다. 확인 부탁드려요.", "한예린");
    }

    @Test
    void japaneseAndChineseNamesAfterALabelBeforeATitleOrAtTheEnd() {
        person("ご連絡ありがとうございます。名前は中村恵子、会員番号は未定です。", "中村恵子");
        person("口座の名義は 小林 和也 です。確認をお願いします。", "小林 和也");
        person("石田 千尋さんから電話がありました。", "石田 千尋");
        person("お世話になります。大河原 陽菜です。住所の変更をお願いします。", "大河原 陽菜");
        person("いつもお世話になっております。長谷川真理子と申します。", "長谷川真理子");
        person("注文がまだ届いていません。山田浩之", "山田浩之");
        person("退款失败。\n收款人李建华，请尽快处理。", "李建华");
        person("黃志明先生今日打過嚟。", "黃志明");
        person("Please call back 佐々木 蓮, he only reads Japanese.", "佐々木 蓮");
    }

    @Test
    void cyrillicAndGreekPairsAndTheRussianIAm() {
        person("Прошу передать посылку Марине Соколовой до пятницы.", "Марине Соколовой");
        person("Здравствуйте, я Тарас Мельничук, у меня не работает карта.", "Тарас Мельничук");
        // recall: a name with its patronymic stays whole, after "меня зовут" and inside a sentence
        person("Добрый вечер, меня зовут Анна Сергеевна Иванова.", "Анна Сергеевна Иванова");
        person("Передайте карту Анне Сергеевне Ивановой, пожалуйста.", "Анне Сергеевне Ивановой");
        person("Για την παραγγελία: Γιώργος Κωνσταντινίδης, τηλέφωνο στο προφίλ.", "Γιώργος Κωνσταντινίδης");
    }

    @Test
    void arabicHebrewDevanagariBengaliAndThaiAfterTheirLeadIns() {
        person("مرحبا، أنا سارة بنت أحمد وأحتاج مساعدة في الطلب.", "سارة بنت أحمد");
        person("يرجى إصدار الفاتورة باسم فهد الشمري، شكرا لكم", "فهد الشمري");
        person("اسمي خالد بن سعيد العتيبي ورقمي غير صحيح", "خالد بن سعيد العتيبي");
        person("היי, אני דנה כהן, לא קיבלתי את הזיכוי.", "דנה כהן");
        person("नमस्ते, मैं सुनीता वर्मा हूँ, मेरा ऑर्डर नहीं आया।", "सुनीता वर्मा");
        person("मेरा खाता बंद है, नाम: विकास गुप्ता, कृपया मदद करें।", "विकास गुप्ता");
        person("আমার নাম তানভীর আহমেদ, আমার অর্ডার আসেনি।", "তানভীর আহমেদ");
        person("ชื่อ วิชัย มั่นคง ต้องการยกเลิกคำสั่งซื้อ", "วิชัย มั่นคง");
    }

    @Test
    void ordinaryWordsOfThoseLanguagesStayOut() {
        for (String text : List.of(
                "이름 변경은 어떻게 하나요? 회사 이름은 삼성전자입니다.",
                "고객님 주문이 취소되었습니다. 선생님께 전해주세요.",
                "연락처가 바뀌었어요. 이메일입니다. 확인 부탁드려요.",
                "名前は変更できますか？氏名変更の手続きを教えてください。",
                "姓名错误，请帮我修改。各位先生女士，谢谢。",
                "お客様、ご注文ありがとうございます。",
                "Я Вас очень прошу помочь. Мы живём в Нижнем Новгороде.",
                "Το δέμα δεν έφτασε ακόμα, παρακαλώ ελέγξτε την παραγγελία μου.",
                "שלום, אני רוצה לבטל, אני לא מרוצה.",
                "मैं बहुत परेशान हूँ, नाम बदलना है।",
                "أنا غاضب جدا من الخدمة، أريد الإلغاء باسم الشركة.",
                "ชื่อผู้ใช้ของฉันไม่ทำงาน")) {
            noPerson(text);
        }
    }

    @Test
    void oddUnicodeAndAHugeInput() {
        List<String> odd = found("예금주\u200b 최유진 \uD83D\uDE00 名前は\u3000 \u00a0中村 я\u0301 Тарас \u0301Мельничук אני\u05b0 दना");
        assertTrue(odd.stream().noneMatch(x -> x.contains("\uD83D\uDE00")), () -> odd.toString());
        String huge = "예금주 최유진, 名前は中村恵子、Марине Соколовой, अनिल शर्मा हूँ. ".repeat(5_000);
        assertTrue(huge.length() > 200_000);
        List<String> all = found(huge);
        assertTrue(all.stream().filter(x -> x.equals("PERSON=최유진")).count() >= 4_000, () -> "found " + all.size());
    }

    @Test
    void theReadingsStayLinear() {
        for (String unit : List.of("예금주 최유진 ", "김김김김김김 입니다. ", "名前は中村恵子、", "佐々々々々 々です。", "李建华先生先生 ",
                "Марине Соколовой ", "я Я я Тарас ", "אני דנה כהן, שלום, אני ", "मैं मैं नाम नाम शर्मा ", "ชื่อ ชื่อ วิชัย ",
                "باسم باسم فهد بن بن ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 87 names in other scripts 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 40, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
