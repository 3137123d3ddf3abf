package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Round 39: a passport number that closes a long label ("Passport number for the visa appointment next month:
 * 561093847", "My passport number, which you will need for the booking change, is 804217365", "Reisepassnummer für die
 * Buchung meiner Frau (…): C7LR4KM29"). The context window (48 characters before) misses the passport word there; this
 * reads the label itself: right before the value a ':' or a copula ("is", "ist", "lautet", "est", "es", "è", "é"), and
 * before that, within {@link #REACH} characters on the same line and in the same sentence, a passport word of seven
 * languages — with no reference word between ("order", "booking reference", "SKU", "tracking", "ticket" …) and none of a
 * passport accessory right after it ("passport holder", "passport photo", "passport wallet"). Reads at most
 * {@link #REACH} characters before each candidate: constant per candidate.
 */
final class PassportLabels {

    private PassportLabels() {
    }

    /** How far before the value's label the passport word may stand. */
    static final int REACH = 90;

    /** Passport words, lower case (stems: "reisepassnummer", "passportnumber" contain them). */
    private static final List<String> WORDS = List.of("passport", "passeport", "pasaporte", "paspoort", "passaporto", "passaporte",
            "paszport", "reisepass");

    /** Words that make the number a reference, a product's or an order's, whatever passport word precedes them. */
    private static final Set<String> NOT_PASSPORT = Set.of("order", "orders", "sku", "invoice", "tracking", "reference", "ref", "ticket",
            "case", "item", "product", "article", "code", "serial", "holder", "holders", "wallet", "wallets", "cover", "covers", "photo",
            "photos", "sleeve", "fee", "fees", "price", "office", "bestellung", "bestellnummer", "commande", "pedido", "ordine",
            "bestelling", "referenz", "référence", "referencia", "riferimento", "tel", "phone", "telefon", "téléphone", "teléfono",
            "telefono", "telefoon", "mobile", "call");

    /** Copulas that close a label before its value. */
    private static final Set<String> COPULAS = Set.of("is", "ist", "lautet", "est", "es", "è", "é", "was");

    /**
     * The passport word that labels the value starting at {@code start} in {@code lower} (the lower-cased text), or null.
     */
    static String longLabel(String lower, int start) {
        int k = start - 1;
        while (k >= 0 && lower.charAt(k) == ' ') {
            k--;
        }
        if (k < 0) {
            return null;
        }
        int labelEnd;
        if (lower.charAt(k) == ':') {
            labelEnd = k;
        } else {
            int w = k;
            while (w >= 0 && Character.isLetter(lower.charAt(w))) {
                w--;
            }
            if (w == k || !COPULAS.contains(lower.substring(w + 1, k + 1)) || w < 0 || lower.charAt(w) != ' ') {
                return null;
            }
            labelEnd = w;
        }
        int from = Math.max(0, labelEnd - REACH);
        // The label stays on its line and in its sentence: a line break, '?', '!' or a full stop after a word of three
        // letters or more ends the search ("no." and "Nr." do not).
        int lineFrom = from;
        for (int i = labelEnd - 1; i >= from; i--) {
            char c = lower.charAt(i);
            if (c == '\n' || c == '?' || c == '!' || c == '.' && i + 1 < lower.length() && lower.charAt(i + 1) == ' '
                    && i >= 3 && Character.isLetter(lower.charAt(i - 1)) && Character.isLetter(lower.charAt(i - 2))
                    && Character.isLetter(lower.charAt(i - 3))) {
                lineFrom = i + 1;
                break;
            }
        }
        String window = lower.substring(lineFrom, labelEnd);
        int best = -1;
        String word = null;
        for (String p : WORDS) {
            int at = window.lastIndexOf(p);
            if (at > best) {
                best = at;
                word = p;
            }
        }
        if (word == null) {
            return null;
        }
        // No reference or accessory word between the passport word and the value.
        int i = best + word.length();
        while (i < window.length() && Character.isLetter(window.charAt(i))) {
            i++; // the rest of a compound ("reisepassnummer", "passportnumber")
        }
        while (i < window.length()) {
            if (!Character.isLetter(window.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < window.length() && Character.isLetter(window.charAt(j))) {
                j++;
            }
            if (NOT_PASSPORT.contains(window.substring(i, j))) {
                return null;
            }
            i = j;
        }
        return word;
    }
}
