package com.safesupport.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command in README.md and docs/*.md names modules, profiles, classes, tests, files and ./suite subcommands
 * that exist today, and no directory of one machine: outside reviewers run them from a fresh clone, and renames break
 * them silently. Static (nothing is run), so it costs about a second.
 */
class DcDocCommandsTest {

    @Test
    void everyDocumentedCommandNamesWhatExists() {
        DocCommandCheck check = new DocCommandCheck(DocCommandCheck.findRoot(Path.of("")));
        // the extraction still finds the commands (hundreds in README.md and docs/)
        assertTrue(check.commandCount() > 300, "only " + check.commandCount() + " commands found in the docs");
        List<DocCommandCheck.Problem> problems = check.check();
        if (!problems.isEmpty()) {
            fail(problems.size() + " documented command(s) would not run as written on a fresh clone "
                    + "(fix the command, or say beside it \"" + DocCommandCheck.RETIRED + "\" and why):\n"
                    + problems.stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void brokenCommandsAreReportedWithTheirLine(@TempDir Path repo) throws IOException {
        fakeRepository(repo, """
                # Doc
                ```bash
                ./mvnw -B -pl app -am verify -Peval -Dexec.mainClass=com.safesupport.app.Gone
                ./mvnw -B -pl nosuch -am verify
                ./mvnw -B -pl app verify -Pnosuch
                ./mvnw -B -pl app verify -Dtest=GoneTest -Dsurefire.failIfNoSpecifiedTests=false
                ./suite upp
                scripts/gone.sh app
                ./mvnw -B -pl app -am compile -Peval -Dexec.mainClass=com.safesupport.app.Runner
                ```
                Inline: `./mvnw -B -pl app -am test-compile -Peval -Dexec.args="report /work/shared/datasets"`, and
                `java -cp app/target/classes com.safesupport.app.Old`.
                - an indented code block in a list item:

                      ./mvnw -B -pl app verify -Dtest=Gone2Test

                Wrapped: `LOAD=1
                scripts/gone2.sh` ends here. Not executable: `scripts/plain.py x`; with its interpreter:
                `python3 scripts/plain.py x`.
                """);
        List<DocCommandCheck.Problem> problems = new DocCommandCheck(repo).check();
        String report = problems.stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 11, 12, 15, 17, 18), problems.stream().map(DocCommandCheck.Problem::line).toList(),
                report);
        assertTrue(report.contains("class com.safesupport.app.Gone has no source in app"), report);
        assertTrue(report.contains("-pl nosuch: no such module"), report);
        assertTrue(report.contains("-Pnosuch: no such profile"), report);
        assertTrue(report.contains("-Dtest=GoneTest: no such test class"), report);
        assertTrue(report.contains("./suite has no subcommand 'upp'"), report);
        assertTrue(report.contains("no file or folder scripts/gone.sh"), report);
        assertTrue(report.contains("-Peval runs its main class in app at test-compile; compile stops before it"), report);
        assertTrue(report.contains("names a directory of one machine (/work/"), report);
        assertTrue(report.contains("class com.safesupport.app.Old has no source"), report);
        assertTrue(report.contains("-Dtest=Gone2Test: no such test class"), report);
        assertTrue(report.contains("no file or folder scripts/gone2.sh"), report);
        assertTrue(report.contains("scripts/plain.py is run directly but is not executable"), report);
        assertTrue(problems.stream().allMatch(p -> p.file().equals("docs/a.md")), report);
    }

    @Test
    void workingAndRetiredCommandsPass(@TempDir Path repo) throws IOException {
        fakeRepository(repo, """
                ```bash
                # a comment line, then commands that work as written
                TEST_PG_DB_SUFFIX=_x ./mvnw -B -pl app -am verify -DskipITs
                ./mvnw -B -q -pl app -am test-compile -Peval -Dexec.mainClass=com.safesupport.app.Runner \\
                  -Dexec.args="report ../shared/datasets docs/a.md"
                ./mvnw -B -pl app verify -Dtest='Runner*,AppTest$Inner#works' -Dsurefire.failIfNoSpecifiedTests=false
                ./suite up -d && TOKEN=$(./suite token alice) && ./suite down
                ./suite test -pl app -Dtest=...
                scripts/run.sh <service> > target/out.txt
                dir=$(mktemp -d /tmp/scratch.XXXX)
                ```
                Not a command: `./mvnw`'s wrapper, `scripts/run.sh`.
                ```
                ./mvnw -B -pl app -am test-compile -Peval -Dexec.mainClass=com.safesupport.app.Removed
                ```
                (the class was removed in round 9; this command no longer runs)
                """);
        List<DocCommandCheck.Problem> problems = new DocCommandCheck(repo).check();
        assertEquals(List.of(), problems, problems.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void surefireRegexSelectionsMustCompileAndMatchATestClass(@TempDir Path repo) throws IOException {
        fakeRepository(repo, """
                ```bash
                ./mvnw -B -pl app test '-Dtest=%regex[com/safesupport/app/(?!(Runner|Other)\\.)[^/$]*Test\\.class]'
                ./mvnw -B -pl app test '-Dtest=%regex[com/safesupport/gone/.*Test\\.class]'
                ./mvnw -B -pl app test '-Dtest=%regex[com/(unclosed]'
                ```
                | a table cell | `./mvnw -B -pl app test '-Dtest=%regex[com/safesupport/app/(Runner\\|AppTest)\\.class]'` |
                """);
        List<DocCommandCheck.Problem> problems = new DocCommandCheck(repo).check();
        String report = problems.stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertEquals(List.of(3, 4), problems.stream().map(DocCommandCheck.Problem::line).toList(), report);
        assertTrue(report.contains("matches no test class in app"), report);
        assertTrue(report.contains("not a regular expression"), report);
    }

    /** A repository with one module {@code app} (an eval profile running a main at test-compile) and docs/a.md. */
    private static void fakeRepository(Path repo, String doc) throws IOException {
        Files.writeString(repo.resolve("mvnw"), "#!/bin/sh\n");
        Files.writeString(repo.resolve("suite"), "#!/bin/sh\n#   ./suite up [-d] | down | token <name> | test\n");
        Files.writeString(repo.resolve("README.md"), "# Readme\n");
        Files.writeString(repo.resolve("pom.xml"), "<project><modules><module>app</module></modules>"
                + "<profiles><profile><id>native</id></profile></profiles></project>");
        Path app = Files.createDirectories(repo.resolve("app"));
        Files.writeString(app.resolve("pom.xml"), "<project><profiles><profile>\n  <id>eval</id><build><plugins><plugin>"
                + "<artifactId>exec-maven-plugin</artifactId><executions><execution><phase>test-compile</phase>"
                + "</execution></executions></plugin></plugins></build></profile></profiles></project>");
        Path tests = Files.createDirectories(app.resolve("src/test/java/com/safesupport/app"));
        Files.writeString(tests.resolve("Runner.java"), "class Runner {}");
        Files.writeString(tests.resolve("AppTest.java"), "class AppTest { static class Inner {} }");
        Files.createDirectories(repo.resolve("scripts"));
        Files.writeString(repo.resolve("scripts/run.sh"), "#!/bin/sh\n");
        repo.resolve("scripts/run.sh").toFile().setExecutable(true);
        Files.writeString(repo.resolve("scripts/plain.py"), "print()\n");
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("docs/a.md"), doc);
    }
}
