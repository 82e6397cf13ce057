package org.learn2mix.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Wine Quality data as a plain table for the drop-in tests: 11 standardised features, the
 * quality as target, and the wine type as class (white 0, red 1). Deliberately minimal; the
 * project's real CSV loader is not what these tests are about.
 */
record WineTable(float[] features, float[] quality, int[] type) {
  static final int FEATURES = 11;

  static Path folder() {
    return Path.of(System.getProperty("shared.datasets", "../shared/datasets"), "wine-quality");
  }

  static WineTable read() throws IOException {
    List<float[]> rows = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    String[] files = {"winequality-white.csv", "winequality-red.csv"};
    for (int type = 0; type < files.length; type++) {
      List<String> lines = Files.readAllLines(folder().resolve(files[type]));
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(";");
        float[] row = new float[cells.length];
        for (int i = 0; i < cells.length; i++) {
          row[i] = Float.parseFloat(cells[i]);
        }
        rows.add(row);
        types.add(type);
      }
    }
    int n = rows.size();
    float[] features = new float[n * FEATURES];
    float[] quality = new float[n];
    int[] type = new int[n];
    for (int j = 0; j < FEATURES; j++) {
      double mean = 0;
      for (float[] row : rows) {
        mean += row[j];
      }
      mean /= n;
      double var = 0;
      for (float[] row : rows) {
        var += (row[j] - mean) * (row[j] - mean);
      }
      double std = Math.sqrt(var / n);
      for (int i = 0; i < n; i++) {
        features[i * FEATURES + j] = (float) ((rows.get(i)[j] - mean) / std);
      }
    }
    for (int i = 0; i < n; i++) {
      quality[i] = rows.get(i)[FEATURES];
      type[i] = types.get(i);
    }
    return new WineTable(features, quality, type);
  }

  int size() {
    return type.length;
  }
}
