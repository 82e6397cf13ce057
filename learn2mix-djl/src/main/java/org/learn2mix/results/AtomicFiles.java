package org.learn2mix.results;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes files so that they are either absent, the previous version, or the complete new one. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a text file's content. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content to {@code out}.
     *
     * @param out the temporary file's writer; flushed and closed by the caller, not here
     * @throws IOException if writing fails; the target is then left as it was
     */
    void writeTo(Writer out) throws IOException;
  }

  /** Something that writes a binary file's content. */
  @FunctionalInterface
  public interface BinaryContent {
    /**
     * Writes the content to {@code out}.
     *
     * @param out the temporary file's stream; flushed and closed by the caller, not here
     * @throws IOException if writing fails; the target is then left as it was
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes UTF-8 text atomically; see {@link #writeBinary}.
   *
   * @param target the file to create or replace; its folder must exist
   * @param content writes the text
   * @throws IOException if the temporary file cannot be made, written or moved, or {@code content}
   *     fails; {@code target} is then untouched
   */
  public static void write(Path target, Content content) throws IOException {
    writeBinary(
        target,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          content.writeTo(writer);
          writer.flush();
        });
  }

  /**
   * Writes {@code content} to a temporary file beside {@code target}, flushes it to disk and
   * renames it over {@code target}. On failure the temporary file is removed and {@code target} is
   * untouched. The rename is atomic where the file system allows it, a plain replacing move
   * otherwise.
   *
   * @param target the file to create or replace; its folder must exist
   * @param content writes the bytes
   * @throws IOException if the temporary file cannot be made, written or moved, or {@code content}
   *     fails
   */
  public static void writeBinary(Path target, BinaryContent content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
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
