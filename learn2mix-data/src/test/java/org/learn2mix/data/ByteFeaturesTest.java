package org.learn2mix.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteFeaturesTest {
  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void eachChannelMapsItsBytesWithItsOwnShiftAndDivisor() {
    // Two examples of 2 channels x 2 values: channel 0 centred to [-1, 1], channel 1 to [0, 1].
    ByteFeatures f =
        new ByteFeatures(
            bytes(0, 255, 0, 255, 51, 102, 204, 255), new double[] {0.5, 0}, new double[] {0.5, 1});
    float[] decoded = f.decode(2);
    assertArrayEquals(
        new float[] {
          -1f, 1f, 0f, 1f, (float) ((0.2 - 0.5) / 0.5), (float) ((0.4 - 0.5) / 0.5), 0.8f, 1f
        },
        decoded);
    assertEquals((float) ((200 / 255.0 - 0.5) / 0.5), f.table(0)[200]);
    assertEquals((float) (200 / 255.0), f.table(1)[200]);
  }

  @Test
  void examplesHoldFloatsOrBytesNeverBothOrNeither() {
    ByteFeatures grey = new ByteFeatures(bytes(0, 255), new double[] {0}, new double[] {1});
    Examples stored = Examples.ofBytes(grey, new long[] {1, 1, 1}, new int[] {0, 1});
    assertTrue(stored.storedAsBytes());
    assertNull(stored.features());
    assertArrayEquals(new float[] {0f, 1f}, stored.decodedFeatures());
    Examples floats = new Examples(new float[] {0, 1}, new long[] {1}, null, 0, new int[] {0, 1});
    assertFalse(floats.storedAsBytes());
    assertSame(floats.features(), floats.decodedFeatures());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Examples(new float[] {0, 1}, new long[] {1}, null, 0, new int[] {0, 1}, grey));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Examples(null, new long[] {1}, null, 0, new int[] {0, 1}, null));
  }

  @Test
  void bytesMustHaveOneChannelPerEntryOfTheFirstAxisAndWholeExamples() {
    ByteFeatures two =
        new ByteFeatures(bytes(1, 2, 3, 4), new double[] {0, 0}, new double[] {1, 1});
    assertThrows(
        IllegalArgumentException.class,
        () -> Examples.ofBytes(two, new long[] {1, 2, 2}, new int[] {0}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Examples.ofBytes(two, new long[] {2, 1, 1}, new int[] {0}));
    assertEquals(1, Examples.ofBytes(two, new long[] {2, 1, 2}, new int[] {0}).size());
  }

  @Test
  void aMapThatCannotMapIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ByteFeatures(new byte[0], new double[] {0}, new double[] {0}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ByteFeatures(new byte[0], new double[] {0, 1}, new double[] {1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ByteFeatures(new byte[0], new double[] {Double.NaN}, new double[] {1}));
  }
}
