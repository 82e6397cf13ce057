package org.learn2mix.train;

/**
 * What one epoch of one run produced.
 *
 * <p>The arrays are held as given, not copied: whoever holds a record must not change them.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean of the epoch's batch losses: the loss the optimizer saw, which is the focal
 *     loss under the focal strategy
 * @param testMetric the task's test metric after the epoch, over the whole test set: accuracy in
 *     percent (0 to 100), mean squared error, or mean per-image sum of squared errors
 * @param classTestMetric the test metric restricted to each class, k values in class order; NaN for
 *     a class without test examples
 * @param classLosses the class-wise training losses L of the epoch, k values in class order
 * @param alpha the mixing proportions after the epoch's update, used by the next epoch: k shares
 *     summing to 1
 * @param seconds wall-clock seconds of training in the epoch, evaluation excluded
 */
public record EpochRecord(
    int epoch,
    double trainLoss,
    double testMetric,
    double[] classTestMetric,
    double[] classLosses,
    double[] alpha,
    double seconds) {}
