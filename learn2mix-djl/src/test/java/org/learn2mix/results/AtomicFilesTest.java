package org.learn2mix.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void replacesTheFileWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("results.csv");
    AtomicFiles.write(file, out -> out.write("first\n"));
    AtomicFiles.write(file, out -> out.write("second\n"));
    assertEquals("second\n", Files.readString(file));
    assertEquals(List.of(file), list(dir));
  }

  @Test
  void aWriterThatFailsHalfwayLeavesThePreviousVersionAndNoDebris(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("summary.json");
    AtomicFiles.write(file, out -> out.write("complete version\n"));
    IOException failure =
        assertThrows(
            IOException.class,
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half of the new ver");
                      throw new IOException("disk full");
                    }));
    assertEquals("disk full", failure.getMessage());
    assertEquals("complete version\n", Files.readString(file));
    assertEquals(List.of(file), list(dir));
  }

  @Test
  void writesBinaryContentWholeAndCleansUpOnFailure(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("chart.png");
    byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    AtomicFiles.writeBinary(file, out -> out.write(bytes));
    assertThrows(
        IOException.class,
        () ->
            AtomicFiles.writeBinary(
                file,
                out -> {
                  out.write(1);
                  throw new IOException("encoder failed");
                }));
    assertArrayEquals(bytes, Files.readAllBytes(file));
    assertEquals(List.of(file), list(dir));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
