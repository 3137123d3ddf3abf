package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 62: a Thai name after a Thai self-introduction ("ผมชื่อ", "ดิฉันชื่อ", "ฉันชื่อ" … "my name is"), bounded by
 * Thai letters — at most two blank-separated words, a glued polite particle or a word opening the next phrase ends it.
 * Made-up texts; look-alikes stay as they were; linear time with inputs ×16.
 */
class Rb62RulesTest {

    @Test
    void thaiNamesAfterASelfIntroduction() {
        AnalyzerTest.assertFound("สวัสดีครับ ผมชื่อ ประเสริฐ ใจดี ขอเปลี่ยนเบอร์โทรครับ", "PERSON=ประเสริฐ ใจดี");
        AnalyzerTest.assertFound("ดิฉันชื่อ กัญญา รัตนพันธ์ ค่ะ", "PERSON=กัญญา รัตนพันธ์");
        AnalyzerTest.assertFound("ฉันชื่อธนพลครับ พัสดุยังไม่มาส่ง", "PERSON=ธนพล");
        AnalyzerTest.assertFound("สวัสดีค่ะ ชื่อของดิฉันคือ วิภาวรรณ ทองดี", "PERSON=วิภาวรรณ ทองดี");
        AnalyzerTest.assertFound("ผมชื่อเล่นว่า ต้น อยากสอบถามเรื่องบิล", "PERSON=ต้น");
    }

    @Test
    void theNameStopsWhereTheNextPhraseStarts() {
        List<String> f = AnalyzerTest.found("ผมชื่อ อนุชา อยากยกเลิกแพ็กเกจ");
        assertTrue(f.stream().anyMatch(x -> x.contains("อนุชา")), () -> f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("อยาก")), () -> f.toString());
        List<String> g = AnalyzerTest.found("ดิฉันชื่อ มาลัย ศักดิ์ดีค่ะ ต้องการใบเสร็จ");
        assertFalse(g.stream().anyMatch(x -> x.contains("ค่ะ") || x.contains("ต้องการ")), () -> g.toString());
        AnalyzerTest.assertFound("ดิฉันชื่อ มาลัย ศักดิ์ดีค่ะ ต้องการใบเสร็จ", "PERSON=มาลัย ศักดิ์ดี");
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        assertNone("ชื่อผู้ใช้ของผมเข้าระบบไม่ได้ครับ", "PERSON");
        assertNone("ขอเปลี่ยนชื่อบัญชีได้ไหมคะ", "PERSON");
        assertNone("ผมชื่อ อยากทราบว่าต้องทำอย่างไร", "PERSON");
        assertNone("ผมชื่อ 12345", "PERSON");
        assertNone("ผมชอบสินค้านี้มากครับ", "PERSON");
    }

    @Test
    void theThaiReadingStaysLinear() {
        for (String unit : List.of("ผมชื่อ ประเสริฐ ใจดี ", "ผมชื่อผมชื่อ", "ดิฉันชื่อดิฉันชื่อ", "ฉันชื่อ คะคะคะ ",
                "ผมชื่อ กกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกก ", "ชื่อของผมคือ ", "ผมชื่อเล่นว่าเล่นว่า ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 62 Thai introductions 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
