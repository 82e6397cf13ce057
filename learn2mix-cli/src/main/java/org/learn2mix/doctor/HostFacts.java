package org.learn2mix.doctor;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The Java runtime and the operating system as the engine meets them.
 *
 * @param javaVersion e.g. {@code 17.0.15}
 * @param javaVendor e.g. {@code Debian}
 * @param maxHeapBytes the most heap the JVM will use
 * @param processors processors available to the JVM
 * @param hugePagesVariable the value of {@code THP_MEM_ALLOC_ENABLE}; null if unset
 * @param hugePagesKernel the kernel's transparent-huge-pages setting as the kernel shows it, e.g.
 *     {@code always [madvise] never}; null where there is no such setting
 * @param djlCache DJL's cache folder, where libtorch is unpacked or downloaded
 * @param djlCacheWritable whether the cache folder can be written (or created)
 */
public record HostFacts(
    String javaVersion,
    String javaVendor,
    long maxHeapBytes,
    int processors,
    String hugePagesVariable,
    String hugePagesKernel,
    Path djlCache,
    boolean djlCacheWritable) {
  /** Name of the variable with which libtorch puts large tensors on transparent huge pages. */
  public static final String HUGE_PAGES_VARIABLE = "THP_MEM_ALLOC_ENABLE";

  /** Checks the required parts. */
  public HostFacts {
    Objects.requireNonNull(javaVersion, "javaVersion");
    Objects.requireNonNull(djlCache, "djlCache");
    if (maxHeapBytes <= 0 || processors <= 0) {
      throw new IllegalArgumentException("heap and processors must be positive");
    }
  }

  /**
   * The kernel's selected transparent-huge-pages mode, the bracketed word of {@link
   * #hugePagesKernel()}, e.g. {@code madvise}; null when unknown.
   */
  public String hugePagesMode() {
    if (hugePagesKernel == null) {
      return null;
    }
    int open = hugePagesKernel.indexOf('[');
    int close = hugePagesKernel.indexOf(']', open + 1);
    return open >= 0 && close > open ? hugePagesKernel.substring(open + 1, close) : null;
  }
}
