package org.learn2mix.batching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassPoolsTest {

  @Test
  void poolsPartitionTheExamplesByClass() {
    Random random = new Random(3L);
    for (int trial = 0; trial < 50; trial++) {
      int k = 1 + random.nextInt(8);
      int n = k + random.nextInt(500);
      int[] classOf = new int[n];
      for (int i = 0; i < n; i++) {
        classOf[i] = i < k ? i : random.nextInt(k); // every class present at least once
      }
      ClassPools pools = ClassPools.of(classOf, k);

      assertEquals(k, pools.classCount());
      assertEquals(n, pools.exampleCount());
      boolean[] seen = new boolean[n];
      int[] expectedSizes = new int[k];
      for (int c : classOf) {
        expectedSizes[c]++;
      }
      assertArrayEquals(expectedSizes, pools.sizes());
      for (int c = 0; c < k; c++) {
        int[] pool = pools.pool(c);
        assertEquals(expectedSizes[c], pool.length);
        for (int j = 0; j < pool.length; j++) {
          int idx = pool[j];
          assertTrue(idx >= 0 && idx < n);
          assertEquals(c, classOf[idx], "example " + idx + " in the wrong pool");
          assertEquals(c, pools.classOf(idx));
          assertTrue(!seen[idx], "example " + idx + " in two pools");
          seen[idx] = true;
          if (j > 0) {
            assertTrue(pool[j - 1] < idx, "pool not in ascending order");
          }
        }
      }
      for (int i = 0; i < n; i++) {
        assertTrue(seen[i], "example " + i + " in no pool");
      }
    }
  }

  @Test
  void countClassesCountsIndicesWithRepeats() {
    ClassPools pools = ClassPools.of(new int[] {0, 1, 1, 2, 0, 1}, 3);
    assertArrayEquals(new int[] {2, 3, 1}, pools.countClasses(new int[] {0, 1, 2, 3, 4, 5}));
    assertArrayEquals(new int[] {0, 3, 0}, pools.countClasses(new int[] {1, 1, 5}));
    assertArrayEquals(new int[] {0, 0, 0}, pools.countClasses(new int[] {}));
  }

  @Test
  void returnsCopiesAndIsNotAffectedByTheInputArray() {
    int[] classOf = {0, 1, 0, 1};
    ClassPools pools = ClassPools.of(classOf, 2);
    classOf[0] = 1;
    assertEquals(0, pools.classOf(0));
    pools.pool(0)[0] = 99;
    assertArrayEquals(new int[] {0, 2}, pools.pool(0));
  }

  @Test
  void outOfRangeClassThrowsNamingTheExample() {
    IllegalArgumentException high =
        assertThrows(
            IllegalArgumentException.class, () -> ClassPools.of(new int[] {0, 1, 2, 5, 1}, 3));
    assertTrue(high.getMessage().contains("example 3"), high.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> ClassPools.of(new int[] {0, -1, 1}, 2));
    assertTrue(negative.getMessage().contains("example 1"), negative.getMessage());
  }

  @Test
  void emptyPoolThrowsNamingTheClassOneBased() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClassPools.of(new int[] {0, 0, 2}, 3));
    assertTrue(e.getMessage().contains("class 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClassPools.of(new int[] {}, 1));
  }

  @Test
  void needsAtLeastOneClass() {
    assertThrows(IllegalArgumentException.class, () -> ClassPools.of(new int[] {}, 0));
  }

  @Test
  void indicesByClassKeepsAnEmptyClassAndListsIndicesAscending() {
    int[][] byClass = ClassPools.indicesByClass(new int[] {2, 0, 2, 2, 0}, 4);

    assertArrayEquals(new int[] {1, 4}, byClass[0]);
    assertArrayEquals(new int[0], byClass[1]);
    assertArrayEquals(new int[] {0, 2, 3}, byClass[2]);
    assertArrayEquals(new int[0], byClass[3]);
    assertThrows(IllegalArgumentException.class, () -> ClassPools.indicesByClass(new int[] {4}, 4));
  }
}
