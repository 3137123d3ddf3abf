package com.safesupport.k8s;

import org.junit.jupiter.api.Assumptions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** The overlays under test and the little helpers every policy test uses. */
final class Overlays {

    static final String DEV = "dev";
    static final String PROD = "prod";
    /** prod with JVM images instead of native ones, sized for the JVM. */
    static final String PROD_JVM = "prod-jvm";

    private Overlays() {
    }

    /** Argument source for {@code @MethodSource("com.safesupport.k8s.Overlays#names")}. */
    static Stream<String> names() {
        return Stream.of(DEV, PROD, PROD_JVM);
    }

    /** The rendered overlay; the calling test is reported skipped (with the reason) where kubectl is missing. */
    static Manifests rendered(String overlay) {
        Kubectl.unavailableReason().ifPresent(reason -> Assumptions.abort(reason));
        return Manifests.overlay(overlay);
    }

    /** Collects every violation so a failing check lists all of them at once, each with its object. */
    static final class Violations {
        private final List<String> found = new ArrayList<>();

        void check(boolean ok, Object where, String rule) {
            if (!ok) {
                found.add(where + ": " + rule);
            }
        }

        void add(String violation) {
            found.add(violation);
        }

        void assertNone(String what) {
            if (!found.isEmpty()) {
                fail(what + " violated:\n  " + String.join("\n  ", found));
            }
        }
    }
}
