package org.learn2mix.train;

/**
 * What one epoch of one run produced.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean of the epoch's batch losses (the loss the optimizer saw)
 * @param testMetric the task's test metric after the epoch
 * @param classTestMetric the test metric restricted to each class
 * @param classLosses the class-wise training losses L of the epoch
 * @param alpha the mixing proportions after the epoch's update, used by the next epoch
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
