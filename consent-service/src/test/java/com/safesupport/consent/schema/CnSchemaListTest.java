package com.safesupport.consent.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** SchemaAtStart's list of migrations is the migration folder: a new file not listed would never be applied. */
class CnSchemaListTest {

    @Test
    void theListIsEveryFileOfTheMigrationFolderInVersionOrder() throws IOException {
        List<String> files;
        try (Stream<Path> folder = Files.list(Path.of("src/main/resources", SchemaAtStart.FOLDER))) {
            files = folder.map(p -> p.getFileName().toString())
                    .sorted(Comparator.comparingInt(CnSchemaListTest::version))
                    .toList();
        }
        assertEquals(files, SchemaAtStart.MIGRATIONS);
    }

    @Test
    void theExpectedHistoryHasFlywaysDescriptionsAndOneChecksumPerFile() {
        List<SchemaAtStart.Applied> expected = SchemaAtStart.expected();
        assertEquals(new SchemaAtStart.Applied("1", "baseline", "SQL", expected.get(0).checksum(), true), expected.get(0));
        assertEquals("purposes and ledger", expected.get(1).description());
        assertNotEquals(expected.get(0).checksum(), expected.get(1).checksum());
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
