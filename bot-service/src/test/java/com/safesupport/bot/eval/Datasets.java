package com.safesupport.bot.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared datasets are: the argument if given, else {@code ../shared/datasets} beside the repository
 * (Maven runs the evaluation from the repository root; from inside {@code bot-service} one level more up).
 */
final class Datasets {

    private Datasets() {
    }

    static Path locate(String[] args, int index) {
        if (args.length > index && !args[index].isBlank()) {
            return Path.of(args[index]);
        }
        for (String candidate : new String[]{"../shared/datasets", "../../shared/datasets"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalArgumentException("No datasets folder: pass it as an argument (default ../shared/datasets)");
    }
}
