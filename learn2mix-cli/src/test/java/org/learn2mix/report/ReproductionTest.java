package org.learn2mix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learn2mix.experiment.Presets;
import org.learn2mix.experiment.Protocol;
import org.learn2mix.report.published.PublishedTable;
import org.learn2mix.report.published.Reproduction;
import org.learn2mix.report.published.RunSettings;
import org.learn2mix.report.published.StrategyResult;
import org.learn2mix.results.MeanStd;

/**
 * Runs of mean-estimation held against the paper's Table 2 (at epoch 125: learn2mix 1.81 ± 0.84,
 * classical 6.51 ± 1.52): in band or not, the difference, and runs that cannot be compared.
 */
class ReproductionTest {
  private static final List<Integer> CHECKPOINTS = List.of(125, 250, 500);
  private static final RunSettings PUBLISHED =
      RunSettings.published(Presets.find("mean-estimation"));

  private static List<StrategyResult> ours(int seeds) {
    return List.of(
        result("learn2mix", seeds, 1.62, 1.27, 1.016),
        result("classical", seeds, 1.855, 1.438, 1.159),
        result("fixed-mix", seeds, 1.835, 1.436, 1.157));
  }

  private static StrategyResult result(String strategy, int seeds, double... means) {
    return new StrategyResult(
        strategy,
        seeds,
        Map.of(
            125, new MeanStd(means[0], 0.25),
            250, new MeanStd(means[1], 0.125),
            500, new MeanStd(means[2], 0.0625)));
  }

  private static Reproduction of(RunSettings settings, int seeds) {
    return Reproduction.of(
        "mean-estimation",
        Optional.of(settings),
        CHECKPOINTS,
        ours(seeds),
        PublishedTable.builtIn());
  }

  @Test
  void marksEachValueInBandOrNotAndLeavesTheRestUnpublished() {
    Reproduction reproduction = of(PUBLISHED, 2);
    assertEquals(Reproduction.Kind.COMPARABLE, reproduction.kind());
    List<Reproduction.Row> rows = reproduction.rows(125);
    // 1.62 lies in [0.97, 2.65]; 1.855 lies below [4.99, 8.03]; the paper has no fixed-mix.
    assertEquals(Reproduction.Verdict.IN_BAND, rows.get(0).verdict());
    assertEquals("1.620 ± 0.2500", rows.get(0).ours());
    assertEquals("1.81 ± 0.84", rows.get(0).paper().orElseThrow().text());
    assertEquals(Reproduction.Verdict.NOT_IN_BAND, rows.get(1).verdict());
    assertEquals(Reproduction.Verdict.NOT_PUBLISHED, rows.get(2).verdict());
    assertFalse(rows.get(2).paper().isPresent());
    // At 500: 1.016 in [0.98, 1.16]; 1.159 in [1.11, 1.23].
    assertEquals(Reproduction.Verdict.IN_BAND, reproduction.rows(500).get(0).verdict());
    assertEquals(Reproduction.Verdict.IN_BAND, reproduction.rows(500).get(1).verdict());
  }

  @Test
  void comparesTheLearn2mixGainWithThePapers() {
    Reproduction.Difference difference = of(PUBLISHED, 2).difference(125).orElseThrow();
    assertEquals(1.62 - 1.855, difference.ours(), 1e-12);
    assertEquals(new BigDecimal("-4.70"), difference.paper().orElseThrow());
  }

  @Test
  void oneSeedShowsItsMeanWithoutASpread() {
    Reproduction.Row row = of(PUBLISHED, 1).rows(125).get(0);
    assertEquals("1.620", row.ours());
  }

  @Test
  void aRunWithOtherSettingsIsNotComparedAndSaysWhy() {
    RunSettings changed =
        new RunSettings(1e-3, 0.5, 500, 20, PUBLISHED.signal(), PUBLISHED.update());
    Reproduction reproduction = of(changed, 2);
    assertEquals(Reproduction.Kind.NOT_COMPARABLE, reproduction.kind());
    assertEquals(
        List.of(
            "learning rate 0.001 (published 0.00005)",
            "gamma 0.5 (published 0.01)",
            "epochs 20 (published 500)"),
        reproduction.differences());
    String console = ReproductionText.render(reproduction, PublishedTable.builtIn());
    assertEquals(
        "Not comparable with the paper: this run's settings differ from the published ones:"
            + " learning rate 0.001 (published 0.00005), gamma 0.5 (published 0.01),"
            + " epochs 20 (published 500).\n",
        console);
    String html = ReproductionHtml.body(reproduction);
    assertTrue(html.startsWith("<p class=\"warning\">Not comparable"), html);
    assertFalse(html.contains("1.81"), "a run that is not comparable shows no paper values");
  }

