package org.learn2mix.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that they are either absent, the previous version, or the complete new one. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a file's content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out}. */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes {@code content} to a temporary file beside {@code target}, flushes it to disk and
   * renames it over {@code target}. On failure the temporary file is removed and {@code target} is
   * untouched.
   */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (var channel =
              java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE);
          Writer out =
              new java.io.BufferedWriter(
                  java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8))) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
