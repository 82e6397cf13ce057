package org.learn2mix.data.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.ReadCounter;
import org.learn2mix.data.ReadProgress;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.ClassFolders;
import org.learn2mix.data.locate.FileContent;
import org.learn2mix.data.locate.FolderDigest;

/**
 * Reads labelled texts laid out as class folders: {@code root/train/<class>/*.txt} and, where the
 * data comes with its own test set, {@code root/test/<class>/*.txt}. The extracted IMDB archive is
 * such a folder.
 *
 * <p>The classes are the sorted names of the class folders under {@code train/}. Where {@code
 * test/} exists, a class folder under {@code train/} that {@code test/} lacks is left out (IMDB's
 * unlabelled {@code train/unsup}: a class without test texts cannot be measured), and a class
 * folder under {@code test/} that {@code train/} lacks is an error. Within a class, files are taken
 * in file-name order; files not ending in {@code .txt} (any case) and sub-folders are skipped.
 *
 * <p>Every file must be UTF-8 (a byte-order mark is dropped); it is read, checked and decoded on
 * all processors. The folder has no published checksum; it is recorded with a {@link FolderDigest}
 * of its files, not verified.
 */
public final class TextFolders {
  /** The training split's folder. */
  public static final String TRAIN = "train";

  /** The test split's folder, optional. */
  public static final String TEST = "test";

  private static final String EXTENSION = ".txt";

  private TextFolders() {}

  /**
   * Reads every text under {@code root}.
   *
   * @param root the folder holding {@link #TRAIN} and, optionally, {@link #TEST}
   * @param progress hears of every file read
   * @return the texts, the split the folders give (when {@link #TEST} exists), and the classes left
   *     out
   * @throws DataSetException naming the folder or file that is missing, empty, unreadable or not
   *     UTF-8, or a class folder under {@link #TEST} that {@link #TRAIN} does not have
   */
  public static TextFolder read(Path root, ReadProgress progress) {
    if (!Files.isDirectory(root)) {
      throw new DataSetException(
          root
              + (Files.exists(root) ? " is a file" : " does not exist")
              + "; --texts needs a folder holding "
              + TRAIN
              + "/<class>/*.txt");
    }
    Path trainFolder = root.resolve(TRAIN);
    if (!Files.isDirectory(trainFolder)) {
      throw new DataSetException(
          root + ": has no " + TRAIN + "/ folder; expected " + TRAIN + "/<class>/*.txt");
    }
    Path testFolder = root.resolve(TEST);
    boolean hasTest = Files.isDirectory(testFolder);
    List<String> trainClasses = classFolders(trainFolder);
    List<String> classes = new ArrayList<>(trainClasses);
    List<String> leftOut = new ArrayList<>();
    if (hasTest) {
      List<String> testClasses = classFolders(testFolder);
      for (String name : testClasses) {
        if (!trainClasses.contains(name)) {
          throw new DataSetException(
              testFolder.resolve(name)
                  + ": a class folder that "
                  + TRAIN
                  + "/ does not have (its classes are "
                  + String.join(", ", trainClasses)
                  + ")");
        }
      }
      classes.retainAll(testClasses);
      leftOut.addAll(trainClasses);
      leftOut.removeAll(testClasses);
    }
    List<Path> files = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    int trainCount = list(trainFolder, classes, true, files, labels);
    if (hasTest) {
      list(testFolder, classes, false, files, labels);
    }
    Decoded decoded = decodeAll(files, progress);
    TreeMap<String, byte[]> sums = new TreeMap<>();
    for (int n = 0; n < files.size(); n++) {
      sums.put(root.relativize(files.get(n)).toString().replace('\\', '/'), decoded.sums()[n]);
    }
    LoadedReviews all =
        new LoadedReviews(
            List.of(decoded.texts()),
            labels.stream().mapToInt(Integer::intValue).toArray(),
            classes,
            List.of(
                new VerifiedFile(
                    root, FolderDigest.of(sums), VerifiedFile.Verification.NOT_VERIFIED)));
    TrainTestSplit split =
        hasTest
            ? new TrainTestSplit(
                IntStream.range(0, trainCount).toArray(),
                IntStream.range(trainCount, files.size()).toArray())
            : null;
    return new TextFolder(all, split, leftOut);
  }

  /** The sorted names of the class folders in {@code split}. */
  private static List<String> classFolders(Path split) {
    return ClassFolders.names(split, "one folder of .txt files per class");
  }

  /**
   * Adds the text files of {@code classes} under {@code split} to {@code files}, class after class,
   * with their labels; returns how many it added.
   */
  private static int list(
      Path split,
      List<String> classes,
      boolean everyClass,
      List<Path> files,
      List<Integer> labels) {
    ClassFolders.Listing listing =
        ClassFolders.list(split, classes, List.of(EXTENSION), EXTENSION + " files", everyClass);
    files.addAll(listing.files());
    for (int label : listing.labels()) {
      labels.add(label);
    }
    return listing.files().size();
  }

  /** The files' texts and their SHA-256 checksums, in file order. */
  private record Decoded(String[] texts, byte[][] sums) {}

  /** Reads, checksums and decodes every file, on all processors. */
  private static Decoded decodeAll(List<Path> files, ReadProgress progress) {
    String[] texts = new String[files.size()];
    byte[][] sums = new byte[files.size()][];
    ReadCounter counter = new ReadCounter(progress, files.size());
    IntStream.range(0, files.size())
        .parallel()
        .forEach(
            n -> {
              Path file = files.get(n);
              byte[] bytes;
              try {
                bytes = Files.readAllBytes(file);
              } catch (IOException e) {
                throw FileContent.cannotRead(file, e);
              }
              sums[n] = FolderDigest.sha256(bytes);
              texts[n] = utf8(file, bytes);
              counter.one();
            });
    return new Decoded(texts, sums);
  }

  /**
   * Decodes {@code bytes} as UTF-8, refusing malformed input, and drops a leading byte-order mark.
   *
   * @throws DataSetException naming the file and the offset of the first byte that is not UTF-8
   */
  static String utf8(Path file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new DataSetException(
          String.format(
              "%s: not UTF-8 text (byte 0x%02x at offset %d); save it as UTF-8",
              file, bytes[in.position()] & 0xff, in.position()));
    }
    decoder.flush(out);
    out.flip();
    if (out.hasRemaining() && out.get(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }
}
