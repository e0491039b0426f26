package io.wikiengine.storage.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/** Copies of the test folders, which tests may change. */
final class Fixtures {

    private Fixtures() {
    }

    /** The class-path folder copied to {@code target}, modification times kept. */
    static Path copy(String resource, Path target) {
        try {
            Path source = Path.of(Fixtures.class.getClassLoader().getResource(resource).toURI());
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, target.resolve(source.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a file's modification time, so that a test can tell a re-import from a change. */
    static void touch(Path file, String instant) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(java.time.Instant.parse(instant)));
    }
}
