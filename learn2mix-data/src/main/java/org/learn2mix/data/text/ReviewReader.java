package org.learn2mix.data.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.FileContent;
import org.learn2mix.data.locate.FolderDigest;

/** Reads the IMDB reviews from the official archive or from the folder extracted from it. */
final class ReviewReader {
  /** A review inside the archive: {@code <anything>/(train|test)/(pos|neg)/<name>.txt}. */
  private static final Pattern REVIEW =
      Pattern.compile("(?:.*/)?(train|test)/(pos|neg)/([^/]+\\.txt)");

  /** No review comes near this; a larger entry means a damaged or foreign archive. */
  private static final long MAX_REVIEW_BYTES = 1 << 24;

  private ReviewReader() {}

  /**
   * Reads the reviews straight out of {@code archive} (a {@code .tar.gz}, or a plain {@code .tar})
   * in one pass, checksumming the archive as it streams by, then checks the checksum and the
   * counts.
   */
  static LoadedReviews readArchive(
      ReviewArchiveFormat format,
      Path archive,
      ReviewArchiveFormat.KnownArchive known,
      List<String> classNames) {
    Map<String, byte[]> reviews = new TreeMap<>();
    MessageDigest sha256 = Checksum.digest("SHA-256");
    try (InputStream raw = Files.newInputStream(archive);
        DigestInputStream digested =
            new DigestInputStream(new BufferedInputStream(raw, 1 << 16), sha256);
        TarArchiveInputStream tar =
            new TarArchiveInputStream(FileContent.decompressing(digested))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        Matcher review = REVIEW.matcher(entry.getName());
        if (!entry.isFile() || !review.matches()) {
          continue;
        }
        String source = archive + "!" + entry.getName();
        if (entry.getSize() > MAX_REVIEW_BYTES) {
          throw new DataSetException(
              source + ": " + entry.getSize() + " bytes is no review; the archive is damaged");
        }
        byte[] text = tar.readNBytes((int) entry.getSize());
        if (text.length != entry.getSize()) {
          throw new DataSetException(source + ": truncated: the archive ends inside it");
        }
        add(reviews, source, key(review), text);
      }
      // The digest must cover the whole file, also what follows the last tar entry.
      digested.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw DataSetException.damagedArchive(archive, e);
    }
    String actual = Checksum.hex(sha256);
    known.checksum().check(archive, actual);
    return loaded(
        format,
        archive.toString(),
        reviews,
        classNames,
        new VerifiedFile(archive, actual, VerifiedFile.Verification.ARCHIVE_SHA256));
  }

  /** Reads the extracted review files under {@code root}; they are checksummed but not verified. */
  static LoadedReviews readFolder(ReviewArchiveFormat format, Path root, List<String> classNames) {
    Map<String, byte[]> reviews = new TreeMap<>();
    TreeMap<String, byte[]> sums = new TreeMap<>();
    for (String split : ReviewArchiveFormat.SPLITS) {
      for (String label : ReviewArchiveFormat.LABELS) {
        Path folder = root.resolve(split).resolve(label);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.txt")) {
          for (Path file : files) {
            if (!Files.isRegularFile(file)) {
              continue;
            }
            String key = split + "/" + label + "/" + file.getFileName();
            byte[] text = Files.readAllBytes(file);
            add(reviews, file.toString(), key, text);
            sums.put(key, FolderDigest.sha256(text));
          }
        } catch (IOException e) {
          throw FileContent.cannotRead(folder, e);
        }
      }
    }
    return loaded(
        format,
        root.toString(),
        reviews,
        classNames,
        new VerifiedFile(root, FolderDigest.of(sums), VerifiedFile.Verification.NOT_VERIFIED));
  }

  private static String key(Matcher review) {
    return review.group(1) + "/" + review.group(2) + "/" + review.group(3);
  }

  private static void add(Map<String, byte[]> reviews, String source, String key, byte[] text) {
    if (reviews.put(key, text) != null) {
      throw new DataSetException(source + ": appears twice");
    }
  }

  /** The reviews in path order, once every folder is checked to hold its count. */
  private static LoadedReviews loaded(
      ReviewArchiveFormat format,
      String where,
      Map<String, byte[]> reviews,
      List<String> classNames,
      VerifiedFile file) {
    int[][] counts = new int[ReviewArchiveFormat.SPLITS.size()][ReviewArchiveFormat.LABELS.size()];
    List<String> texts = new ArrayList<>(reviews.size());
    int[] labels = new int[reviews.size()];
    for (Map.Entry<String, byte[]> review : reviews.entrySet()) {
      String[] parts = review.getKey().split("/", 3);
      int label = ReviewArchiveFormat.LABELS.indexOf(parts[1]);
      counts[ReviewArchiveFormat.SPLITS.indexOf(parts[0])][label]++;
      labels[texts.size()] = label;
      texts.add(new String(review.getValue(), StandardCharsets.UTF_8));
    }
    for (int s = 0; s < counts.length; s++) {
      for (int l = 0; l < counts[s].length; l++) {
        if (counts[s][l] != format.reviewsPerFolder()) {
          throw new DataSetException(
              String.format(
                  "%s: %s/%s holds %,d reviews, expected %,d; the data set is incomplete or"
                      + " not the IMDB reviews",
                  where,
                  ReviewArchiveFormat.SPLITS.get(s),
                  ReviewArchiveFormat.LABELS.get(l),
                  counts[s][l],
                  format.reviewsPerFolder()));
        }
      }
    }
    return new LoadedReviews(texts, labels, classNames, List.of(file));
  }
}
