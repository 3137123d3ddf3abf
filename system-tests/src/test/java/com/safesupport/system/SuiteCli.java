package com.safesupport.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Drives {@code ./suite} as a user would, with the stack's state kept under {@code target/suite-home}. */
final class SuiteCli {

    static final Path REPO = Path.of(System.getProperty("suite.repo", "..")).toAbsolutePath().normalize();
    static final Path HOME = Path.of(System.getProperty("suite.home", "target/suite-home")).toAbsolutePath().normalize();

    /**
     * {@code SUITE_JAVA_OPTIONS} for the stacks the system tests start (docs/local-stack.md, "The system test");
     * {@code -Dsuite.java.options=...} replaces them, to measure others (docs/benchmarks.md, "Test time, stop 60").
     */
    static final String JAVA_OPTIONS = System.getProperty("suite.java.options", "-XX:TieredStopAtLevel=1");

    /** JVM options that turn bytecode verification of application classes off (TwoReplicasTest's stack only). */
    static final java.util.List<String> NO_VERIFICATION = java.util.List.of("-XX:+UnlockDiagnosticVMOptions",
            "-XX:-BytecodeVerificationRemote");

    private SuiteCli() {
    }

    static ProcessBuilder command(String... args) {
        return command(java.util.Map.of(), args);
    }

    /** {@code ./suite} with extra environment, which the launcher passes on to every component it starts. */
    static ProcessBuilder command(java.util.Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(REPO.resolve("suite").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true);
        builder.environment().put("SUITE_HOME", HOME.toString());
        builder.environment().remove("SUITE_DB_URL");
        // Every JVM of the stack (services, proxy, Keycloak) compiles with C1 only, as the tests' own JVMs do (the
        // root pom's test.jit): on 2 cores C2's compiler threads took CPU from the starts the tests wait for.
        builder.environment().put("SUITE_JAVA_OPTIONS", JAVA_OPTIONS);
        builder.environment().putAll(env);
        return builder;
    }

    /** Runs a command to its end and returns its output; fails the test on a non-zero exit. */
    static String run(long timeoutSeconds, String... args) {
        return run(java.util.Map.of(), timeoutSeconds, args);
    }

    /** Runs a command with extra environment to its end and returns its output; fails the test on a non-zero exit. */
    static String run(java.util.Map<String, String> env, long timeoutSeconds, String... args) {
        try {
            Process process = command(env, args).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./suite " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s:\n" + output);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("./suite " + String.join(" ", args) + " exited with " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts {@code ./suite up} in the foreground and returns once it prints that the suite is up. */
    static Process upInForeground(StringBuilder output) throws IOException {
        Process process = command("up").start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            output.append(line).append('\n');
            if (line.startsWith("The suite is up")) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> output.append(l).append('\n')));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new AssertionError("./suite up ended before the suite was up:\n" + output);
    }

    /** The pids the launcher recorded for the components it runs. */
    static List<Long> recordedPids() {
        Path run = HOME.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(f -> f.toString().endsWith(".pid")).map(f -> {
                try {
                    return Long.parseLong(Files.readString(f).trim().split(" ")[0]);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every process whose command line points into the stack's home: what an orphan would look like. */
    static List<String> processesUnderHome() {
        String marker = HOME.toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .toList();
    }
}
