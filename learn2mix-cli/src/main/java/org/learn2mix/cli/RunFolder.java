package org.learn2mix.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.learn2mix.experiment.CheckpointFiles;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.report.runs.EpochsCsv;
import org.learn2mix.results.FolderLock;
import org.learn2mix.results.SummaryJson;

/**
 * The folder a comparison writes its results into, checked before any training starts and written
 * by one process at a time.
 */
final class RunFolder {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private RunFolder() {}

  /** {@code runs/<preset>-<timestamp>} under the working directory. */
  static Path defaultFor(String preset) {
    return Path.of("runs", preset + "-" + LocalDateTime.now().format(STAMP));
  }

  /**
   * Creates {@code dir} if needed, proves it writable and takes its lock; close the lock when done.
   *
   * @throws UsageException if it cannot be used, already holds results or another process writes
   *     into it
   */
  static FolderLock claim(Path dir) {
    return claim(dir, EpochsCsv.FILE, SummaryJson.FILE);
  }

  /**
   * Creates {@code dir} if needed, proves it writable and takes its lock; close the lock when done.
   *
   * @param results the files whose presence means the folder already holds results
   * @throws UsageException if it cannot be used, already holds results or another process writes
   *     into it
   */
  static FolderLock claim(Path dir, String... results) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException("--out " + dir + " is a file, not a folder");
    }
    try {
      refuseResults(dir, results);
    } catch (UsageException e) {
      // A process still writing its results is the better answer than "already holds results".
      refuseIfBeingWritten(dir);
      throw e;
    }
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new UsageException("--out " + dir + " is not a writable folder: " + reason(e), e);
    }
    FolderLock lock = lock("--out", dir);
    try {
      // Checked again under the lock: another process may have finished writing since.
      refuseResults(dir, results);
    } catch (UsageException e) {
      release(lock);
      throw e;
    }
    return lock;
  }

  /**
   * Takes the lock of {@code dir}, an interrupted comparison's folder, to continue it.
   *
   * @throws UsageException if another process writes into it
   */
  static FolderLock claimForResume(Path dir) {
    return lock("--resume", dir);
  }

  private static FolderLock lock(String option, Path dir) {
    try {
      return FolderLock.acquire(dir);
    } catch (FolderLock.InUseException e) {
      throw beingWritten(option, dir, e);
    } catch (IOException e) {
      throw new UsageException(option + " " + dir + " cannot be locked: " + reason(e), e);
    }
  }

  /**
   * Refuses {@code dir} as being written if its lock file is held by another process; a folder
   * without a lock file gets none.
   */
  private static void refuseIfBeingWritten(Path dir) {
    if (!Files.exists(dir.resolve(FolderLock.FILE))) {
      return;
    }
    try {
      release(FolderLock.acquire(dir));
    } catch (FolderLock.InUseException e) {
      throw beingWritten("--out", dir, e);
    } catch (IOException e) {
      // the lock cannot be tried: the results already there are the answer
    }
  }

  private static UsageException beingWritten(
      String option, Path dir, FolderLock.InUseException cause) {
    return new UsageException(
        option
            + " "
            + dir
            + " is being written by another learn2mix process; wait for it to end or choose"
            + " another folder",
        cause);
  }

  private static void refuseResults(Path dir, String... results) {
    for (String file : results) {
      if (Files.exists(dir.resolve(file))) {
        throw new UsageException(
            "--out " + dir + " already holds results (" + file + "); choose another folder");
      }
    }
  }

  /** Releases {@code lock}; the system releases it anyway when the process ends. */
  static void release(FolderLock lock) {
    try {
      lock.close();
    } catch (IOException e) {
      // nothing to do: the lock ends with the process at the latest
    }
  }

  /** What failed and why, for a one-line message: the file (if known) and a short reason. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException f
        && f.getFile() != null
        && !(e instanceof DirectoryNotEmptyException)) {
      // A failed rename names the temporary file first; the target is what the user knows.
      return (f.getOtherFile() != null ? f.getOtherFile() : f.getFile()) + ": " + reason(e);
    }
    return reason(e);
  }

  /** A short reason for a file system failure, for a one-line message. */
  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " is a file";
    }
    if (e instanceof DirectoryNotEmptyException f) {
      return f.getFile() + " is a folder that is not empty";
    }
    if (e instanceof NoSuchFileException) {
      return "its parent cannot hold folders";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Removes {@code dir} if a failed start left nothing in it but its lock file (so that bad input
   * leaves no trace); a folder holding any other file is kept. Call it while {@code lock} is held.
   */
  static void removeIfEmpty(Path dir, FolderLock lock) {
    try {
      Path checkpoints = dir.resolve(CheckpointFiles.FOLDER);
      if (Files.isDirectory(checkpoints) && isEmpty(checkpoints)) {
        Files.delete(checkpoints);
      }
      if (Files.isDirectory(dir) && holdsOnlyTheLock(dir)) {
        lock.deleteFile();
        Files.delete(dir);
      }
    } catch (IOException e) {
      // keep the folder: an empty folder is harmless, and the real error is being reported
    }
  }

  private static boolean holdsOnlyTheLock(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.allMatch(FolderLock::isLockFile);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
