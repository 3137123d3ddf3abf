package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 53: names after self-introductions of Greek, Arabic, Hebrew, Devanagari, Chinese, Japanese and Korean, written
 * in their own script; a single given name (or two or three name words) closing a message after a closing or an English
 * thanks ("Cumprimentos, Joana", "Cheers, Priya Raman") or a dash ("- Tobias"). Made-up texts; look-alikes stay as they were; linear time with
 * inputs growing ×16.
 */
class Rb53RulesTest {

    @Test
    void namesAfterSelfIntroductionsInOtherScripts() {
        covered("مرحبا، اسمي كريم منصور، أريد تغيير العنوان.", "PERSON", "كريم منصور");
        covered("שלום, שמי נועה לוי. יש לי בעיה עם החשבון.", "PERSON", "נועה לוי");
        covered("नमस्ते, मेरा नाम अनीता वर्मा है और मेरा कार्ड ब्लॉक है।", "PERSON", "अनीता वर्मा");
        covered("Καλημέρα, ονομάζομαι Σταύρος Κοντός, η κάρτα μου μπλοκαρίστηκε.", "PERSON", "Σταύρος Κοντός");
        covered("您好，我叫陈晓明，我的订单还没到。", "PERSON", "陈晓明");
        covered("お世話になっております。佐藤健一と申します。注文の件です。", "PERSON", "佐藤健一");
        covered("안녕하세요, 제 이름은 박지훈입니다. 카드가 정지되었어요.", "PERSON", "박지훈");
    }

    @Test
    void lookAlikesOfTheIntroductionsStay() {
        assertNone("我叫了外卖，但是没有到。", "PERSON");
        assertNone("我叫出租车去机场。", "PERSON");
        assertNone("اسمي في الحساب خطأ.", "PERSON");
        assertNone("मेरा नाम क्या है?", "PERSON");
        assertNone("제 이름은 틀렸어요 정말로 너무 길게 잘못 적혀 있습니다", "PERSON");
    }

    @Test
    void aGivenNameClosingTheMessage() {
        covered("Morada nova: Rua do Sol 9. Cumprimentos, Inês", "PERSON", "Inês");
        covered("Still waiting for the refund. Cheers, Priya Raman", "PERSON", "Priya Raman");
        covered("The parcel never arrived.\nThanks,\nTobias", "PERSON", "Tobias");
        covered("Please call me back after six - Tobias", "PERSON", "Tobias");
        covered("The screen flickers again.\n— Marta", "PERSON", "Marta");
        assertNone("Thanks, Bye", "PERSON");
        // two name words after an English thanks need a known given name first (round 46's look-alike)
        assertFalse(AnalyzerTest.found("Thanks, Amex Wróblewski").stream().anyMatch(x -> x.contains("Amex")));
        assertNone("The upload failed at step 2 - Final", "PERSON");
        assertNone("The upload failed at step 2 - Support", "PERSON");
        assertNone("The app crashed again. Thanks, Support", "PERSON");
        List<String> f = AnalyzerTest.found("Thanks, Joana, for the quick reply about the order.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Joana, for")), () -> f.toString());
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("اسمي كريم منصور، ", "שמי שמי שמי ", "मेरा नाम अनीता है ", "我叫陈晓明，", "我叫我叫我叫",
                "佐藤と申します", "제 이름은 박지훈입니다 ", "Cheers, Priya. ", "Thanks,\nTobias ", "με λένε Ελένη, ", " - Tobias")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 53 readings 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
