package org.learn2mix.data.text;

import java.util.List;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.VerifiedFile;

/**
 * Labelled texts as read from class folders by {@link TextFolders}, before any split, tokenisation
 * or imbalance.
 *
 * @param texts every text with its label: the training folder's texts first, then the test
 *     folder's, each class after class in file-name order
 * @param givenSplit the split the folders give (training folder, test folder), or {@code null} when
 *     there is no test folder and the split is still to be drawn
 * @param leftOut the training class folders left out because the test folder has no such class
 */
public record TextFolder(LoadedReviews texts, TrainTestSplit givenSplit, List<String> leftOut)
    implements LoadedData {
  /**
   * Copies the list.
   *
   * @param texts every text with its label
   * @param givenSplit the split the folders give, or {@code null}
   * @param leftOut the training class folders left out; copied
   */
  public TextFolder {
    leftOut = List.copyOf(leftOut);
  }

  @Override
  public List<VerifiedFile> files() {
    return texts.files();
  }
}
