package org.learn2mix.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One lock per folder. Within one process the second attempt fails like one from another process
 * would; the test with two processes is the command line's {@code OneWriterPerFolderTest}.
 */
class FolderLockTest {
  @TempDir Path dir;

  @Test
  void aHeldFolderCannotBeTakenUntilItIsReleased() throws IOException {
    FolderLock first = FolderLock.acquire(dir);
    FolderLock.InUseException refused =
        assertThrows(FolderLock.InUseException.class, () -> FolderLock.acquire(dir));
    assertEquals(dir, refused.folder());
    assertTrue(refused.getMessage().contains("another process"), refused.getMessage());
    first.close();

    try (FolderLock second = FolderLock.acquire(dir)) {
      assertEquals(dir, second.folder());
    }
    assertTrue(Files.exists(dir.resolve(FolderLock.FILE)), "the lock file stays");
  }

  @Test
  void aFolderThatDoesNotExistIsAnError() {
    Path missing = dir.resolve("missing");
    IOException e = assertThrows(IOException.class, () -> FolderLock.acquire(missing));
    assertTrue(!(e instanceof FolderLock.InUseException), e.toString());
  }
}
