package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 66: a name after Greek "είμαι ο / η" ("I am" + the article) and after Arabic "أنا" ("I am") when a family name
 * with the article and the relative ending ("ال…ي") closes it; look-alikes ("I am the customer", "I am very angry")
 * stay out; linear time with inputs ×16. All texts made up.
 */
class Rb66IntroductionsTest {

    /** On the base (round 65's engine) all but the second of these texts give no PERSON at all. */
    @Test
    void aNameAfterGreekOrArabicIAmIsFound() {
        covered("Καλημέρα, είμαι ο Θανάσης Μαυρίδης και θέλω να αλλάξω το πακέτο μου.", "PERSON", "Θανάσης Μαυρίδης");
        covered("Γεια σας, είμαι η Ελένη Καραγιάννη, ο λογαριασμός μου κλειδώθηκε.", "PERSON", "Ελένη Καραγιάννη");
        covered("Είμαι ο Στέλιος και περιμένω ακόμα το δέμα.", "PERSON", "Στέλιος");
        covered("السلام عليكم، أنا مازن القحطاني، لم تصلني الفاتورة.", "PERSON", "مازن القحطاني");
        covered("مساء الخير، أنا ريم الشمري وأريد تغيير رقم الهاتف.", "PERSON", "ريم الشمري");
    }

    @Test
    void lookAlikesStayOut() {
        assertNone("Καλησπέρα, είμαι ο πελάτης σας εδώ και δέκα χρόνια.", "PERSON");
        assertNone("Είμαι η μητέρα του κατόχου του λογαριασμού.", "PERSON");
        assertNone("Είμαι ηλικίας 40 ετών και θέλω νέο πακέτο.", "PERSON");
        assertNone("أنا غاضب جدا، لم يصل الطلب بعد.", "PERSON");
        assertNone("أنا لا أستطيع الدخول إلى الحساب الشخصي.", "PERSON");
        assertNone("أنا العميل الحالي، أرجو الرد.", "PERSON");
        assertNone("أنا في انتظار ردكم على البريد الإلكتروني.", "PERSON");
    }

    @Test
    void theIntroductionsStayLinear() {
        for (String unit : List.of("είμαι ο Θανάσης Μαυρίδης και ", "είμαι η είμαι ο ", "Είμαι ο Α Β Γ Δ ",
                "أنا مازن القحطاني، ", "أنا أنا أنا ", "أنا سامي الحلبي الحلبي الحلبي ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 66 introductions 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
