package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 78, names inside a text written in Korean, Japanese or Chinese, read by the language's own cues (made-up people
 * and numbers; each name below was checked to be missed on main with {@code -Deval.args="say …"}): in Korean a family-name
 * syllable and two more before "입니다", after "이름은", "대표", "고객명", before "드림" or alone as the last sentence; in
 * Japanese after "名前は" or "名義は", before "と申します", as "…です。" after "お世話になっております。", alone as the last
 * sentence; in Chinese before a title ("先生"); and the iteration mark 々 inside a Han name. Support nouns, closings and
 * "ご担当者様" stay out; hostile inputs grow ×16 in linear time.
 */
class Rb78CjkNamesTest {

    @Test
    void koreanNamesByTheirCues() {
        covered("이름은 김민준입니다. 연락처 010-1234-5678", "PERSON", "김민준");
        covered("사업자 문의, 대표 정하은, 연락처 02-123-4567 입니다.", "PERSON", "정하은");
        covered("주문번호 1234 확인 부탁드립니다. 한서윤 드림", "PERSON", "한서윤");
        covered("010-1234-5678로 연락 주세요. 최지우", "PERSON", "최지우");
    }

    @Test
    void japaneseAndChineseNamesByTheirCues() {
        covered("お世話になっております。田中 花子です。", "PERSON", "田中 花子");
        covered("木村真央と申します。電話は090-1111-2222です。", "PERSON", "木村真央");
        covered("名前は小林優子、電話番号は090-1111-2222です。", "PERSON", "小林優子");
        covered("電話番号を変更したいです。渡辺大輝", "PERSON", "渡辺大輝");
        covered("王志明先生嘅電話係 9123 4567", "PERSON", "王志明");
        covered("Customer: 佐々木 花, born 1990", "PERSON", "佐々木 花");
    }

    @Test
    void supportNounsAndClosingsStayOut() {
        assertNone("요금제 문의. 신분증입니다. 이메일입니다. 이름 변경 부탁드립니다. 이름은 변경하고 싶어요", "PERSON=");
        assertNone("ご担当者様、よろしくお願いします。", "PERSON=");
        assertNone("我的订单还没有到。谢谢", "PERSON=");
        assertNone("요금제 변경 가능한가요? 고마워", "PERSON=");
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("이름은 김민준입니다. ", "대표 정하은 ", "お世話になっております。田中 花子です。", "名前は小林 ",
                "王志明先生 ", "佐々木々々 ", "。渡辺 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 78 CJK names 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
