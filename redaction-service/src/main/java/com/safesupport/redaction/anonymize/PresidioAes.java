package com.safesupport.redaction.anonymize;

import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Presidio's {@code encrypt}/{@code decrypt} operators, byte for byte: AES in CBC mode with PKCS7 padding, a random
 * 16-byte IV put before the ciphertext, the whole URL-safe base64 with padding; the key is the caller's string, whose
 * UTF-8 bytes must be 16, 24 or 32 long (AES-128/192/256). A value Presidio encrypted decrypts here and the other way.
 * Every decryption failure (bad base64, wrong length, wrong key, bad padding, not UTF-8) is one {@link Failed} without
 * detail, so a caller learns nothing about the padding (no padding oracle). Neither the key nor a value is ever put in
 * an exception message.
 */
public final class PresidioAes {

    /** The key's UTF-8 length is not 16, 24 or 32 bytes. */
    public static final class InvalidKey extends RuntimeException {
        InvalidKey() {
            super("key must be 128, 192 or 256 bits (16, 24 or 32 bytes in UTF-8)", null, false, false);
        }
    }

    /** The text is not a value encrypted under this key. */
    public static final class Failed extends RuntimeException {
        Failed() {
            super("the text could not be decrypted with the key given", null, false, false);
        }
    }

    private static final int BLOCK = 16;

    private PresidioAes() {
    }

    /** The AES key of a Presidio key string; {@link InvalidKey} unless 16, 24 or 32 bytes in UTF-8. */
    public static SecretKeySpec key(String key) {
        if (key == null) {
            throw new InvalidKey();
        }
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new InvalidKey();
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public static String encrypt(SecretKeySpec key, String text) {
        byte[] iv = new byte[BLOCK];
        // One SecureRandom per call, never a static one: the native build initialises classes at build time, and a
        // SecureRandom seeded then would be frozen into the executable (the builder refuses it; as LedgerChain).
        new SecureRandom().nextBytes(iv);
        return encrypt(key, iv, text);
    }

    /** With a given IV: for test vectors only (the IV must be random). */
    static String encrypt(SecretKeySpec key, byte[] iv, String text) {
        try {
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
            byte[] body = c.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[BLOCK + body.length];
            System.arraycopy(iv, 0, all, 0, BLOCK);
            System.arraycopy(body, 0, all, BLOCK, body.length);
            return Base64.getUrlEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC is not available", e);
        }
    }

    public static String decrypt(SecretKeySpec key, String text) {
        byte[] all;
        try {
            // Python's urlsafe_b64decode also reads the standard alphabet's + and /.
            all = Base64.getUrlDecoder().decode(text.strip().replace('+', '-').replace('/', '_'));
        } catch (IllegalArgumentException e) {
            throw new Failed();
        }
        if (all.length < 2 * BLOCK || all.length % BLOCK != 0) {
            throw new Failed();
        }
        byte[] plain;
        try {
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(all, 0, BLOCK));
            plain = c.doFinal(all, BLOCK, all.length - BLOCK);
        } catch (BadPaddingException | javax.crypto.IllegalBlockSizeException e) {
            throw new Failed();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC is not available", e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(plain)).toString();
        } catch (CharacterCodingException e) {
            throw new Failed();
        }
    }
}
