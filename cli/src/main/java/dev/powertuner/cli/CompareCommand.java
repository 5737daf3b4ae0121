package dev.powertuner.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code powertuner compare}: two outputs side by side and the 8-part comparison visualization URL. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two tuning outputs (for example x86_64 and arm64) per power value.")
final class CompareCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "A.json", description = "First output JSON.")
    String first;

    @Parameters(index = "1", paramLabel = "B.json", description = "Second output JSON.")
    String second;

    @Option(names = "--labels", split = ",", paramLabel = "A,B", hideParamSyntax = true,
            description = "Legends of the two results (default: their architecture, else the file names).")
    List<String> labels;

    CompareCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (labels != null && labels.size() != 2) {
            throw new UsageException("--labels needs exactly two labels, e.g. --labels x86_64,arm64");
        }
        TuningReport a = ReportCommand.load(first, env);
        TuningReport b = ReportCommand.load(second, env);
        String labelA = labels != null ? labels.get(0) : defaultLabel(a, b, first);
        String labelB = labels != null ? labels.get(1) : defaultLabel(b, a, second);
        env.out().print(table(a, b, labelA, labelB));
        env.out().println();
        env.out().println(labelA + " optimum: " + optimum(a));
        env.out().println(labelB + " optimum: " + optimum(b));
        env.out().println("comparison: " + url(a, b, labelA, labelB));
        return ExitCodes.OK;
    }

    static String url(TuningReport a, TuningReport b, String labelA, String labelB) {
        return Visualization.comparison(Visualization.baseOf(a.visualization()), a.hash(), b.hash(), labelA, labelB);
    }

    static String table(TuningReport a, TuningReport b, String labelA, String labelB) {
        TextTable table = new TextTable("  power", labelA + " duration", labelA + " cost", labelB + " duration",
                labelB + " cost", "duration " + labelB + "/" + labelA, "cost " + labelB + "/" + labelA, "beyond variation");
        TreeSet<Integer> powers = new TreeSet<>();
        a.rows().forEach(r -> powers.add(r.power()));
        b.rows().forEach(r -> powers.add(r.power()));
        for (int p : powers) {
            TuningReport.Row ra = row(a, p);
            TuningReport.Row rb = row(b, p);
            table.row("  " + p + " MB", cell(ra, true), cell(ra, false), cell(rb, true), cell(rb, false),
                    ratio(ra == null ? null : ra.duration(), rb == null ? null : rb.duration()),
                    ratio(ra == null ? null : ra.cost(), rb == null ? null : rb.cost()), beyondVariation(ra, rb));
        }
        return table.render();
    }

    /**
     * The metrics whose change from A to B is larger than the runs' own variation, by the rule of the regression gate
     * ({@link NoiseRule}): "no" when none is, "-" when either side lacks p50/p90 stats or a measurement.
     */
    static String beyondVariation(TuningReport.Row a, TuningReport.Row b) {
        if (a == null || b == null || a.failed() || b.failed() || NoiseRule.band(a, b) == null) {
            return "-";
        }
        List<String> beyond = Arrays.stream(Metric.values()).filter(m -> Change.of(m, a.power(), a, b).beyondNoise())
                .map(Metric::label).toList();
        return beyond.isEmpty() ? "no" : String.join(", ", beyond);
    }

    private static TuningReport.Row row(TuningReport report, int power) {
        return report.rows().stream().filter(r -> r.power() == power).findFirst().orElse(null);
    }

    private static String cell(TuningReport.Row row, boolean duration) {
        if (row == null) {
            return "-";
        }
        if (row.failed()) {
            return "failed";
        }
        return duration ? TextTable.ms(row.duration()) : TextTable.price(row.cost());
    }

    private static String ratio(Double a, Double b) {
        if (a == null || b == null || a == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", b / a);
    }

    private static String optimum(TuningReport r) {
        return r.power() == null ? "-" : r.power() + " MB, " + TextTable.ms(r.duration()) + ", "
                + TextTable.price(r.cost()) + " " + r.currency();
    }

    private static String defaultLabel(TuningReport self, TuningReport other, String file) {
        if (self.architecture() != null && !Objects.equals(self.architecture(), other.architecture())) {
            return self.architecture();
        }
        String name = Path.of(file).getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
