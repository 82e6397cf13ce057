package org.learn2mix.doctor;

import java.util.List;
import java.util.Objects;
import org.learn2mix.data.locate.DataSetStatus;

/**
 * Everything {@code learn2mix doctor} found out, from which {@link ProblemDetector} decides.
 *
 * @param engine the engine that started; null if it did not
 * @param engineFailure why the engine did not start, one line; null if it started
 * @param cuda the signs of CUDA on the machine
 * @param host the Java runtime and operating system
 * @param dataSets where each data set was found and whether it verified
 */
public record DoctorFacts(
    EngineFacts engine,
    String engineFailure,
    CudaSigns cuda,
    HostFacts host,
    List<DataSetStatus> dataSets) {
  /** Checks that the engine either started or has a reason why not, and copies the list. */
  public DoctorFacts {
    if ((engine == null) == (engineFailure == null)) {
      throw new IllegalArgumentException("either an engine or why it did not start, not both");
    }
    Objects.requireNonNull(cuda, "cuda");
    Objects.requireNonNull(host, "host");
    dataSets = List.copyOf(dataSets);
  }
}
