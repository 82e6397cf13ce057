package org.learn2mix.data.locate;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.learn2mix.data.DataSetException;

/**
 * A data set split laid out as one folder per class ({@code train/<class>/...}), as image and text
 * folders are: the class folders' names and the files of one class.
 */
public final class ClassFolders {
  private ClassFolders() {}

  /**
   * The sorted names of the class folders in {@code split}.
   *
   * @param split the split's folder, e.g. {@code root/train}
   * @param expected what the folder should hold, for the message when it has no class folder, e.g.
   *     {@code "one folder per class"}
   * @return the folder names, sorted, at least one
   * @throws DataSetException if the folder cannot be listed or has no sub-folder
   */
  public static List<String> names(Path split, String expected) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(split, Files::isDirectory)) {
      entries.forEach(e -> names.add(e.getFileName().toString()));
    } catch (IOException e) {
      throw FileContent.cannotRead(split, e);
    }
    if (names.isEmpty()) {
      throw new DataSetException(split + ": has no class folders; expected " + expected);
    }
    Collections.sort(names);
    return names;
  }

  /**
   * The regular files in {@code folder} whose names end in one of {@code extensions}, in any case,
   * in file-name order; sub-folders and other files are skipped.
   *
   * @param folder a class folder
   * @param extensions lower-case endings, e.g. {@code .txt}
   * @return the files, sorted by path
   * @throws DataSetException if the folder cannot be listed
   */
  public static List<Path> files(Path folder, List<String> extensions) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().anyMatch(name::endsWith) && Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      throw FileContent.cannotRead(folder, e);
    }
    files.sort(null);
    return files;
  }

  /**
   * The files of {@code classes} under {@code split}, class after class, each with its class.
   *
   * @param split the split's folder, e.g. {@code root/train}
   * @param classes the class folders' names, in class order
   * @param extensions lower-case endings of the files taken, e.g. {@code .txt}
   * @param kind what those files are, for the message, e.g. {@code .txt files}
   * @param everyClass whether every class must have a file here; a class folder that is missing or
   *     empty is otherwise taken as no files
   * @return the files and their classes (0-based indexes into {@code classes})
   * @throws DataSetException if a folder cannot be listed, or with {@code everyClass} a class has
   *     no file, naming its folder
   */
  public static Listing list(
      Path split, List<String> classes, List<String> extensions, String kind, boolean everyClass) {
    List<Path> files = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int c = 0; c < classes.size(); c++) {
      Path folder = split.resolve(classes.get(c));
      List<Path> found = Files.isDirectory(folder) ? files(folder, extensions) : List.of();
      if (found.isEmpty() && everyClass) {
        throw new DataSetException(folder + ": has no " + kind);
      }
      files.addAll(found);
      for (int i = 0; i < found.size(); i++) {
        labels.add(c);
      }
    }
    return new Listing(files, labels.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The files of a split's classes, class after class.
   *
   * @param files the files
   * @param labels each file's class, a 0-based index into the class names
   */
  public record Listing(List<Path> files, int[] labels) {
    /**
     * Copies the list of files.
     *
     * @param files the files
     * @param labels each file's class
     */
    public Listing {
      files = List.copyOf(files);
    }
  }
}
