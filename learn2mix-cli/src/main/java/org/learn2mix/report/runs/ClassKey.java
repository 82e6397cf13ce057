package org.learn2mix.report.runs;

/**
 * A class as a chart key: ordered and told apart by its position, since names in a file need not be
 * distinct, and shown by its name.
 *
 * @param index the class's position, 0-based
 * @param name the class's name
 */
public record ClassKey(int index, String name) implements Comparable<ClassKey> {
  @Override
  public int compareTo(ClassKey other) {
    return Integer.compare(index, other.index);
  }

  @Override
  public String toString() {
    return name;
  }
}
