package com.safesupport.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One process of the local stack: how to start it, where it listens and how to tell it is ready.
 *
 * @param name       short name used for the pid file and the log file
 * @param port       the port it serves on (the public one for services)
 * @param readyUrl   an HTTP URL answering 200 once it is ready, or {@code null} when {@link #readyCheck} decides
 * @param command    the command line
 * @param workDir    where it runs
 * @param env        extra environment
 * @param startLimitSeconds how long to wait for it to become ready
 */
record Component(String name, int port, String readyUrl, List<String> command, Path workDir,
                 Map<String, String> env, int startLimitSeconds, ReadyCheck readyCheck) {

    interface ReadyCheck {
        boolean ready();
    }

    boolean isReady() {
        return readyCheck != null ? readyCheck.ready() : Http.ok(readyUrl);
    }
}
