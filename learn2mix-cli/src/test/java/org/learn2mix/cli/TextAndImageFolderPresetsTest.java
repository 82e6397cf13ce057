package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The imdb and imagenette presets through the command line, on small or shared data. */
class TextAndImageFolderPresetsTest {
  @TempDir Path temp;

  /** Ten classes of 40x30 PNGs, 2 training and 1 validation image each, in Imagenette's layout. */
  private Path tinyImagenette() throws IOException {
    Path root = temp.resolve("imagenette");
    for (int c = 0; c < 10; c++) {
      for (int i = 0; i < 3; i++) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
          for (int x = 0; x < 40; x++) {
            image.setRGB(x, y, (c * 25) << 16 | (x * 6) << 8 | (y * 8 + i));
          }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Path file = root.resolve((i < 2 ? "train" : "val") + "/n0" + c + "/" + i + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, png.toByteArray());
      }
    }
    return root;
  }

  @Test
  @Tag("engine")
  void imagenetteTrainsResNet18OnAFolderOfImages() throws Exception {
    Path out = temp.resolve("run");
    CliRun run =
        CliRun.of(
            "compare",
            "imagenette",
            "--data-dir",
            tinyImagenette().toString(),
            "--epochs",
            "1",
            "--seeds",
            "1",
            "--batch-size",
            "5",
            "--strategies",
            "learn2mix",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("test_accuracy @ epoch 1"), run.out());
    // classes 6-10 keep 10% of their 2 images: at least one each
    assertTrue(run.out().contains("15 training and 10 test examples"), run.out());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode files = summary.get("provenance").get("data_files");
    assertEquals(2, files.size(), files.toString());
    assertTrue(files.get(0).get("path").asText().endsWith("imagenette/train"), files.toString());
    assertEquals("not_verified", files.get(0).get("verified_by").asText());
  }

  @Test
  void presetsListsBothWithTheirSettings() {
    CliRun run = CliRun.of("presets");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\nimdb                 1.0E-4   0.1    500    40 "), run.out());
    assertTrue(run.out().contains("\nimagenette           1.0E-6   0.1    100    60 "), run.out());
  }

  @Test
  void datasetsListsImdbAndImagenette() throws IOException {
    Path images = tinyImagenette();
    CliRun run = CliRun.of("datasets", "--data-dir", images.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains("\nimagenette: " + images + " (named data folder), image folders train/"),
        run.out());
    assertTrue(run.out().contains("\nimdb: " + images + ": no imdb data set here"), run.out());
  }
}
