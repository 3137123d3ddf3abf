package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Writers who name themselves informally and in lower case — "its kemal here", "hey it's joaquin", "it's me, wanjiru",
 * "hi there, bukola adeyemi here" — and the same openings that name nobody. Names made up or common in their countries
 * for this test (none from a dataset).
 */
class InformalIntroductionTest {

    static List<String> people(String text) {
        return NameVetoTest.people(text);
    }

    @Test
    void itsAndItIsOpenASelfIntroduction() {
        assertEquals(List.of("PERSON=kemal"), people("its kemal here, my bill is wrong"));
        assertEquals(List.of("PERSON=joaquin"), people("hey it's joaquin, still no refund"));
        assertEquals(List.of("PERSON=wanjiru"), people("it's me, wanjiru. any update?"));
        assertEquals(List.of("PERSON=tomasz wrobel"), people("it’s tomasz wrobel, i rang on monday"));
    }

    @Test
    void aNameBeforeHereOpensTheMessage() {
        assertEquals(List.of("PERSON=bukola adeyemi"), people("hi there, bukola adeyemi here. the app logs me out"));
        assertEquals(List.of("PERSON=ikenna"), people("ikenna here - is the outage over?"));
    }

    @Test
    void oneUnknownWordAfterAWeakIntroductionIsANameWhenItClosesTheClause() {
        assertEquals(List.of("PERSON=ikechukwu"), people("hello this is ikechukwu, my sim is locked"));
        // A greeting before "im" does not make "im" the name; a name may end in -ing when the clause ends with it.
        assertEquals(List.of("PERSON=jingming"), people("hi im jingming, the app crashes"));
        // The model's tagged first name grows by the untagged surname after it.
        assertEquals(List.of("PERSON=kemal oztoprak"), people("hello this is kemal oztoprak calling about my router"));
    }

    @Test
    void openingsThatNameNobody() {
        assertEquals(List.of(), people("its urgent, please call me back"));
        assertEquals(List.of(), people("it's been a week and nothing"));
        assertEquals(List.of(), people("hi, its broken again"));
        assertEquals(List.of(), people("this is insane."));
        assertEquals(List.of(), people("the phone is fine but its battery dies fast"));
        assertEquals(List.of(), people("hi there, anyone here?"));
        assertEquals(List.of(), people("hi, new customer here."));
        assertEquals(List.of(), people("hi im trying to pay my bill"));
        assertEquals(List.of(), people("hey, it's me again"));
    }

    @Test
    void productEditionsAndModelCodesAreNoPeople() {
        assertEquals(List.of(), people("my Galaxy Note 20 Ultra keeps restarting"));
        assertEquals(List.of(), people("the iPhone 13 Pro Max will not charge"));
        assertEquals(List.of(), people("is the Netgear Orbi RBK50 supported?"));
        // A person is still a person before an ordinal or a plain number.
        assertEquals(List.of("PERSON=Maria Lopez"), people("Maria Lopez 2nd floor asked about her card"));
    }
}
