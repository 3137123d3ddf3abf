package com.safesupport.platform.memory;

import org.graalvm.nativeimage.c.function.CFunction;

/**
 * libc's {@code madvise(2)}, called directly from the native executable. Only reached in a native image
 * ({@link StartupPageRelease} checks first): on the JVM this class is never loaded.
 */
final class Madvise {

    /** Reclaim the range's pages now (Linux 5.4+). */
    static final int MADV_PAGEOUT = 21;

    /** Put the range's pages first in line when memory runs short (Linux 5.4+). */
    static final int MADV_COLD = 20;

    private Madvise() {
    }

    /** {@code int madvise(void *addr, size_t length, int advice)}: 0, or -1 with errno set. */
    @CFunction("madvise")
    static native int madvise(long address, long length, int advice);
}
