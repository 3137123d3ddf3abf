package com.safesupport.platform.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of {@code /proc/self/maps} that map the process's own executable read-only: its code and its read-only
 * image heap. Only their clean file pages can be handed back to the kernel without losing anything, since a later
 * access reads them again from the file (through the page cache).
 */
final class ExecutableMappings {

    /** One line of {@code /proc/<pid>/maps}: {@code start-end perms offset dev inode [path]}. */
    record Mapping(long start, long end, String permissions, String path) {

        long length() {
            return end - start;
        }

        boolean writable() {
            return permissions.length() > 1 && permissions.charAt(1) == 'w';
        }
    }

    private ExecutableMappings() {
    }

    /** The read-only mappings of {@code executable} (the target of {@code /proc/self/exe}) among {@code mapsLines}. */
    static List<Mapping> readOnly(List<String> mapsLines, String executable) {
        List<Mapping> chosen = new ArrayList<>();
        for (String line : mapsLines) {
            parse(line).filter(m -> !m.writable() && m.length() > 0 && m.path().equals(executable))
                    .ifPresent(chosen::add);
        }
        return chosen;
    }

    /**
     * One line, or empty when it is not of the expected shape. The path is everything after the inode, with the
     * padding before it removed; it may contain spaces and end in {@code " (deleted)"}, as the link
     * {@code /proc/self/exe} then does too.
     */
    static Optional<Mapping> parse(String line) {
        String[] fields = line.split(" +", 6);
        if (fields.length < 5) {
            return Optional.empty();
        }
        int dash = fields[0].indexOf('-');
        if (dash <= 0 || fields[1].length() != 4) {
            return Optional.empty();
        }
        try {
            long start = Long.parseUnsignedLong(fields[0], 0, dash, 16);
            long end = Long.parseUnsignedLong(fields[0], dash + 1, fields[0].length(), 16);
            if (Long.compareUnsigned(end, start) < 0) {
                return Optional.empty();
            }
            String path = fields.length == 6 ? fields[5].stripLeading() : "";
            return Optional.of(new Mapping(start, end, fields[1], path));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
