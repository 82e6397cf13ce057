package org.learn2mix.data.locate;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.learn2mix.data.DataSetException;

/**
 * Downloads official files into a folder so that a file under its final name is always complete and
 * verified: each goes to a hidden temporary name in the same folder, is checked against its
 * published checksum, and only then is renamed into place, atomically. A failed or mismatching
 * download is deleted.
 */
final class VerifiedDownloads {
  private static final System.Logger LOG = System.getLogger(VerifiedDownloads.class.getName());

  private final Downloader downloader;

  VerifiedDownloads(Downloader downloader) {
    this.downloader = downloader;
  }

  /**
   * Downloads {@code files} into {@code folder}, creating it.
   *
   * @param orElsewhere the other places the user could put the files by hand, for messages
   * @throws DataSetException naming the URL or file that failed
   */
  void fetch(Path folder, List<RemoteFile> files, String orElsewhere) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new DataSetException(
          "cannot create the data set folder "
              + folder
              + " ("
              + DataSetException.reason(e)
              + "); put the files into "
              + orElsewhere,
          e);
    }
    for (RemoteFile file : files) {
      fetch(
          folder, file, "put " + file.fileName() + " into " + folder + " by hand, " + orElsewhere);
    }
  }

  private void fetch(Path folder, RemoteFile file, String byHand) {
    Path target = folder.resolve(file.fileName());
    Path part = null;
    try {
      part = Files.createTempFile(folder, "." + file.fileName() + ".", ".part");
      LOG.log(Level.INFO, "downloading {0} into {1}", file.url(), folder);
      try {
        downloader.fetch(file.url(), part);
      } catch (IOException e) {
        throw new DataSetException(
            "download of " + file.url() + " failed (" + DataSetException.reason(e) + "); " + byHand,
            e);
      }
      String actual;
      try {
        actual = file.checksum().compute(part);
      } catch (DataSetException e) {
        throw new DataSetException(
            "download of " + file.url() + " is damaged (" + e.getMessage() + "); " + byHand, e);
      }
      if (!file.checksum().matches(actual)) {
        throw new DataSetException(
            String.format(
                "%s downloaded from %s does not match its checksum: %s is %s, expected %s; the"
                    + " download was discarded, try again later or %s",
                file.fileName(),
                file.url(),
                file.checksum().describe(),
                actual,
                file.checksum().expected(),
                byHand));
      }
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      part = null;
      LOG.log(Level.INFO, "downloaded and verified {0}", target);
    } catch (IOException e) {
      throw new DataSetException(
          "cannot write " + target + " (" + DataSetException.reason(e) + "); " + byHand, e);
    } finally {
      deleteQuietly(part);
    }
  }

  private static void deleteQuietly(Path part) {
    if (part == null) {
      return;
    }
    try {
      Files.deleteIfExists(part);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot delete the partial download {0}: {1}", part, e);
    }
  }
}
