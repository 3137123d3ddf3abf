package com.safesupport.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks, without running anything, that the commands written in README.md and docs/*.md still name what exists:
 * modules (-pl), profiles (-P), main classes (-Dexec.mainClass, -Deval.main, {@code java … com.safesupport.X}), test
 * classes (-Dtest=), files and scripts, ./suite subcommands; and that no command names a directory of one machine.
 *
 * <p>Why static: the documented commands build services, train models and run benchmarks for minutes each; renames
 * break them silently, and outside reviewers run them from a fresh clone. Commands are taken from fenced blocks
 * (```bash, ```sh, and plain ``` blocks where a line starts with a known command), from indented code blocks (four
 * spaces, as inside list items) and from inline code spans that start with {@code ./mvnw}, {@code ./suite},
 * {@code scripts/}, {@code .ci/}, {@code java -…} or {@code kubectl} (a span may wrap onto the next line). An eval
 * profile's main class must run at or before the phase the command asks for. A historical command whose code is gone
 * stays in the text with {@link #RETIRED} beside it. Self-contained (JDK only) so that it also runs as
 * {@code java k8s-tests/src/test/java/com/safesupport/docs/DocCommandCheck.java} from the root.
 */
public final class DocCommandCheck {

    /** One broken command: where it is written, what it says, and what is wrong with it. */
    public record Problem(String file, int line, String command, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reason + "\n    " + command;
        }
    }

    /**
     * A command as written: its file, the line where it starts, its text (continuation lines joined), and whether the
     * text beside it says that it no longer runs (a measurement's command kept as history after its code was removed).
     */
    public record Command(String file, int line, String text, boolean retired) {
    }

    /** What the text beside a historical command says (on its line or the three after it) so that it is not checked. */
    public static final String RETIRED = "this command no longer runs";

    /** The usage line at the top of ./suite: {@code #   ./suite up [-d] … | down | status | token <name> | …}. */
    private static final Pattern SUITE_USAGE = Pattern.compile("(?m)^#\\s+\\./suite\\s+(.*)$");
    /** Leading environment assignments ({@code A=1 B="x y" command}). */
    private static final String ENV = "^(?:[A-Z_][A-Z0-9_]*=(?:\"[^\"]*\"|'[^']*'|\\S*)\\s+)*";
    /** First words that make a line of a plain ``` block a command (the others there are output or tables). */
    private static final Pattern PLAIN_BLOCK_COMMAND = Pattern.compile(
            ENV + "(?:\\./mvnw|\\./suite|scripts/|\\.ci/|java\\s|python3\\s|kubectl\\s|curl\\s|psql\\s|perf\\s)");
    private static final Pattern INLINE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern INLINE_COMMAND = Pattern.compile(
            ENV + "(?:\\./mvnw|\\./suite|scripts/|\\.ci/|java\\s+-|python3\\s|kubectl\\s)");
    /** Directories of one machine; /tmp only where the command makes its own scratch folder (mktemp). */
    private static final Pattern MACHINE_PATH = Pattern.compile(
            "(?<![\\w.}\\-])/(?:work|root|home|tmp|opt|srv|mnt|usr/lib/jvm)(?:/|\\b)");
    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*");
    private static final Pattern CLASS_NAME = Pattern.compile("^(com\\.safesupport(?:\\.[a-z_][a-z0-9_]*)*)\\.([A-Z]\\w*)$");
    private static final Pattern PROFILE = Pattern.compile("<profile>\\s*<id>([^<]+)</id>");
    private static final List<String> LIFECYCLE = List.of("validate", "initialize", "generate-sources",
            "process-sources", "generate-resources", "process-resources", "compile", "process-classes",
            "generate-test-sources", "process-test-sources", "generate-test-resources", "process-test-resources",
            "test-compile", "process-test-classes", "test", "prepare-package", "package", "pre-integration-test",
            "integration-test", "post-integration-test", "verify", "install", "deploy");
    private static final Pattern POM_MODULE = Pattern.compile("<module>([^<]+)</module>");

    private final Path root;
    private final List<String> modules = new ArrayList<>();
    private final Map<String, Set<String>> profiles = new HashMap<>();
    private final Map<String, String> evalMainPattern = new HashMap<>();
    private final Set<String> topLevel = new HashSet<>();
    private final Map<String, String> poms = new HashMap<>();
    private final Set<String> suiteCommands = new LinkedHashSet<>();

    public DocCommandCheck(Path root) {
        this.root = root;
        String rootPom = read(root.resolve("pom.xml"));
        profiles.put("", profilesOf(rootPom));
        Matcher m = POM_MODULE.matcher(rootPom);
        while (m.find()) {
            String module = m.group(1).trim();
            modules.add(module);
            String pom = read(root.resolve(module).resolve("pom.xml"));
            poms.put(module, pom);
            profiles.put(module, profilesOf(pom));
            Matcher main = Pattern.compile("<mainClass>([^<]*)\\$\\{eval\\.main}</mainClass>").matcher(pom);
            if (main.find()) {
                evalMainPattern.put(module, main.group(1));
            }
        }
        Matcher usage = SUITE_USAGE.matcher(read(root.resolve("suite")));
        if (usage.find()) {
            for (String alternative : usage.group(1).split("\\|")) {
                String word = alternative.strip().split("\\s+")[0];
                if (word.matches("[a-z][a-z-]*")) {
                    suiteCommands.add(word);
                }
            }
        }
        suiteCommands.addAll(List.of("help", "-h", "--help"));
        try (Stream<Path> entries = Files.list(root)) {
            entries.map(p -> p.getFileName().toString()).forEach(topLevel::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the first directory upwards from {@code start} that holds mvnw and docs/. */
    public static Path findRoot(Path start) {
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("docs"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (mvnw and docs/) above " + start);
    }

    /** Every problem in README.md and docs/*.md, in file and line order. */
    public List<Problem> check() {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            for (Command command : commands(root.relativize(file).toString(), read(file))) {
                if (command.retired()) {
                    continue;
                }
                for (String reason : reasons(command.text())) {
                    problems.add(new Problem(command.file(), command.line(), command.text(), reason));
                }
            }
        }
        return problems;
    }

    /** How many commands the files hold (to show that the extraction found them). */
    public int commandCount() {
        int n = 0;
        n += commands("README.md", read(root.resolve("README.md"))).size();
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            for (Path p : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
                n += commands(p.toString(), read(p)).size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    public static List<Command> commands(String file, String text) {
        List<Command> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String fence = null;
        int paragraph = -1; // first line of the paragraph whose inline code spans are still to be read
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            boolean indentedCommand = fence == null && line.startsWith("    ") && PLAIN_BLOCK_COMMAND.matcher(trimmed).find();
            if (fence != null || trimmed.startsWith("```") || trimmed.isEmpty() || indentedCommand) {
                if (paragraph >= 0) {
                    inlineCommands(file, lines, paragraph, i, out);
                    paragraph = -1;
                }
            } else {
                if (paragraph < 0) {
                    paragraph = i;
                }
                continue;
            }
            if (trimmed.startsWith("```")) {
                fence = fence == null ? trimmed.substring(3).strip() : null;
                continue;
            }
            boolean shell = fence != null && (fence.equals("bash") || fence.equals("sh") || fence.equals("shell"));
            if (fence == null ? !indentedCommand : !shell && !fence.isEmpty()) {
                continue;
            }
            // a command line of a fenced block, or of an indented code block (four spaces, as in a list item)
            int start = i;
            StringBuilder joined = new StringBuilder(stripComment(line).strip());
            while (joined.toString().endsWith("\\") && i + 1 < lines.length && !lines[i + 1].strip().startsWith("```")) {
                joined.setLength(joined.length() - 1);
                i++;
                joined.append(' ').append(stripComment(lines[i]).strip());
            }
            String command = joined.toString().strip();
            if (command.isEmpty()) {
                continue;
            }
            if (shell || PLAIN_BLOCK_COMMAND.matcher(command).find()) {
                out.add(new Command(file, start + 1, command, retired(lines, start, i)));
            }
        }
        if (paragraph >= 0) {
            inlineCommands(file, lines, paragraph, lines.length, out);
        }
        return out;
    }

    /** The inline code spans of lines [from, to) that are commands; a span may wrap onto the next line. */
    private static void inlineCommands(String file, String[] lines, int from, int to, List<Command> out) {
        String text = String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
        Matcher span = INLINE_SPAN.matcher(text);
        while (span.find()) {
            String code = span.group(1).replaceAll("\\s*\\n\\s*", " ").strip();
            if (INLINE_COMMAND.matcher(code).find()) {
                int line = from + (int) text.substring(0, span.start()).chars().filter(c -> c == '\n').count();
                int last = from + (int) text.substring(0, span.end()).chars().filter(c -> c == '\n').count();
                out.add(new Command(file, line + 1, code, retired(lines, line, last)));
            }
        }
    }

    private static boolean retired(String[] lines, int from, int to) {
        for (int k = from; k <= Math.min(to + 3, lines.length - 1); k++) {
            if (lines[k].toLowerCase(java.util.Locale.ROOT).contains(RETIRED)) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with one command (empty: nothing found). */
    List<String> reasons(String command) {
        Set<String> reasons = new LinkedHashSet<>();
        Matcher machine = MACHINE_PATH.matcher(command);
        while (machine.find()) {
            if (machine.group().startsWith("/tmp") && command.contains("mktemp")) {
                continue;
            }
            reasons.add("names a directory of one machine (" + machine.group() + "…): use a path relative to the "
                    + "repository or ../shared, or an argument");
        }
        for (List<String> words : simpleCommands(command)) {
            checkSimpleCommand(words, reasons);
        }
        return new ArrayList<>(reasons);
    }

    private void checkSimpleCommand(List<String> words, Set<String> reasons) {
        int first = 0;
        while (first < words.size() && ASSIGNMENT.matcher(words.get(first)).matches()) {
            first++;
        }
        if (first >= words.size()) {
            return;
        }
        String program = words.get(first);
        List<String> args = words.subList(first + 1, words.size());
        if (program.equals("./suite")) {
            if (!args.isEmpty() && !suiteCommands.contains(args.get(0)) && !placeholder(args.get(0))) {
                reasons.add("./suite has no subcommand '" + args.get(0) + "' (its usage line: "
                        + String.join(", ", suiteCommands) + ")");
            }
        } else if (!program.equals("./mvnw") && looksLikeRepoPath(program)) {
            checkPath(program, reasons);
            Path file = root.resolve(program);
            // with arguments it is run; a bare name in the text may only name the file
            if (!args.isEmpty() && Files.isRegularFile(file) && !Files.isExecutable(file)) {
                reasons.add(program + " is run directly but is not executable (git mode 100644)");
            }
        }
        if (program.equals("./mvnw") || (program.equals("./suite") && !args.isEmpty() && args.get(0).equals("test"))) {
            checkMaven(args, reasons);
        } else {
            for (String arg : args) {
                checkArgument(arg, modules, reasons);
            }
        }
    }

    private void checkMaven(List<String> args, Set<String> reasons) {
        List<String> selected = new ArrayList<>();
        List<String> profileNames = new ArrayList<>();
        List<String> others = new ArrayList<>();
        boolean projectsGiven = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("-pl") || a.equals("--projects")) && i + 1 < args.size()) {
                projectsGiven = true;
                for (String m : args.get(++i).split(",")) {
                    String module = m.replaceFirst("^[!-]", "").replaceFirst("^:", "");
                    if (placeholder(module)) {
                        continue;
                    }
                    if (!modules.contains(module)) {
                        reasons.add("-pl " + module + ": no such module (modules: " + String.join(", ", modules) + ")");
                    } else {
                        selected.add(module);
                    }
                }
            } else if (a.equals("-P") && i + 1 < args.size()) {
                profileNames.addAll(List.of(args.get(++i).split(",")));
            } else if (a.startsWith("-P") && a.length() > 2) {
                profileNames.addAll(List.of(a.substring(2).split(",")));
            } else {
                others.add(a);
            }
        }
        // a module that does not exist is reported above; the rest is checked against the modules that do
        List<String> scope = projectsGiven ? selected : modules;
        if (scope.isEmpty()) {
            return;
        }
        for (String p : profileNames) {
            String profile = p.replaceFirst("^[!-]", "");
            if (placeholder(profile)) {
                continue;
            }
            boolean found = profiles.get("").contains(profile)
                    || scope.stream().anyMatch(m -> profiles.get(m).contains(profile));
            if (!found) {
                reasons.add("-P" + profile + ": no such profile in " + String.join(", ", scope) + " or the parent pom");
            }
        }
        boolean runsMain = others.stream().anyMatch(a -> a.startsWith("-Dexec.mainClass=") || a.startsWith("-Deval.main="));
        int phase = others.stream().mapToInt(LIFECYCLE::indexOf).max().orElse(-1);
        if (runsMain && phase >= 0) {
            for (String m : scope) {
                for (String p : profileNames) {
                    String execPhase = execPhase(m, p);
                    if (execPhase != null && LIFECYCLE.indexOf(execPhase) > phase) {
                        reasons.add("-P" + p + " runs its main class in " + m + " at " + execPhase + "; "
                                + LIFECYCLE.get(phase) + " stops before it");
                    }
                }
            }
        }
        for (String a : others) {
            if (a.startsWith("-Dexec.mainClass=")) {
                checkClass(a.substring("-Dexec.mainClass=".length()), scope, reasons);
            } else if (a.startsWith("-Deval.main=")) {
                String name = a.substring("-Deval.main=".length());
                List<String> withEval = scope.stream().filter(evalMainPattern::containsKey).toList();
                if (withEval.isEmpty()) {
                    reasons.add("-Deval.main: none of " + String.join(", ", scope) + " has an eval profile taking it");
                }
                for (String m : withEval) {
                    checkClass(evalMainPattern.get(m) + name, List.of(m), reasons);
                }
            } else if (a.startsWith("-Dtest=")) {
                checkTests(a.substring("-Dtest=".length()), scope, reasons);
            } else {
                checkArgument(a, scope, reasons);
            }
        }
    }

    /** Paths inside an argument: the value of -Dx=..., and the words of -Dexec.args / -Deval.args. */
    private void checkArgument(String arg, List<String> scope, Set<String> reasons) {
        String value = arg;
        if (arg.startsWith("-D") && arg.contains("=")) {
            value = arg.substring(arg.indexOf('=') + 1);
        }
        for (String word : value.split("[\\s,:]+")) {
            if (looksLikeRepoPath(word)) {
                checkPath(word, reasons);
            } else if (CLASS_NAME.matcher(word).matches()) {
                checkClass(word, modules, reasons);
            }
        }
    }

    private boolean looksLikeRepoPath(String word) {
        if (word.isEmpty() || placeholder(word) || word.contains("$") || word.contains("*") || word.contains("?")
                || word.contains("target/") || word.startsWith("../shared/") || word.startsWith("-")) {
            return false;
        }
        if (!word.contains("/")) {
            return false;
        }
        String head = word.startsWith("./") ? word.substring(2) : word;
        int slash = head.indexOf('/');
        return slash > 0 && topLevel.contains(head.substring(0, slash));
    }

    private void checkPath(String path, Set<String> reasons) {
        if (!Files.exists(root.resolve(path))) {
            reasons.add("no file or folder " + path + " in the repository");
        }
    }

    /** The phase at which profile {@code profile} of {@code module} runs exec-maven-plugin, or null. */
    private String execPhase(String module, String profile) {
        Matcher block = Pattern.compile("<profile>\\s*<id>" + Pattern.quote(profile) + "</id>(.*?)</profile>", Pattern.DOTALL)
                .matcher(poms.getOrDefault(module, ""));
        if (!block.find() || !block.group(1).contains("exec-maven-plugin")) {
            return null;
        }
        Matcher phase = Pattern.compile("<phase>([^<]+)</phase>").matcher(block.group(1));
        return phase.find() ? phase.group(1).strip() : null;
    }

    private void checkClass(String name, List<String> scope, Set<String> reasons) {
        if (placeholder(name)) {
            return;
        }
        String file = name.replace('.', '/') + ".java";
        for (String m : scope) {
            for (String set : List.of("src/main/java/", "src/test/java/")) {
                if (Files.isRegularFile(root.resolve(m).resolve(set + file))) {
                    return;
                }
            }
        }
        reasons.add("class " + name + " has no source in " + String.join(", ", scope));
    }

    private void checkTests(String value, List<String> scope, Set<String> reasons) {
        if (value.startsWith("%regex[") && value.endsWith("]")) {
            checkTestRegex(value, scope, reasons);
            return;
        }
        for (String raw : value.split(",")) {
            String pattern = raw.strip().replaceFirst("^!", "");
            int hash = pattern.indexOf('#');
            if (hash >= 0) {
                pattern = pattern.substring(0, hash);
            }
            if (pattern.isEmpty() || placeholder(pattern) || pattern.equals("NONE")) {
                continue;
            }
            String inner = null;
            int dollar = pattern.indexOf('$');
            if (dollar >= 0) {
                inner = pattern.substring(dollar + 1);
                pattern = pattern.substring(0, dollar);
            }
            String simple = pattern.substring(pattern.lastIndexOf('.') + 1).replaceFirst("\\.java$", "");
            Pattern glob = Pattern.compile(simple.replace("*", ".*").replace("?", ".") + "\\.java");
            String nested = inner;
            boolean found = scope.stream().anyMatch(m -> testSources(m).stream().anyMatch(p ->
                    glob.matcher(p.getFileName().toString()).matches()
                            && (nested == null || read(p).matches("(?s).*\\bclass\\s+" + Pattern.quote(nested) + "\\b.*"))));
            if (!found) {
                reasons.add("-Dtest=" + raw.strip() + ": no such test class in " + String.join(", ", scope));
            }
        }
    }

    /**
     * Surefire's {@code -Dtest=%regex[...]}: a regular expression over class-file paths ({@code com/x/YTest.class}),
     * commas inside it not separating patterns. In a Markdown table a bar is written {@code \|}. It must compile and
     * match at least one test class of the modules in scope.
     */
    private void checkTestRegex(String value, List<String> scope, Set<String> reasons) {
        String expression = value.substring("%regex[".length(), value.length() - 1).replace("\\|", "|");
        Pattern regex;
        try {
            regex = Pattern.compile(expression);
        } catch (java.util.regex.PatternSyntaxException e) {
            reasons.add("-Dtest=" + value + ": not a regular expression (" + e.getDescription() + ")");
            return;
        }
        boolean found = scope.stream().anyMatch(m -> {
            Path dir = root.resolve(m).resolve("src/test/java");
            return testSources(m).stream().anyMatch(p -> regex.matcher(
                    dir.relativize(p).toString().replace('\\', '/').replaceFirst("\\.java$", ".class")).matches());
        });
        if (!found) {
            reasons.add("-Dtest=" + value + ": matches no test class in " + String.join(", ", scope));
        }
    }

    private final Map<String, List<Path>> testSourceCache = new HashMap<>();

    private List<Path> testSources(String module) {
        return testSourceCache.computeIfAbsent(module, m -> {
            Path dir = root.resolve(m).resolve("src/test/java");
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                return walk.filter(p -> p.toString().endsWith(".java")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** {@code <name>}, {@code ...} and {@code …} stand for what the reader fills in. */
    private static boolean placeholder(String word) {
        return word.contains("<") || word.contains(">") || word.contains("...") || word.contains("…");
    }

    private static String stripComment(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Shell words of each simple command (split at |, ;, &&, ||, & and inside $(…)), quotes removed. */
    static List<List<String>> simpleCommands(String command) {
        List<List<String>> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (single) {
                if (c == '\'') {
                    single = false;
                } else {
                    word.append(c);
                }
            } else if (dbl) {
                if (c == '"') {
                    dbl = false;
                } else if (c == '\\' && i + 1 < command.length()) {
                    word.append(command.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'') {
                single = true;
                inWord = true;
            } else if (c == '"') {
                dbl = true;
                inWord = true;
            } else if (c == '\\' && i + 1 < command.length()) {
                word.append(command.charAt(++i));
                inWord = true;
            } else if (c == '$' && i + 1 < command.length() && command.charAt(i + 1) == '(') {
                // $(inner): its own command; the word keeps a $ so that it is not read as a path
                int depth = 0;
                int j = i + 1;
                for (; j < command.length(); j++) {
                    if (command.charAt(j) == '(') {
                        depth++;
                    } else if (command.charAt(j) == ')' && --depth == 0) {
                        break;
                    }
                }
                out.addAll(simpleCommands(command.substring(i + 2, Math.min(j, command.length()))));
                word.append('$');
                inWord = true;
                i = j;
            } else if (Character.isWhitespace(c) || c == '|' || c == ';' || c == '&' || c == '>' || c == '<') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                if (c == '>' || c == '<') {
                    // the redirection's target is written by the command or read by it: not checked as a path
                    while (i + 1 < command.length() && (command.charAt(i + 1) == '>' || command.charAt(i + 1) == '&')) {
                        i++;
                    }
                    while (i + 1 < command.length() && Character.isWhitespace(command.charAt(i + 1))) {
                        i++;
                    }
                    while (i + 1 < command.length() && !Character.isWhitespace(command.charAt(i + 1))) {
                        i++;
                    }
                } else if (c != ' ' && c != '\t' && !words.isEmpty()) {
                    out.add(words);
                    words = new ArrayList<>();
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            out.add(words);
        }
        return out;
    }

    private static Set<String> profilesOf(String pom) {
        Set<String> ids = new HashSet<>();
        Matcher m = PROFILE.matcher(pom);
        while (m.find()) {
            ids.add(m.group(1).strip());
        }
        return ids;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From the repository root: {@code java k8s-tests/src/test/java/com/safesupport/docs/DocCommandCheck.java}. */
    public static void main(String[] args) {
        DocCommandCheck check = new DocCommandCheck(findRoot(Path.of("")));
        List<Problem> problems = check.check();
        problems.forEach(System.out::println);
        System.out.println(check.commandCount() + " commands, " + problems.size() + " problems");
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
