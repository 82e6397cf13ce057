package org.learn2mix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learn2mix.report.runs.EpochsToTarget;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunFolderFixture;
import org.learn2mix.report.runs.RunFolderReader;

/**
 * The summary table and the epochs-to-target table of the fixture, compared with a golden file
 * checked by hand against the numbers in {@link RunFolderFixture}. The default locale must not
 * change a character.
 */
class ReportTablesGoldenTest {
  private static final String GOLDEN = "tables.golden.html";

  @TempDir Path temp;

  @ParameterizedTest(name = "default locale {0}")
  @ValueSource(strings = {"", "de-DE", "ar-EG"})
  void tablesMatchTheGoldenFile(String languageTag) throws IOException {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(languageTag.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(languageTag));
      RunData run = RunFolderReader.read(RunFolderFixture.standard().writeTo(temp));
      String tables =
          ReportTables.summary(run) + ReportTables.epochsToTarget(run, EpochsToTarget.of(run));
      assertEquals(golden(), tables);
    } finally {
      Locale.setDefault(before);
    }
  }

  private static String golden() throws IOException {
    try (InputStream in = ReportTablesGoldenTest.class.getResourceAsStream(GOLDEN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
