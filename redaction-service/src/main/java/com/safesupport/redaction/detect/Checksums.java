package com.safesupport.redaction.detect;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/** The structural checks behind the validators: Luhn, ISO 13616 mod-97, ABA, SSN ranges, IPv6, wallets. */
public final class Checksums {

    private Checksums() {
    }

    public static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }

    /** Card brands by issuer prefix and length (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro). */
    public static boolean knownCardBrand(String d) {
        int len = d.length();
        if (len < 13 || len > 19) {
            return false;
        }
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p4 = Integer.parseInt(d.substring(0, 4));
        return d.charAt(0) == '4'
                || (p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)
                || ((p2 == 34 || p2 == 37) && len == 15)
                || p4 == 6011 || p2 == 65 || (p4 >= 6440 && p4 <= 6499)
                || (p4 >= 3528 && p4 <= 3589) || p4 == 2131 || p4 == 1800
                || p2 == 36 || p2 == 38 || (p4 >= 3000 && p4 <= 3059)
                || p2 == 62 || p2 == 50 || (p2 >= 56 && p2 <= 69);
    }

    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28),
            Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
            Map.entry("VG", 24), Map.entry("XK", 20));

    /** ISO 13616: the country's length and the mod-97 check of the rearranged number. */
    public static boolean iban(String compactUpper) {
        Integer expected = compactUpper.length() < 4 ? null : IBAN_LENGTHS.get(compactUpper.substring(0, 2));
        if (expected == null || expected != compactUpper.length()) {
            return false;
        }
        String rearranged = compactUpper.substring(4) + compactUpper.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
                remainder = (remainder * 10 + v) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
                remainder = (remainder * 100 + v) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /** US SSN: area not 000, 666 or 9xx, group not 00, serial not 0000, and not a famous specimen. */
    public static boolean ssn(String d) {
        if (d.length() != 9) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        int serial = Integer.parseInt(d.substring(5));
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
            return false;
        }
        if (d.equals("123456789") || d.equals("078051120") || d.equals("219099999")) {
            return false;
        }
        return d.chars().distinct().count() > 1;
    }

    /** ABA routing number: 3-7-1 weighted checksum. */
    public static boolean aba(String d) {
        if (d.length() != 9) {
            return false;
        }
        int sum = 0;
        int[] w = {3, 7, 1};
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * w[i % 3];
        }
        return sum % 10 == 0 && sum > 0;
    }

    /**
     * IPv6 text form (RFC 4291 section 2.2, RFC 5952): up to eight groups of one to four hex digits, at most one
     * "::" standing for one or more zero groups, and optionally a dotted IPv4 tail in place of the last two groups.
     */
    public static boolean ipv6(String s) {
        if (s.length() < 2 || s.length() > 45) {
            return false;
        }
        int lastColon = s.lastIndexOf(':');
        if (lastColon < 0) {
            return false;
        }
        if (s.indexOf('.') >= 0) {
            String tail = s.substring(lastColon + 1);
            if (!ipv4(tail) || s.substring(0, lastColon).indexOf('.') >= 0) {
                return false;
            }
            s = s.substring(0, lastColon + 1) + "0:0";
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0 || s.contains(":::")) {
            return false;
        }
        if (s.startsWith(":") && doubleColon != 0 || s.endsWith(":") && (doubleColon < 0 || doubleColon != s.length() - 2)) {
            return false;
        }
        String[] groups = s.split(":", -1);
        int filled = 0;
        for (String g : groups) {
            if (g.isEmpty()) {
                continue;
            }
            if (g.length() > 4) {
                return false;
            }
            for (int k = 0; k < g.length(); k++) {
                if (Character.digit(g.charAt(k), 16) < 0) {
                    return false;
                }
            }
            filled++;
        }
        return doubleColon >= 0 ? filled <= 7 : filled == 8;
    }

    /**
     * Dotted IPv4: four decimal octets 0–255, no empty parts, no leading zero (RFC 3986 {@code dec-octet}; "010" reads
     * as octal to some parsers and as decimal to others, so strict parsers such as Python's {@code ipaddress} refuse it).
     */
    public static boolean ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.charAt(0) == '0') {
                return false;
            }
            for (int k = 0; k < p.length(); k++) {
                if (p.charAt(k) < '0' || p.charAt(k) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /** Legacy Bitcoin address: Base58Check with a valid double-SHA-256 checksum. */
    public static boolean base58Check(String s) {
        BigInteger n = BigInteger.ZERO;
        for (int i = 0; i < s.length(); i++) {
            int v = BASE58.indexOf(s.charAt(i));
            if (v < 0) {
                return false;
            }
            n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(v));
        }
        byte[] raw = n.toByteArray();
        int leadingZeros = 0;
        while (leadingZeros < s.length() && s.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[leadingZeros + raw.length - start];
        System.arraycopy(raw, start, bytes, leadingZeros, raw.length - start);
        if (bytes.length != 25) {
            return false;
        }
        byte[] hash = sha256(sha256(java.util.Arrays.copyOf(bytes, 21)));
        for (int i = 0; i < 4; i++) {
            if (hash[i] != bytes[21 + i]) {
                return false;
            }
        }
        return true;
    }

    /** Bech32 / Bech32m (BIP 173 / 350) checksum of a segwit address. */
    public static boolean bech32(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        int sep = lower.lastIndexOf('1');
        if (sep < 1 || sep + 7 > lower.length() || lower.length() > 90) {
            return false;
        }
        String charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
        int[] values = new int[lower.length() - sep - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = charset.indexOf(lower.charAt(sep + 1 + i));
            if (values[i] < 0) {
                return false;
            }
        }
        String hrp = lower.substring(0, sep);
        int[] expanded = new int[hrp.length() * 2 + 1 + values.length];
        for (int i = 0; i < hrp.length(); i++) {
            expanded[i] = hrp.charAt(i) >> 5;
            expanded[i + hrp.length() + 1] = hrp.charAt(i) & 31;
        }
        expanded[hrp.length()] = 0;
        System.arraycopy(values, 0, expanded, hrp.length() * 2 + 1, values.length);
        int chk = 1;
        int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        for (int v : expanded) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                if (((top >>> i) & 1) != 0) {
                    chk ^= gen[i];
                }
            }
        }
        return chk == 1 || chk == 0x2bc830a3;
    }

    /** Shannon entropy in bits per character. */
    public static double entropy(String s) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / s.length();
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = (double) other / s.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
