package org.learn2mix.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Provenance in JSON: the snake_case names in their fixed order; unrecorded files are left out. */
class ProvenanceTest {
  private static Provenance provenance(List<Provenance.DataFile> files) {
    return onDevice(files, "gpu:1", "cu128", "12.8", "NVIDIA H200");
  }

  private static Provenance onDevice(
      List<Provenance.DataFile> files,
      String device,
      String flavour,
      String cudaVersion,
      String gpuName) {
    return new Provenance(
        "v",
        "c",
        "17",
        "vendor",
        "os",
        "arch",
        4,
        "0.36.0",
        "PyTorch 2.7.1",
        "2",
        device,
        flavour,
        cudaVersion,
        gpuName,
        Instant.parse("2026-01-01T00:00:00Z"),
        null,
        12.5,
        files);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void writesEveryFactUnderItsFileName() {
    JsonNode json =
        new ObjectMapper()
            .valueToTree(provenance(List.of(new Provenance.DataFile("/d/a.csv", "ff", "size"))));
    assertEquals(
        List.of(
            "learn2mix_version",
            "git_commit",
            "java_version",
            "java_vendor",
            "os",
            "arch",
            "available_processors",
            "djl_version",
            "engine",
            "engine_threads",
            "device",
            "engine_flavour",
            "cuda_version",
            "gpu_name",
            "started",
            "finished",
            "peak_rss_mb",
            "data_files"),
        names(json));
    assertEquals("2026-01-01T00:00:00Z", json.get("started").asText());
    assertTrue(json.get("finished").isNull());
    assertEquals(List.of("path", "sha256", "verified_by"), names(json.at("/data_files/0")));
  }

  @Test
  void dataFilesNotRecordedAreLeftOutButNoFilesAreAnEmptyList() {
    ObjectMapper mapper = new ObjectMapper();
    assertTrue(!mapper.valueToTree(provenance(null)).has("data_files"));
    JsonNode none = mapper.valueToTree(provenance(List.of())).get("data_files");
    assertTrue(none.isArray() && none.isEmpty(), none.toString());
  }

  @Test
  void onTheCpuTheCudaVersionAndGpuNameAreLeftOut() {
    JsonNode json = new ObjectMapper().valueToTree(onDevice(null, "cpu", "cpu", null, null));
    assertEquals("cpu", json.get("device").asText());
    assertEquals("cpu", json.get("engine_flavour").asText());
    assertFalse(json.has("cuda_version"), json.toString());
    assertFalse(json.has("gpu_name"), json.toString());
  }

  @Test
  void theDeviceAndFlavourAreRequired() {
    assertThrows(IllegalArgumentException.class, () -> onDevice(null, null, "cpu", null, null));
    assertThrows(IllegalArgumentException.class, () -> onDevice(null, "cpu", null, null, null));
  }
}
