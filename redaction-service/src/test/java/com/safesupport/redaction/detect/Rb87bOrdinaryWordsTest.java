package com.safesupport.redaction.detect;

import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 87b (lead): round 87's readings checked on made-up ordinary texts before its judging — a Korean word that closes
 * a text (a signature needs a line break, a number given before or thanks before it), a shop after a Chinese payee label, a Hebrew service greeting and a Bengali "change my name" request are no
 * persons; a signature after a number or on its own line still is.
 */
class Rb87bOrdinaryWordsTest {

    private static void noPerson(String text) {
        List<String> f = found(text);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON=")), () -> text + " -> " + f);
    }

    private static void person(String text, String name) {
        List<String> f = found(text);
        assertTrue(f.contains("PERSON=" + name), () -> text + " -> " + f);
    }

    @Test
    void aKoreanWordClosingATextIsNoSignatureWithoutANumberOrALineBreak() {
        noPerson("빨리 처리해 주세요. 정말로");
        noPerson("답변 기다릴게요. 이번주");
        noPerson("이 요금제가 제일 싸요? 이번달");
        person("연락처는 010-5521-7340입니다. 최지우", "최지우");
        person("계좌 확인 부탁드립니다.\n한지민", "한지민");
    }

    @Test
    void aChinesePayeeLabelReadsTwoOrThreeCharactersFourWithADoubleFamilyName() {
        noPerson("收款人王府井店，请确认。");
        person("收款人李建华，请尽快处理。", "李建华");
        person("持卡人欧阳明辉，请回电。", "欧阳明辉");
    }

    @Test
    void aHebrewServiceGreetingAndABengaliNameChangeRequestAreNoNames() {
        noPerson("כאן שירות לקוחות, איך אפשר לעזור?");
        noPerson("כאן נציג התמיכה, במה אפשר לעזור?");
        noPerson("আমার নাম পরিবর্তন করতে চাই");
        noPerson("আমার নাম ভুল লেখা হয়েছে");
        person("আমার নাম সুমন দাস, আমার অর্ডার আসেনি।", "সুমন দাস");
    }
}
