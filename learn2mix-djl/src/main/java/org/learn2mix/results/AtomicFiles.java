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
    /** Writes the content to {@code out}. */
    void writeTo(Writer out) throws IOException;
  }

  /** Something that writes a binary file's content. */
  @FunctionalInterface
  public interface BinaryContent {
    /** Writes the content to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes UTF-8 text atomically; see {@link #writeBinary}. */
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
   * untouched.
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
