package org.learn2mix.report.published;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The paper's published values, kept as data in {@code published.json} beside this class: which
 * source they come from, what of it is not entered, and one {@link PublishedExperiment} per row.
 *
 * @param source the full citation of the tables
 * @param citation a short form of it for one line
 * @param notEntered what of the paper's tables the file leaves out, and why
 * @param experiments the rows, at most one per preset
 */
public record PublishedTable(
    @JsonProperty("source") String source,
    @JsonProperty("citation") String citation,
    @JsonProperty("not_entered") String notEntered,
    @JsonProperty("experiments") List<PublishedExperiment> experiments) {
  /** The resource holding the table, next to this class. */
  static final String RESOURCE = "published.json";

  private static final PublishedTable BUILT_IN = read(RESOURCE);

  /** Validates and copies. */
  public PublishedTable {
    if (source == null || source.isBlank() || citation == null || citation.isBlank()) {
      throw new IllegalArgumentException("the published values need their source");
    }
    experiments = List.copyOf(experiments == null ? List.of() : experiments);
    Set<String> presets = new HashSet<>();
    for (PublishedExperiment experiment : experiments) {
      if (!presets.add(experiment.preset())) {
        throw new IllegalArgumentException(experiment.preset() + " is listed twice");
      }
    }
  }

  /** The table this project ships. */
  public static PublishedTable builtIn() {
    return BUILT_IN;
  }

  /** The row of {@code preset}, if the project holds one. */
  public Optional<PublishedExperiment> experiment(String preset) {
    return experiments.stream().filter(e -> e.preset().equals(preset)).findFirst();
  }

  private static PublishedTable read(String resource) {
    try (InputStream in = PublishedTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the learn2mix jar");
      }
      return new ObjectMapper().readValue(in, PublishedTable.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
