package com.safesupport.bot.guardrail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Round 34 (issue 14): text hidden in an encoding, decoded so the rules can read it once. A hand scanner, one pass over
 * the message, linear in its length, with a fixed budget for what it decodes:
 * <ul>
 *   <li>a run of {@value #MIN_RUN} or more base64 characters (standard or URL-safe alphabet, "=" padding), or of hex
 *       digits (an even number), is decoded; it counts only if it decodes to readable UTF-8 text with a space in it
 *       (a transaction id, a long word or an attachment's name decode to bytes, or do not decode);</li>
 *   <li>when the message names ROT13, its letters are rotated back once.</li>
 * </ul>
 * At most {@value #BUDGET} encoded characters are decoded per message, and the decoded text is read once: it is
 * never decoded again. The result is only matched against, never shown or stored; the original text is always read
 * too ({@link PromptInjectionDetector#signals}), so this pass can only add a rule firing.
 */
final class EncodedPayload {

    /** The shortest run decoded: 20 base64 characters are 15 bytes, 20 hex digits 10. */
    static final int MIN_RUN = 20;
    /** Encoded characters decoded per message at most (a message is at most 2,000 characters, {@code bot.limits}). */
    static final int BUDGET = 4_096;

    private static final java.util.regex.Pattern ROT13 = java.util.regex.Pattern.compile("\\brot[- ]?13\\b", Patterns.FLAGS);

    private EncodedPayload() {
    }

    /** The readable text decoded from the message's encoded runs, one per line; empty when there is none. */
    static String decoded(String text) {
        StringBuilder out = new StringBuilder();
        int budget = BUDGET;
        int n = text.length();
        int i = 0;
        while (i < n && budget > 0) {
            if (!isBase64(text.charAt(i)) || (i > 0 && isBase64(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int j = i;
            boolean hexOnly = true;
            while (j < n && isBase64(text.charAt(j))) {
                hexOnly &= Character.digit(text.charAt(j), 16) >= 0;
                j++;
            }
            int end = j;
            while (j < n && j - end < 2 && text.charAt(j) == '=') {
                j++;
            }
            int length = Math.min(end - i, budget);
            if (length >= MIN_RUN) {
                budget -= length;
                String run = text.substring(i, i + length);
                String plain = hexOnly && length % 2 == 0 ? readable(hex(run)) : readable(base64(run));
                if (plain != null) {
                    out.append(plain).append('\n');
                }
            }
            i = j;
        }
        if (ROT13.matcher(text).find()) {
            out.append(rot13(text.substring(0, Math.min(n, BUDGET)))).append('\n');
        }
        return out.toString();
    }

    private static boolean isBase64(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '-' || c == '_');
    }

    private static byte[] hex(String run) {
        byte[] bytes = new byte[run.length() / 2];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) (Character.digit(run.charAt(2 * k), 16) << 4 | Character.digit(run.charAt(2 * k + 1), 16));
        }
        return bytes;
    }

    // without padding, a run cut to a multiple of four characters (the payload may sit inside a longer word)
    private static byte[] base64(String run) {
        String body = run.substring(0, run.length() - run.length() % 4);
        boolean urlSafe = body.indexOf('-') >= 0 || body.indexOf('_') >= 0;
        try {
            return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(body);
        } catch (IllegalArgumentException mixedAlphabets) {
            return null;
        }
    }

    // strict UTF-8, no control character, a space, and mostly letters: text someone wrote, not bytes
    private static String readable(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
        int letters = 0;
        boolean space = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return null;
            }
            letters += Character.isLetter(c) ? 1 : 0;
            space |= c == ' ';
        }
        return space && letters * 10 >= s.length() * 7 ? s.toLowerCase(Locale.ROOT) : null;
    }

    private static String rot13(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 'a' && c <= 'z') {
                c = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) ('A' + (c - 'A' + 13) % 26);
            }
            out.append(c);
        }
        return out.toString();
    }
}
