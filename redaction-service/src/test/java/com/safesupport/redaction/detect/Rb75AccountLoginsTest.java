package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 75: an account named by its login ("the account zz_test_77", "the accounts foo.bar_12 and qux.demo.99", "mein
 * Konto testkonto_42") is a USERNAME; a plain word, an amount, a number, an abbreviation, a host or an e-mail address after
 * the word is none. Made-up texts; linear time with inputs growing ×16.
 */
class Rb75AccountLoginsTest {

    @Test
    void aLoginAfterTheWordForAnAccountIsAUserName() {
        covered("Could you unlock the community account zz_test_77? It is mine.", "USERNAME", "zz_test_77");
        covered("Please reset the accounts foo.bar_12 and qux.demo.99, both locked.", "USERNAME", "foo.bar_12");
        covered("Please reset the accounts foo.bar_12 and qux.demo.99, both locked.", "USERNAME", "qux.demo.99");
        covered("Merge the accounts alpha_one, beta.two_2 and gamma.work please.", "USERNAME", "gamma.work");
        covered("Merge the accounts alpha_one, beta.two_2 and gamma.work please.", "USERNAME", "beta.two_2");
        covered("Mein Konto testkonto_42 ist gesperrt.", "USERNAME", "testkonto_42");
        covered("Mon compte lulu_demo2003 est bloqué.", "USERNAME", "lulu_demo2003");
        covered("Mi cuenta pepe.demo_90 no funciona.", "USERNAME", "pepe.demo_90");
    }

    @Test
    void otherThingsAfterTheWordAreNoLogin() {
        for (String text : List.of("My account was charged 12.50 twice.", "The account no. 5531 is closed.",
                "Which account e.g. savings or current should I use?", "Log in to your account at support.example.com today.",
                "The account is locked since Monday.",
                "Your account a.b is odd.")) {
            List<String> f = found(text);
            assertFalse(f.stream().anyMatch(x -> x.startsWith("USERNAME=")), text + " -> " + f);
        }
        List<String> mail = found("Please close the account jane.demo@example.com for me.");
        assertFalse(mail.contains("USERNAME=jane.demo"), mail.toString());
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("the accounts foo.bar_12 and qux.demo.99, ", "account account account ", "accounts a_b, c_d, e_f and ",
                "account x_y_z_w_v_u_t_s_r_q_p_o_n_m_l_k_j_i_h_g_f_e_d ", "konto compte cuenta conta acct a.b.c.d.e.f.g ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 75 account logins 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
