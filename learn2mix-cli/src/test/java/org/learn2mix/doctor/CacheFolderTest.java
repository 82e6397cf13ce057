package org.learn2mix.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFolderTest {
  @TempDir Path temp;

  @Test
  void anExistingFolderIsWritableAndKeepsNoTraceOfTheCheck() throws IOException {
    assertTrue(CacheFolder.writable(temp));
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void aMissingFolderUnderAWritableOneCouldBeCreatedAndIsNotCreated() {
    Path missing = temp.resolve("a/b/.djl.ai");
    assertTrue(CacheFolder.writable(missing));
    assertFalse(Files.exists(temp.resolve("a")));
  }

  @Test
  void aFolderBelowAFileOrAFileItselfIsNotWritable() throws IOException {
    Path file = Files.writeString(temp.resolve("file"), "x");
    assertFalse(CacheFolder.writable(file.resolve("djl")));
    assertFalse(CacheFolder.writable(file));
  }
}
