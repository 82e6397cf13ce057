package org.learn2mix.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a cache folder can take files. */
public final class CacheFolder {
  private CacheFolder() {}

  /**
   * Whether files can be written into {@code folder}: an existing folder must take a (deleted at
   * once) file; a missing one must have a writable folder as its nearest existing ancestor, where
   * it could be created. Nothing is created otherwise.
   *
   * @param folder the folder
   * @return whether it is, or can become, a folder that takes files
   */
  public static boolean writable(Path folder) {
    Path existing = folder.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      return false;
    }
    if (!existing.equals(folder.toAbsolutePath())) {
      return Files.isWritable(existing);
    }
    try {
      Files.delete(Files.createTempFile(existing, ".learn2mix-doctor", ".tmp"));
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
