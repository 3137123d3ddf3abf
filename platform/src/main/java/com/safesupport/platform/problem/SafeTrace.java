package com.safesupport.platform.problem;

/**
 * A stack trace without exception messages: enough to find the bug, nothing a customer wrote.
 */
public final class SafeTrace {

    private static final int FRAMES = 8;

    private SafeTrace() {
    }

    public static String of(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable current = error;
        for (int depth = 0; current != null && depth < 5; depth++, current = current.getCause()) {
            if (depth > 0) {
                out.append(" <- caused by ").append(current.getClass().getName());
            }
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
        }
        return out.toString();
    }
}
