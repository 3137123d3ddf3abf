package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Round 39: a business's service number named as one — "your helpline on 0345 718 2200", "the freephone number 0800 731
 * 4452", "Customer service at 1-800-275-4413", "atención al cliente 900 814 302" — is no one's personal phone. Both must
 * hold: the number has a non-geographic service shape (UK 0800 / 0808 / 0500 / 03xx / 084x / 087x / 09xx, the North
 * American toll-free area codes 800, 888, 877, 866, 855, 844, 833, German 0180 / 0800 / 0900, Spanish 900 / 901 / 902,
 * Italian 800 / 803), and a service word stands within {@link #REACH} characters before it on its line ("helpline",
 * "freephone", "hotline", "toll-free", "customer service", "Kundenservice", "service client", "atención al cliente",
 * "servizio clienti", "klantenservice" …). A customer's own number never has such a shape; a service-shaped number
 * without the word ("direct line 1-800-…") stays a phone. Reads the number and {@link #REACH} characters before it.
 *
 * <p>The shapes overlap with geographic numbers elsewhere (UK 03xx / 084x / 087x / 09xx against Berlin 030, Saxony 034xx,
 * Bavaria 084xx / 087xx, Nuremberg 0911), so a customer may write their own number after a service word: "Kundenservice
 * soll mich unter 030 31234567 zurückrufen", "customer service can reach me at 0844 …". Leaving a personal number in
 * the text costs far more than redacting a helpline, so a first-person word between the service word and the number
 * ("me", "my", "mich", "mein", "moi", "mon", "mi", "mij", "mnie" …) keeps the number a phone.
 */
final class ServiceNumbers {

    private ServiceNumbers() {
    }

    static final int REACH = 40;

    private static final List<String> SERVICE_WORDS = List.of("helpline", "hotline", "freephone", "free phone", "toll-free",
            "toll free", "tollfree", "customer service", "customer care", "support line", "service line", "call centre",
            "call center", "switchboard", "kundenservice", "kundendienst", "servicenummer", "service client", "numéro vert",
            "atención al cliente", "número gratuito", "servizio clienti", "numero verde", "klantenservice", "infolijn");

    /** First-person words (EN/DE/FR/ES/IT/NL/PT/PL) that make the number after a service word the writer's own. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "ich", "mich", "mir", "mein",
            "meine", "meiner", "meinen", "meinem", "je", "j", "m", "moi", "mon", "ma", "mes", "yo", "mi", "mis", "mí", "io", "mio",
            "mia", "miei", "ik", "mij", "mijn", "eu", "meu", "minha", "mnie", "mój", "moj", "moja", "moim", "moje");

    private static final List<String> NANP_TOLL_FREE = List.of("800", "888", "877", "866", "855", "844", "833");

    /** Whether the phone candidate {@code lower[start, end)} is a service number named as one. */
    static boolean serviceNumber(String lower, int start, int end) {
        StringBuilder d = new StringBuilder(16);
        for (int k = start; k < end && d.length() < 16; k++) {
            char c = lower.charAt(k);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        return serviceShape(d.toString(), lower.charAt(start) == '+') && serviceWordBefore(lower, start);
    }

    /** The digits of a number (with '+' before them or not) in one of the service shapes. */
    static boolean serviceShape(String digits, boolean plus) {
        String n = digits;
        if (plus && n.startsWith("44") || n.startsWith("0044")) {
            n = "0" + n.substring(n.startsWith("0044") ? 4 : 2);
        } else if (plus && n.startsWith("49") || n.startsWith("0049")) {
            n = "0" + n.substring(n.startsWith("0049") ? 4 : 2);
        } else if (plus && n.startsWith("34") || plus && n.startsWith("39")) {
            n = n.substring(2);
        }
        if (n.length() == 11 && n.startsWith("1") && !n.startsWith("0") || plus && n.length() == 11 && n.startsWith("1")) {
            n = n.substring(1);
            return NANP_TOLL_FREE.contains(n.substring(0, 3));
        }
        if (n.length() == 10 && !n.startsWith("0") && NANP_TOLL_FREE.contains(n.substring(0, 3))) {
            return true;
        }
        if (n.startsWith("0")) {
            return n.length() >= 10 && n.length() <= 12 && (n.startsWith("0800") || n.startsWith("0808") || n.startsWith("0500")
                    || n.startsWith("0180") || n.startsWith("09") || n.startsWith("084") || n.startsWith("087")
                    || n.length() == 11 && n.startsWith("03") && "0347".indexOf(n.charAt(2)) >= 0 && n.charAt(2) != '0'
                    || n.length() == 11 && n.startsWith("030") && "03".indexOf(n.charAt(3)) >= 0);
        }
        // Spanish 900 / 901 / 902 (nine digits) and Italian 800 / 803 (six to ten digits)
        return n.length() == 9 && (n.startsWith("900") || n.startsWith("901") || n.startsWith("902"))
                || n.length() >= 6 && n.length() <= 10 && (n.startsWith("800") || n.startsWith("803"));
    }

    /** Whether a service word ends within {@link #REACH} characters before {@code start}, on the same line. */
    static boolean serviceWordBefore(String lower, int start) {
        int from = Math.max(0, start - REACH);
        for (int k = start - 1; k >= from; k--) {
            if (lower.charAt(k) == '\n') {
                from = k + 1;
                break;
            }
        }
        String window = lower.substring(from, start);
        int after = -1;
        for (String w : SERVICE_WORDS) {
            int at = window.lastIndexOf(w);
            if (at >= 0) {
                after = Math.max(after, at + w.length());
            }
        }
        return after >= 0 && !firstPersonIn(window, after);
    }

    /** Whether a first-person word stands in {@code window} from {@code from} on (at most {@link #REACH} characters). */
    static boolean firstPersonIn(String window, int from) {
        int k = from;
        while (k < window.length()) {
            if (!Character.isLetter(window.charAt(k))) {
                k++;
                continue;
            }
            int end = k;
            while (end < window.length() && Character.isLetter(window.charAt(end))) {
                end++;
            }
            if (FIRST_PERSON.contains(window.substring(k, end))) {
                return true;
            }
            k = end;
        }
        return false;
    }
}
