package org.learn2mix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.report.runs.RunFolderFixture;

/**
 * Renders the fixture's {@code report.html} in headless Chromium, offline, and checks that the
 * screenshot is a real page. Skipped where {@code /usr/bin/chromium} is absent; the screenshot is
 * kept as {@code target/browser-check/report.png} for a person to look at.
 */
@Tag("browser")
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 2000;

  @TempDir Path temp;

  @Test
  void chromiumShowsThePage() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is not installed");
    Path dir = RunFolderFixture.standard().writeTo(temp.resolve("run"));
    RunReport.write(dir);
    Path profile = Files.createDirectories(temp.resolve("profile"));
    Path shot = temp.resolve("report.png");
    Path log = temp.resolve("chromium.log");

    Process chromium =
        new ProcessBuilder(
                List.of(
                    CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + profile,
                    "--screenshot=" + shot,
                    "--window-size=" + WIDTH + "," + HEIGHT,
                    dir.resolve("report.html").toUri().toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
      fail("chromium did not finish within 120 s:\n" + Files.readString(log));
    }
    assertEquals(0, chromium.exitValue(), Files.readString(log));
    assertTrue(Files.exists(shot), "no screenshot:\n" + Files.readString(log));

    Path kept = Files.createDirectories(Path.of("target", "browser-check"));
    Files.copy(shot, kept.resolve("report.png"), StandardCopyOption.REPLACE_EXISTING);

    BufferedImage image = ImageIO.read(shot.toFile());
    assertEquals(WIDTH, image.getWidth());
    assertEquals(HEIGHT, image.getHeight());
    assertTrue(RunReportTest.distinctColours(image) >= 50, "the screenshot looks blank");
    assertTrue(inkedShare(image) > 0.05, "the screenshot is nearly all background");
  }

  /** The share of pixels that are not near-white. */
  private static double inkedShare(BufferedImage image) {
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 3 * 235) {
          inked++;
        }
      }
    }
    return (double) inked / ((long) image.getWidth() * image.getHeight());
  }
}
