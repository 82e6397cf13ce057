package org.learn2mix.spark;

import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.apache.spark.resource.ResourceUtils;

/**
 * The device a Spark task trains its cell on: the GPU Spark's resource scheduling assigned to the
 * task ({@code spark.task.resource.gpu.amount}), else the executor's default device.
 */
final class TaskDevice {
  private TaskDevice() {}

  /**
   * The device of the running task.
   *
   * @return {@code gpu:N} for the first GPU address Spark assigned it, or null where it assigned
   *     none (or outside a task)
   */
  static String ofThisTask() {
    TaskContext task = TaskContext.get();
    return task == null ? null : of(task.resourcesJMap());
  }

  /**
   * The device for a task holding {@code resources}.
   *
   * @param resources the task's resources by name, as {@link TaskContext#resourcesJMap()} gives
   *     them
   * @return {@code gpu:N} for the first address of the {@code gpu} resource, which is the GPU's
   *     index as the discovery script reported it, or null if the task holds no GPU
   * @throws IllegalArgumentException if that address is not a GPU index
   */
  static String of(Map<String, ResourceInformation> resources) {
    ResourceInformation gpu = resources.get(ResourceUtils.GPU());
    if (gpu == null || gpu.addresses().length == 0) {
      return null;
    }
    String address = gpu.addresses()[0].trim();
    if (!address.matches("\\d{1,4}")) {
      throw new IllegalArgumentException(
          "Spark assigned the task GPU address '"
              + address
              + "', not a GPU index; the discovery script must report indexes such as 0, 1");
    }
    return "gpu:" + Integer.parseInt(address);
  }
}
