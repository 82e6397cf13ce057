package org.learn2mix.data;

import java.util.List;

/**
 * A data set as read from its files, before any preparation: whatever it holds, it names the files
 * it came from, with their checksums, so that a result can say exactly which data it was trained
 * on.
 */
public interface LoadedData {
  /** The files read, with their checksums and how far each was verified. */
  List<VerifiedFile> files();

  /** Whether every file matched a published checksum. */
  default boolean verified() {
    return files().stream().allMatch(VerifiedFile::verified);
  }
}
