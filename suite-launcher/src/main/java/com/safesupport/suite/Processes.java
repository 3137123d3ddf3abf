package com.safesupport.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts components as process-group leaders and remembers them in pid files, so that {@code ./suite down}
 * (another JVM) can stop a whole tree — Keycloak's script and its JVM, PostgreSQL and its workers — and so that
 * a pid reused by the system for something else is never mistaken for ours (the start time is recorded too).
 */
final class Processes {

    private static final boolean HAS_SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"))
            || Files.isExecutable(Path.of("/bin/setsid"));

    private final Path runDir;
    private final Path logDir;

    Processes(Path home) {
        this.runDir = home.resolve("run");
        this.logDir = home.resolve("logs");
    }

    Path log(String name) {
        return logDir.resolve(name + ".log");
    }

    ProcessHandle start(Component component) {
        try {
            Files.createDirectories(runDir);
            Files.createDirectories(logDir);
            Files.createDirectories(component.workDir());
            List<String> command = new ArrayList<>();
            if (HAS_SETSID) {
                command.add("setsid");
            }
            command.addAll(component.command());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(component.workDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(component.name()).toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(component.env());
            Process process = builder.start();
            ProcessHandle handle = process.toHandle();
            Instant started = handle.info().startInstant().orElse(Instant.EPOCH);
            Files.writeString(pidFile(component.name()), handle.pid() + " " + started.toEpochMilli() + "\n");
            return handle;
        } catch (IOException e) {
            throw new SuiteException("cannot start " + component.name() + ": " + e.getMessage(), e);
        }
    }

    /** The running process recorded for this component, if it is still the one we started. */
    Optional<ProcessHandle> running(String name) {
        Path file = pidFile(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] fields = Files.readString(file).trim().split(" ");
            long pid = Long.parseLong(fields[0]);
            long startedMillis = fields.length > 1 ? Long.parseLong(fields[1]) : 0;
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().startInstant().map(i -> sameStart(i.toEpochMilli(), startedMillis)).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean sameStart(long a, long b) {
        return b == 0 || Math.abs(a - b) < 2000;
    }

    /**
     * Stops the component's whole process tree: the signal goes to its process group and to every descendant
     * seen before signalling (a child that changed group is caught too); what is still alive after the grace
     * period is killed.
     */
    void stop(String name, String signal, Duration grace) {
        Optional<ProcessHandle> found = running(name);
        if (found.isEmpty()) {
            deletePidFile(name);
            return;
        }
        ProcessHandle root = found.get();
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        if (HAS_SETSID) {
            kill(signal, "-" + root.pid());
        }
        for (ProcessHandle p : tree) {
            kill(signal, Long.toString(p.pid()));
        }
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle p : tree) {
            awaitExit(p, Duration.between(Instant.now(), deadline));
        }
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.destroyForcibly();
                awaitExit(p, Duration.ofSeconds(5));
            }
        }
        deletePidFile(name);
    }

    private static void awaitExit(ProcessHandle p, Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            return;
        }
        try {
            p.onExit().get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // still alive: the caller escalates
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void kill(String signal, String target) {
        try {
            new ProcessBuilder("kill", "-" + signal, "--", target)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            // no kill binary: fall back to the JDK's own signal below
            ProcessHandle.of(Long.parseLong(target.replace("-", ""))).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Remembers how many replicas of each service this stack runs, for {@code status}, {@code down} and a later {@code up}. */
    void recordReplicas(int replicas) {
        try {
            Files.createDirectories(runDir);
            Files.writeString(runDir.resolve("replicas"), replicas + "\n");
        } catch (IOException e) {
            throw new SuiteException("cannot write " + runDir.resolve("replicas") + ": " + e.getMessage(), e);
        }
    }

    /** The replica count the last {@code up} recorded, 1 if none. */
    int recordedReplicas() {
        try {
            return Integer.parseInt(Files.readString(runDir.resolve("replicas")).trim());
        } catch (IOException | NumberFormatException e) {
            return 1;
        }
    }

    private Path pidFile(String name) {
        return runDir.resolve(name + ".pid");
    }

    /** Forgets a component whose process is gone (e.g. it exited while starting), so no stale pid file is left. */
    void forget(String name) {
        if (running(name).isEmpty()) {
            deletePidFile(name);
        }
    }

    private void deletePidFile(String name) {
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException e) {
            // harmless: a stale pid file is ignored because its start time no longer matches
        }
    }
}
