package com.safesupport.redaction.detect;

import java.util.List;

/**
 * Round 39: a business's service number named as one — "your helpline on 0345 718 2200", "the freephone number 0800 731
 * 4452", "Customer service at 1-800-275-4413", "atención al cliente 900 814 302" — is no one's personal phone. Both must
 * hold: the number has a non-geographic service shape (UK 0800 / 0808 / 0500 / 03xx / 084x / 087x / 09xx, the North
 * American toll-free area codes 800, 888, 877, 866, 855, 844, 833, German 0180 / 0800 / 0900, Spanish 900 / 901 / 902,
 * Italian 800 / 803), and a service word stands within {@link #REACH} characters before it on its line ("helpline",
 * "freephone", "hotline", "toll-free", "customer service", "Kundenservice", "service client", "atención al cliente",
 * "servizio clienti", "klantenservice" …). A customer's own number never has such a shape; a service-shaped number
 * without the word ("direct line 1-800-…") stays a phone. Reads the number and {@link #REACH} characters before it.
 */
final class ServiceNumbers {

    private ServiceNumbers() {
    }

    static final int REACH = 40;

    private static final List<String> SERVICE_WORDS = List.of("helpline", "hotline", "freephone", "free phone", "toll-free",
            "toll free", "tollfree", "customer service", "customer care", "support line", "service line", "call centre",
            "call center", "switchboard", "kundenservice", "kundendienst", "servicenummer", "service client", "numéro vert",
            "atención al cliente", "número gratuito", "servizio clienti", "numero verde", "klantenservice", "infolijn");

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
        for (String w : SERVICE_WORDS) {
            if (window.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
