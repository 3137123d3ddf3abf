package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 64: a date of birth written the East Asian way — Japanese and Chinese "YYYY年M月D日" (Chinese also "…号"),
 * Korean "YYYY년 M월 D일" — with a birth word before it ("生年月日", "出生日期", "생년월일" …) or after it ("…生まれ",
 * "…出生", "… 출생"). Made-up texts; look-alikes (the same date form without a birth word, impossible dates) stay as
 * they were; linear time with inputs ×16.
 */
class Rb64RulesTest {

    @Test
    void eastAsianBirthDatesWithABirthWord() {
        AnalyzerTest.assertFound("会員情報の生年月日が2001年11月3日になっていますが、正しくは違います。", "DATE_OF_BIRTH=2001年11月3日");
        AnalyzerTest.assertFound("誕生日：1975年7月29日", "DATE_OF_BIRTH=1975年7月29日");
        AnalyzerTest.assertFound("私は1988年12月1日生まれです。", "DATE_OF_BIRTH=1988年12月1日");
        AnalyzerTest.assertFound("我的出生日期是1996年2月29日，请帮我修改。", "DATE_OF_BIRTH=1996年2月29日");
        AnalyzerTest.assertFound("客户生日 1983年10月8号", "DATE_OF_BIRTH=1983年10月8号");
        AnalyzerTest.assertFound("생년월일은 1990년 6월 14일입니다.", "DATE_OF_BIRTH=1990년 6월 14일");
        AnalyzerTest.assertFound("저는 1979년 3월 2일 출생입니다.", "DATE_OF_BIRTH=1979년 3월 2일");
        AnalyzerTest.assertFound("DOB 2004年1月17日", "DATE_OF_BIRTH=2004年1月17日");
        AnalyzerTest.assertFound("祖母は1941年8月9日に生まれました。", "DATE_OF_BIRTH=1941年8月9日");
        AnalyzerTest.assertFound("아들은 2012년 9월 21일에 태어났어요.", "DATE_OF_BIRTH=2012년 9월 21일");
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        assertNone("ご注文日は2025年9月14日です。まだ届いていません。", "DATE_OF_BIRTH");
        assertNone("配送予定は2026年1月5日と書いてあります。", "DATE_OF_BIRTH");
        assertNone("订单在2025年3月8日发货了", "DATE_OF_BIRTH");
        assertNone("주문일은 2025년 4월 30일입니다.", "DATE_OF_BIRTH");
        assertNone("生年月日は1993年2月30日と登録されています。", "DATE_OF_BIRTH");
        assertNone("生年月日は1993年13月3日です。", "DATE_OF_BIRTH");
        assertNone("生年月日は11993年2月3日です。", "DATE_OF_BIRTH");
        assertNone("生年月日は1850年2月3日です。", "DATE_OF_BIRTH");
    }

    @Test
    void theEastAsianReadingStaysLinear() {
        for (String unit : List.of("誕生日：2003年7月9日、", "2003年7月9日", "2000年年年月月日日", "生年月日生年月日1999年",
                "1234年12月", "생년월일 1990년 6월 14일 ", "1990년 6월 1990년 ", "年年年年年年年年")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 64 East Asian birth dates 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
