/**
 * learn2mix as a drop-in for existing DJL training programs.
 *
 * <p>Add a {@link org.learn2mix.djl.Learn2MixSampler} to the training data set and a {@link
 * org.learn2mix.djl.Learn2MixListener} to the training configuration; {@code EasyTrain.fit} then
 * trains with adaptive class mixing:
 *
 * <pre>{@code
 * Learn2MixSampler sampler = Learn2MixSampler.builder()
 *     .setClasses(labels)            // class of every training example
 *     .setBatchSize(100)
 *     .optGamma(0.1)
 *     .optSeed(42)
 *     .build();
 * ArrayDataset train = new ArrayDataset.Builder()
 *     .setData(features).optLabels(labelArray)
 *     .setSampling(sampler)
 *     .build();
 * DefaultTrainingConfig config = new DefaultTrainingConfig(MeanLoss.of(PerExampleLoss.crossEntropy()))
 *     .addTrainingListeners(new Learn2MixListener(sampler, PerExampleLoss.crossEntropy()));
 * }</pre>
 *
 * <p>The command line's own training loop uses these same two objects, so there is one
 * implementation of the method; its batches, gathered on the engine, are {@link
 * org.learn2mix.djl.BatchWithClasses} and hand the listener their one-hot class matrix.
 */
package org.learn2mix.djl;
