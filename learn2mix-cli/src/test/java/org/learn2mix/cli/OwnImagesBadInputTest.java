package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad image folder or bad image options through the real command line: exit code 2, one line on
 * stderr saying what is wrong and where, no stack trace, nothing written.
 */
class OwnImagesBadInputTest {
  @TempDir static Path temp;

  static Stream<Arguments> badInputs() throws IOException {
    Path good = ImageFolderFiles.tree(temp.resolve("good"), 16, 4, 2);
    String dir = good.toString();
    Path noClasses = Files.createDirectories(temp.resolve("no-classes/train"));
    Files.createDirectories(noClasses.resolveSibling("test"));
    Path emptyClass = ImageFolderFiles.tree(temp.resolve("empty-class"), 16, 4, 2);
    Files.createDirectories(emptyClass.resolve("train/hollow"));
    Path truncated = ImageFolderFiles.tree(temp.resolve("truncated"), 16, 4, 2);
    Path cut = truncated.resolve("train/light/1.png");
    byte[] png = Files.readAllBytes(cut);
    Files.write(cut, Arrays.copyOf(png, png.length / 2));
    Path notImage = ImageFolderFiles.tree(temp.resolve("not-image"), 16, 4, 2);
    Files.writeString(notImage.resolve("test/dark/notes.jpg"), "not a picture");
    Path extraTestClass = ImageFolderFiles.tree(temp.resolve("extra"), 16, 4, 2);
    ImageFolderFiles.greyPng(extraTestClass.resolve("test/grey/0.png"), 16, 16, 80);
    Path sizes = ImageFolderFiles.tree(temp.resolve("sizes"), 16, 4, 2);
    ImageFolderFiles.greyPng(sizes.resolve("train/light/9.png"), 20, 18, 0);
    Path small = ImageFolderFiles.tree(temp.resolve("small"), 8, 4, 2);
    Path twoTests = ImageFolderFiles.tree(temp.resolve("two-tests"), 16, 4, 2);
    ImageFolderFiles.greyPng(twoTests.resolve("val/dark/0.png"), 16, 16, 0);
    Path table = Files.writeString(temp.resolve("t.csv"), "x,kind\n1,a\n2,b\n");
    return Stream.of(
        Arguments.of(
            "no-classes/train: has no class folders",
            List.of("--images", noClasses.getParent().toString())),
        Arguments.of(
            "empty-class/train/hollow: has no .jpg, .jpeg, .png, .gif or .bmp images",
            List.of("--images", emptyClass.toString())),
        Arguments.of(
            cut + ": cannot decode (a truncated PNG: it stops before its end chunk",
            List.of("--images", truncated.toString())),
        Arguments.of(
            "notes.jpg: not a JPEG, PNG, GIF or BMP image",
            List.of("--images", notImage.toString())),
        Arguments.of(
            "extra/test/grey: a class folder that train/ does not have (its classes are dark,"
                + " light)",
            List.of("--images", extraTestClass.toString())),
        Arguments.of(
            "the images differ in size (train/dark/0.png is 16x16, train/light/9.png is 20x18);"
                + " give --image-size S to resize them all to SxS",
            List.of("--images", sizes.toString())),
        Arguments.of(
            "8x8 images are too small for lenet, which needs 16 px a side; give --image-size 16",
            List.of("--images", small.toString(), "--model", "lenet")),
        Arguments.of(
            "has both test/ and val/; keep one test folder",
            List.of("--images", twoTests.toString())),
        Arguments.of(
            "has test/; drop them or that folder",
            List.of("--images", dir, "--test-fraction", "0.3")),
        Arguments.of(
            "no class 'grey' to keep a share of", List.of("--images", dir, "--keep", "grey=0.5")),
        Arguments.of(
            "give either a preset (mnist) or --images DIR, not both",
            List.of("mnist", "--images", dir)),
        Arguments.of(
            "give either --table FILE or --images DIR, not both",
            List.of("--images", dir, "--table", table.toString(), "--label", "kind")),
        Arguments.of(
            "--label is for --table; --images does not use it",
            List.of("--images", dir, "--label", "kind")),
        Arguments.of(
            "--image-size is for your own images: it needs --images DIR",
            List.of("--image-size", "32")),
        Arguments.of(
            "--keep is for your own data: it needs --table FILE, --texts DIR or --images DIR",
            List.of("--keep", "a=0.5")),
        Arguments.of(
            "--image-size must be at least 1", List.of("--images", dir, "--image-size", "0")),
        Arguments.of(
            "--model must be one of lenet, cifar-lenet, resnet18, was vgg",
            List.of("--images", dir, "--model", "vgg")),
        Arguments.of(
            "--data-dir is for presets; --images names its folder itself",
            List.of("--images", dir, "--data-dir", temp.toString())),
        Arguments.of(
            "missing: no such folder", List.of("--images", temp.resolve("missing").toString())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void saysWhatIsWrongInOneLineExitsWithTwoAndWritesNothing(String message, List<String> options) {
    CliRun.assertCompareRefuses(
        temp.resolve("out-" + Math.abs(options.hashCode())), message, options);
  }

  /**
   * Images that would not fit the JVM's heap are refused before any is decoded, with the memory
   * they need and the remedies; run in a JVM of 256 MB so that a few images suffice.
   */
  @Test
  void imagesBeyondTheHeapAreRefusedBeforeDecodingWithTheRemedies() throws Exception {
    Path dir = ImageFolderFiles.tree(temp.resolve("memory"), 16, 4, 2);
    Path out = temp.resolve("out-memory");
    Path log = temp.resolve("memory.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "compare",
                "--images",
                dir.toString(),
                "--image-size",
                "4000",
                "--out",
                out.toString()));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the refusal should be quick");
    String output = Files.readString(log).strip();
    assertEquals(2, process.exitValue(), output);
    // 12 images of 4000x4000 grey: 192 MB decoded, 128 MB copied for training; on the engine
    // 128 MB of training and 64 MB of test images.
    assertTrue(
        output.contains(
            "the images need about 512 MB (320 MB on the Java heap, 192 MB on the engine), more"
                + " than the "),
        output);
    assertTrue(
        output.contains(
            "give a smaller --image-size, a smaller batch with --micro-batch N, or more memory"
                + " with JAVA_OPTS=-Xmx1g"),
        output);
    assertEquals(1, output.lines().count(), output);
    assertFalse(Files.exists(out));
  }
}
