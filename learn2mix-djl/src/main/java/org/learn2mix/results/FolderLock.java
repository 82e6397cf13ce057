package org.learn2mix.results;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The right to write into a results folder, held by one process at a time: an operating-system lock
 * on the file {@value #FILE} in the folder. The system releases it when the process ends, however
 * it ends, so a folder left by a killed process can be taken again at once. The file itself stays:
 * deleting it while another process waits to lock it would let two processes hold "the" lock.
 */
public final class FolderLock implements AutoCloseable {
  /** The lock file's name inside the folder. */
  public static final String FILE = ".learn2mix.lock";

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code folder}, which must exist, without waiting. The lock file is created
   * if missing.
   *
   * @param folder the results folder
   * @return the held lock; the caller closes it to release the lock
   * @throws InUseException if another process, or another lock in this one, holds it
   * @throws IOException if the lock file cannot be created or locked
   */
  public static FolderLock acquire(Path folder) throws IOException {
    FileChannel channel =
        FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new InUseException(folder);
      }
      return new FolderLock(folder, channel, lock);
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new InUseException(folder);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * The locked folder.
   *
   * @return the folder as given to {@link #acquire}
   */
  public Path folder() {
    return folder;
  }

  /**
   * Whether {@code file}, a name in the folder, is the lock file (which says nothing about the
   * folder's results).
   *
   * @param file a path whose last name is compared; the folder is not checked
   * @return true if the file's name is {@value #FILE}; false for a path without a name, such as a
   *     root
   */
  public static boolean isLockFile(Path file) {
    return file.getFileName() != null && file.getFileName().toString().equals(FILE);
  }

  /**
   * Deletes the lock file while the lock is still held, for a caller about to remove the folder it
   * left empty; the lock ends with {@link #close}.
   *
   * @throws IOException if the file exists and cannot be deleted
   */
  public void deleteFile() throws IOException {
    Files.deleteIfExists(folder.resolve(FILE));
  }

  /**
   * Releases the lock and closes the lock file; the file itself stays.
   *
   * @throws IOException if the lock or the file cannot be released
   */
  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } finally {
      channel.close();
    }
  }

  /** Another process (or another lock in this one) is writing into the folder. */
  public static final class InUseException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    InUseException(Path folder) {
      super(folder + " is being written by another process");
      this.folder = folder;
    }

    /**
     * The folder in use.
     *
     * @return the folder whose lock was taken; null if this exception was deserialised
     */
    public Path folder() {
      return folder;
    }
  }
}
