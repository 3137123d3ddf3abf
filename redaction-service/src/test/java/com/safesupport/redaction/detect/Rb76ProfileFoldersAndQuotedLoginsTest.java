package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 76, two readings of where a login is written (made-up logins and texts):
 * (1) a profile folder in a path — Windows "C:\Users\name\", macOS "/Users/name/", Unix "/home/name/" — names the
 * machine's user;
 * (2) a database's or server's error quotes the login it refused ('for user "name"', "for user 'name'@'host'").
 * Shared, default and service accounts, paths that do not open with the folder (a URL's "/home/", an API's "/users/"),
 * files and common English words stay out. Hostile inputs grow ×16 in linear time.
 */
class Rb76ProfileFoldersAndQuotedLoginsTest {

    private static void login(String text, String value) {
        List<String> all = found(text);
        assertTrue(all.contains("USERNAME=" + value), () -> value + " in " + all);
    }

    @Test
    void aProfileFolderInAPathNamesItsUser() {
        login("The sync fails: C:\\Users\\qxvander7\\AppData\\Roaming\\Tool\\log.txt is locked", "qxvander7");
        login("path \"c:/users/zorbek.t/Documents/export.csv\" not found", "zorbek.t");
        login("{\"file\": \"D:\\\\Users\\\\wimbly_k\\\\Desktop\\\\a.pdf\"}", "wimbly_k");
        login("Error reading /Users/plonkett/Library/Preferences/app.plist", "plonkett");
        login("cannot open '/home/drexvo/exports/report.csv' (Permission denied)", "drexvo");
        login("the files are in /home/quillby.", "quillby");
        login("see file:///home/trozzik/notes.txt", "trozzik");
    }

    @Test
    void aQuotedLoginInADatabaseErrorNamesItsUser() {
        login("FATAL: password authentication failed for user \"vex.morrow\"", "vex.morrow");
        login("ERROR 1045 (28000): Access denied for user 'kzandri'@'localhost' (using password: YES)", "kzandri");
    }

    @Test
    void sharedAccountsUrlsApiPathsFilesAndWordsStayOut() {
        assertNone("Copy it to C:\\Users\\Public\\Documents\\setup.exe first", "USERNAME=");
        assertNone("The installer writes to C:\\Users\\Default\\AppData\\Local", "USERNAME=");
        assertNone("Homebrew lives in /home/linuxbrew/.linuxbrew/bin", "USERNAME=");
        assertNone("The CI job runs in /home/runner/builds/app", "USERNAME=");
        assertNone("Open https://shop.example.com/home/offers for the sale", "USERNAME=");
        assertNone("GET /api/users/profile returns 500", "USERNAME=");
        assertNone("the endpoint /users/settings is slow", "USERNAME=");
        assertNone("I moved it to /home/readme.txt yesterday", "USERNAME=");
        assertNone("I went home/away after work", "USERNAME=");
        assertNone("FATAL: password authentication failed for user \"postgres\"", "USERNAME=");
        assertNone("FATAL: role check failed for user \"reports\"", "USERNAME=");
        assertNone("The user \"Save\" button does nothing", "USERNAME=");
    }

    @Test
    void theReadingsStayLinear() {
        for (String unit : List.of("C:\\Users\\", "C:\\Users\\qxv\\", "/home/", "/home/drexvo ", "\\\\Users\\\\",
                "for user \"", "user 'kz' ", "file:///home/a/", "Users/Users/")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 76 profile folders and quoted logins 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
