package org.learn2mix.data;

import java.util.List;

/**
 * A data set as read from its files, before the per-seed preparation (imbalance, scaling): whatever
 * it holds, raw or already encoded once per process (text), it names the files it came from, with
 * their checksums, so that a result can say exactly which data it was trained on.
 */
public interface LoadedData {
  /**
   * The files read, with their checksums and how far each was verified.
   *
   * @return the files in the order they were read; a folder of many files (image folders, extracted
   *     reviews) is one entry with a {@link org.learn2mix.data.locate.FolderDigest}
   */
  List<VerifiedFile> files();

  /**
   * Whether every file matched a published checksum.
   *
   * @return true when every one of {@link #files()} is {@link VerifiedFile#verified()} (also when
   *     there are none), false when at least one was only checksummed
   */
  default boolean verified() {
    return files().stream().allMatch(VerifiedFile::verified);
  }
}
