package com.safesupport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package dependencies of a service's sources, read from the text of {@code src/main/java} (imports and fully
 * qualified names), and the cycles among them. No bytecode library: a service's {@code PackageCyclesTest} checks
 * that every package's imports point one way (DESIGN.md, Conventions).
 */
public final class PackageCycles {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    /** package → the packages of the same root it refers to */
    private final Map<String, Set<String>> dependencies = new TreeMap<>();

    private PackageCycles() {
    }

    /** Reads every {@code .java} file under {@code sources} and the references to packages under {@code root}. */
    public static PackageCycles of(Path sources, String root) {
        PackageCycles graph = new PackageCycles();
        Pattern reference = Pattern.compile("\\b(" + Pattern.quote(root) + "(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(text);
                if (!pkg.find()) {
                    continue;
                }
                String from = pkg.group(1);
                Set<String> to = graph.dependencies.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = reference.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        to.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    public Map<String, Set<String>> dependencies() {
        return dependencies;
    }

    /** The strongly connected groups of more than one package: each is one or more cycles. */
    public List<Set<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> groups = new ArrayList<>();
        for (String p : dependencies.keySet()) {
            if (!index.containsKey(p)) {
                connect(p, index, low, stack, onStack, groups);
            }
        }
        return groups;
    }

    /** {@code "a -> b"} for every dependency between two packages of one cycle: the edges a refactoring must remove. */
    public Set<String> cycleEdges() {
        Set<String> edges = new TreeSet<>();
        for (Set<String> group : cycles()) {
            for (String from : group) {
                for (String to : dependencies.getOrDefault(from, Set.of())) {
                    if (group.contains(to)) {
                        edges.add(from + " -> " + to);
                    }
                }
            }
        }
        return edges;
    }

    private void connect(String p, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                         Set<String> onStack, List<Set<String>> groups) {
        index.put(p, index.size());
        low.put(p, index.get(p));
        stack.push(p);
        onStack.add(p);
        for (String q : dependencies.getOrDefault(p, Set.of())) {
            if (!dependencies.containsKey(q)) {
                continue;
            }
            if (!index.containsKey(q)) {
                connect(q, index, low, stack, onStack, groups);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            Set<String> group = new TreeSet<>();
            String q;
            do {
                q = stack.pop();
                onStack.remove(q);
                group.add(q);
            } while (!q.equals(p));
            if (group.size() > 1) {
                groups.add(group);
            }
        }
    }
}