  @Test
  void aRunWithoutRecordedSettingsIsNotCompared() {
    Reproduction reproduction =
        Reproduction.of(
            "mean-estimation",
            RunSettings.fromSummary(Map.of("gamma", "0.01")),
            CHECKPOINTS,
            ours(2),
            PublishedTable.builtIn());
    assertEquals(Reproduction.Kind.NOT_COMPARABLE, reproduction.kind());
  }

  @Test
  void anExperimentThePaperDoesNotHaveGetsNoComparison() {
    Reproduction reproduction =
        Reproduction.of(
            "fixture", Optional.of(PUBLISHED), CHECKPOINTS, ours(2), PublishedTable.builtIn());
    assertEquals(Reproduction.Kind.NOT_IN_PAPER, reproduction.kind());
    assertEquals("", ReproductionText.render(reproduction, PublishedTable.builtIn()));
  }

  @Test
  void theConsoleListsThePapersValuesUnderOurTable() {
    String console = ReproductionText.render(of(PUBLISHED, 2), PublishedTable.builtIn());
    String[] lines = console.split("\n");
    assertTrue(lines[0].contains("arXiv:2412.16482, Table 2, row \"Mean Estim.\""), lines[0]);
    assertTrue(lines[3].startsWith("learn2mix "), console);
    assertTrue(lines[3].contains("1.81 ± 0.84  in band"), console);
    assertTrue(lines[3].contains("1.07 ± 0.09  in band"), console);
    assertTrue(lines[4].contains("6.51 ± 1.52  not in band"), console);
    assertTrue(lines[5].startsWith("fixed-mix "), console);
    assertTrue(lines[5].contains("not published here"), console);
    assertTrue(lines[6].startsWith("learn2mix − classical "), console);
    assertTrue(lines[6].contains("ours -0.2350, paper -4.70"), console);
  }

  @Test
  void underReferenceCodeTheScriptsSettingsAreThePublishedOnes() {
    RunSettings script =
        RunSettings.published(Presets.find("california-housing", Protocol.REFERENCE_CODE));
    assertEquals(0.05, script.gamma());
    assertEquals("last-batch", script.signal());
    Reproduction scripted =
        Reproduction.of(
            "california-housing",
            Protocol.REFERENCE_CODE,
            Optional.of(script),
            List.of(300, 600, 1200),
            List.of(),
            PublishedTable.builtIn());
    assertEquals(Reproduction.Kind.COMPARABLE, scripted.kind());
    Reproduction asPaper =
        Reproduction.of(
            "california-housing",
            Optional.of(script),
            List.of(300, 600, 1200),
            List.of(),
            PublishedTable.builtIn());
    assertEquals(Reproduction.Kind.NOT_COMPARABLE, asPaper.kind());
    assertEquals(
        Protocol.REFERENCE_CODE, Reproduction.protocolOf(Map.of("protocol", "reference-code")));
    assertEquals(Protocol.PAPER, Reproduction.protocolOf(Map.of()));
  }

  @Test
  void underReferenceCodeThePapersClassicalIsHeldAgainstTheScriptsClassicalFixedMix() {
    Reproduction scripted =
        Reproduction.of(
            "mean-estimation",
            Protocol.REFERENCE_CODE,
            Optional.of(
                RunSettings.published(Presets.find("mean-estimation", Protocol.REFERENCE_CODE))),
            CHECKPOINTS,
            ours(2),
            PublishedTable.builtIn());
    assertEquals(Reproduction.Kind.COMPARABLE, scripted.kind());
    assertEquals("fixed-mix", scripted.baseline());
    List<Reproduction.Row> rows = scripted.rows(125);
    assertEquals("classical", rows.get(1).strategy());
    assertEquals(Reproduction.Verdict.NOT_PUBLISHED, rows.get(1).verdict());
    assertEquals("fixed-mix", rows.get(2).strategy());
    assertEquals("6.51 ± 1.52", rows.get(2).paper().orElseThrow().text());
    assertEquals(Reproduction.Verdict.NOT_IN_BAND, rows.get(2).verdict());
    Reproduction.Difference difference = scripted.difference(125).orElseThrow();
    assertEquals(1.62 - 1.835, difference.ours(), 1e-12);
    assertEquals(new BigDecimal("-4.70"), difference.paper().orElseThrow());

    String console = ReproductionText.render(scripted, PublishedTable.builtIn());
    assertTrue(console.contains("our fixed-mix, so the paper's classical values"), console);
    assertTrue(console.contains("learn2mix − fixed-mix "), console);
    assertFalse(console.contains("learn2mix − classical"), console);
    assertTrue(ReproductionHtml.body(scripted).contains("learn2mix − fixed-mix"));
    assertEquals("classical", of(PUBLISHED, 2).baseline());
    assertEquals("", of(PUBLISHED, 2).baselineNote());
  }
}
