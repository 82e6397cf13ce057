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
}
