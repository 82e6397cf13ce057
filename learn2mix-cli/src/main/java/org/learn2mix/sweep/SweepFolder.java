package org.learn2mix.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.learn2mix.results.SummaryException;
import org.learn2mix.results.SummaryJson;

/**
 * The layout of a sweep's folder and what it says about each cell. Every cell has a folder {@code
 * cells/<cell>/} written as a one-run comparison ({@code epochs.csv}, {@code summary.json}, {@code
 * checkpoints/}); each failed try of a cell leaves a {@code failed-<n>.txt} there, created
 * atomically so that two workers never count the same try. Each setting's assembled comparison is
 * {@code settings/<setting>/}.
 */
public final class SweepFolder {
  /** The sub-folder holding one folder per cell. */
  public static final String CELLS = "cells";

  /** The sub-folder holding one comparison folder per setting. */
  public static final String SETTINGS = "settings";

  /** Where a cell's worker JVMs write their output. */
  public static final String WORKER_LOG = "worker.log";

  private static final Pattern FAILURE = Pattern.compile("failed-([0-9]+)\\.txt");

  private final Path dir;

  /** The sweep folder {@code dir}. */
  public SweepFolder(Path dir) {
    this.dir = dir;
  }

  /** The sweep folder. */
  public Path dir() {
    return dir;
  }

  /** The folder of {@code cell}. */
  public Path cellDir(Cell cell) {
    return dir.resolve(CELLS).resolve(cell.id());
  }

  /** The comparison folder of {@code setting}. */
  public Path settingDir(Setting setting) {
    return dir.resolve(SETTINGS).resolve(setting.id());
  }

  /** Whether {@code cell} finished: its summary.json says complete. */
  public boolean done(Cell cell) {
    Path summary = cellDir(cell).resolve(SummaryJson.FILE);
    if (!Files.isRegularFile(summary)) {
      return false;
    }
    try {
      return SummaryJson.read(summary).complete();
    } catch (SummaryException e) {
      return false;
    }
  }

  /** The reasons of {@code cell}'s failed tries, oldest first. */
  public List<String> failures(Cell cell) {
    List<Path> files = failureFiles(cell);
    List<String> reasons = new ArrayList<>();
    for (Path file : files) {
      try {
        reasons.add(Files.readString(file, StandardCharsets.UTF_8).strip());
      } catch (IOException e) {
        reasons.add("(unreadable " + file.getFileName() + ")");
      }
    }
    return reasons;
  }

  /** Records one failed try of {@code cell}, atomically numbered after those already recorded. */
  public void recordFailure(Cell cell, String reason) {
    Path folder = cellDir(cell);
    try {
      Files.createDirectories(folder);
      for (int n = failureFiles(cell).size() + 1; ; n++) {
        try {
          Files.writeString(
              folder.resolve("failed-" + n + ".txt"),
              reason + System.lineSeparator(),
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          return;
        } catch (FileAlreadyExistsException e) {
          // another worker recorded a try at the same time: take the next number
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot record a failure of cell " + cell.id() + ": " + e.getMessage(), e);
    }
  }

  /** Forgets {@code cell}'s failed tries, so that it is tried again. */
  public void clearFailures(Cell cell) {
    try {
      for (Path file : failureFiles(cell)) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot clear the failures of cell " + cell.id() + ": " + e.getMessage(), e);
    }
  }

  private List<Path> failureFiles(Cell cell) {
    Path folder = cellDir(cell);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> FAILURE.matcher(f.getFileName().toString()).matches())
          .sorted((a, b) -> Integer.compare(number(a), number(b)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private static int number(Path failure) {
    Matcher m = FAILURE.matcher(failure.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** What a cell's folder says: finished, given up after too many failed tries, or neither. */
  public enum State {
    /** Finished. */
    DONE,
    /** Failed as often as it may be tried; named in the report. */
    FAILED,
    /** Not finished and may still be tried (never started, interrupted or running elsewhere). */
    MISSING
  }

  /** The state of {@code cell} when at most {@code tries} failed tries are allowed. */
  public State state(Cell cell, int tries) {
    if (done(cell)) {
      return State.DONE;
    }
    return failureFiles(cell).size() >= tries ? State.FAILED : State.MISSING;
  }
}
