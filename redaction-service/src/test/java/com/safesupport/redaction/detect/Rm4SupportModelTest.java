package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Rounds rm3/rm4: the support model ({@link NameModel#SUPPORT_RESOURCE}) is the file the documented training command
 * writes (docs/redaction-accuracy.md, round rm4: {@code -Deval.probeBatches=1-59,61}, two trainings byte-identical), trained with
 * the features {@link ShippedNameModelTest} pins; it is another file than the shipped model and the analyser loads it.
 * After retraining, put the new file's SHA-256 here.
 */
class Rm4SupportModelTest {

    /** SHA-256 of {@code model/names-en-support.bin.gz} (round rm4: batches 1–59 and 61, weight 1, places masked). */
    private static final String SUPPORT_MODEL_SHA256 = "66f2f1461b1a3c9626fd4833e988701a1743281d3e7d6dd68a53d484396ebdad";

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = LanguagePack.resource(resource)) {
            sha.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void theSupportModelIsTheTrainedFile() throws IOException, NoSuchAlgorithmException {
        assertEquals(SUPPORT_MODEL_SHA256, sha256(NameModel.SUPPORT_RESOURCE),
                "the support model changed: retrain with the documented command and put its SHA-256 here");
        assertNotEquals(sha256(NameModel.RESOURCE), sha256(NameModel.SUPPORT_RESOURCE));
    }

    @Test
    void theAnalyserReadsTheSupportModelOverTheShippedLexicon() {
        assertNotNull(BuiltInData.ENGLISH_SUPPORT_NAMES);
        assertEquals(BuiltInData.ENGLISH_NAMES.lexicon(), BuiltInData.ENGLISH_SUPPORT_NAMES.lexicon());
    }
}
