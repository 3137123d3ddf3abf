package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Names written in lower case right after an explicit introduction, which the model alone misses (names made up or
 * common in their countries, for this test).
 */
class IntroducedNameTest {

    static List<String> people(String text) {
        return NameVetoTest.people(text);
    }

    @Test
    void lowerCaseNamesAfterAnIntroduction() {
        assertEquals(List.of("PERSON=wei zhang"), people("hi, this is wei zhang from support"));
        assertEquals(List.of("PERSON=oluwaseun adeyemi"), people("hello, i am oluwaseun adeyemi and my order is late"));
        assertEquals(List.of("PERSON=takeshi yamamoto"), people("i'm takeshi yamamoto"));
        assertEquals(List.of("PERSON=kwame"), people("my son kwame lost his card"));
        assertEquals(List.of("PERSON=aisha"), people("hey, i'm aisha"));
    }

    @Test
    void ordinaryWordsAfterAnIntroductionAreNoNames() {
        assertEquals(List.of(), people("this is urgent, my card is gone"));
        assertEquals(List.of(), people("i am hungry and tired"));
        assertEquals(List.of(), people("my name is on the card"));
        assertEquals(List.of(), people("I am sorry, this is taking too long"));
        assertEquals(List.of(), people("i'm not happy, i'm very upset"));
        assertEquals(List.of(), people("name: tbd"));
        assertEquals(List.of(), people("i am writing to complain, call me maybe"));
        assertEquals(List.of(), people("the money to my friend hasn't arrived"));
        assertEquals(List.of(), people("I'm topping up my card, i'm intereted in this, this is xyzcorp support"));
    }
}
