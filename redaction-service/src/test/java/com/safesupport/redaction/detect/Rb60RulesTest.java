package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 60: (1) a name introduced with the copula in Chinese ("我是" + name), Korean (name + "입니다" / "이에요" / "예요")
 * or Japanese (name + "です"), its first characters one of the language's commonest family names, and "々" inside a
 * Japanese name before "と申します"; (2) in Arabic and Hebrew a word with the glued conjunction "and" ("و", "ו") ends the
 * name after a self-introduction. Made-up texts; look-alikes stay as they were; linear time with inputs ×16.
 */
class Rb60RulesTest {

    @Test
    void namesIntroducedWithTheCopula() {
        covered("你好，我是李明轩，我的包裹还没有到。", "PERSON", "李明轩");
        covered("您好，我是张伟。请帮我改一下地址。", "PERSON", "张伟");
        covered("我是欧阳娜娜，想退款", "PERSON", "欧阳娜娜");
        covered("안녕하세요, 이지훈입니다. 요금이 두 번 청구됐어요.", "PERSON", "이지훈");
        covered("여보세요, 저는 최유진이에요. 카드를 잃어버렸어요.", "PERSON", "최유진");
        covered("정하나예요. 주소를 바꾸고 싶어요.", "PERSON", "정하나");
        covered("鈴木一郎です。請求書が二重になっています。", "PERSON", "鈴木一郎");
        covered("お世話になります、高橋 直子です。", "PERSON", "高橋 直子");
        covered("予約の名前は中村拓海です。", "PERSON", "中村拓海");
        covered("はじめまして、佐々木大輔と申します。", "PERSON", "佐々木大輔");
    }

    @Test
    void aGluedAndEndsTheNameInArabicAndHebrew() {
        covered("مرحبا، اسمي أحمد الزهراني وأحتاج إلى فاتورة جديدة.", "PERSON", "أحمد الزهراني");
        covered("שלום, שמי דניאל כהן ואני צריך חשבונית.", "PERSON", "דניאל כהן");
        covered("קוראים לי מיכל אברהם ורציתי לשאול על ההזמנה", "PERSON", "מיכל אברהם");
        List<String> f = AnalyzerTest.found("مرحبا، اسمي أحمد الزهراني وأحتاج إلى فاتورة جديدة.");
        assertFalse(f.stream().anyMatch(x -> x.contains("وأحتاج")), () -> f.toString());
        // a first name word that opens with the same letter is still a name
        covered("مرحبا، اسمي وليد العمري، الطلب لم يصل.", "PERSON", "وليد العمري");
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        assertNone("我是新用户，怎么绑定银行卡？", "PERSON");
        assertNone("我是张家的邻居，帮他问一下。", "PERSON");
        assertNone("我是高级会员，为什么还要付运费？", "PERSON");
        assertNone("저는 학생입니다. 할인이 되나요?", "PERSON");
        assertNone("안녕하세요, 고객입니다.", "PERSON");
        assertNone("주문번호는 정확합니다", "PERSON");
        assertNone("注文です。よろしくお願いします。", "PERSON");
        assertNone("担当は田中です。", "PERSON");
        assertNone("東京駅です。", "PERSON");
        assertNone("وأحتاج فاتورة جديدة من فضلكم.", "PERSON");
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("我是李明轩，", "我是我是我是", "이지훈입니다 ", "저는 최유진이에요 ", "입니다입니다",
                "鈴木一郎です。", "佐々々々です", "々々と申します", "اسمي أحمد وأحمد ", "שמי דניאל ואני ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 60 copula and glued-and names 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
