package org.learn2mix.experiment;

/**
 * Hyperparameters chosen for data of one's own, each with the reason it was chosen, so that the
 * start of a comparison can say what it picked and why.
 */
public interface OwnDataDefaults {
  /**
   * The training examples the choice is made for.
   *
   * @return N, after any imbalance
   */
  int trainingExamples();

  /**
   * What a training example is called, for the announcement.
   *
   * @return e.g. {@code rows}, {@code texts}, {@code images}
   */
  String examplesNoun();

  /**
   * Adam's η.
   *
   * @return the learning rate
   */
  double learningRate();

  /**
   * The mixing rate γ.
   *
   * @return γ in (0, 1)
   */
  double gamma();

  /**
   * M.
   *
   * @return the batch size
   */
  int batchSize();

  /**
   * E.
   *
   * @return the epochs
   */
  int epochs();

  /**
   * Why the learning rate.
   *
   * @return one line
   */
  String learningRateReason();

  /**
   * Why the mixing rate.
   *
   * @return one line
   */
  String gammaReason();

  /**
   * Why the batch size.
   *
   * @return one line
   */
  String batchSizeReason();

  /**
   * Why the epochs.
   *
   * @return one line
   */
  String epochsReason();
}
