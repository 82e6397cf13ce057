package org.learn2mix.experiment;

import ai.djl.nn.Block;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.learn2mix.data.TaskData;

/**
 * A published experiment: its data, its network and its hyperparameters (SPEC section 7).
 *
 * @param name the name users type, e.g. {@code mean-estimation}
 * @param summary one line for listings
 * @param data makes the prepared data set for a seed
 * @param architecture makes a fresh network fitting the data
 * @param learningRate Adam's η
 * @param gamma mixing rate γ
 * @param batchSize M
 * @param epochs E
 */
public record Preset(
    String name,
    String summary,
    LongFunction<TaskData> data,
    Function<TaskData, Block> architecture,
    double learningRate,
    double gamma,
    int batchSize,
    int epochs) {}
