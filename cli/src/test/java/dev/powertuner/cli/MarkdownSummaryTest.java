package dev.powertuner.cli;

import static dev.powertuner.cli.TuningOutputs.failed;
import static dev.powertuner.cli.TuningOutputs.output;
import static dev.powertuner.cli.TuningOutputs.size;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {
    private static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final TuningReport BASELINE = report(output(512, "api", "x86_64", size(256, 200, 2.0e-7),
            size(512, 100, 2.0e-7).spread(95, 135)));
    private static final TuningReport CURRENT = report(output(1024, "api", "x86_64", failed(128, "Runtime.OutOfMemory"),
            size(256, 200, 2.0e-7), size(512, 120, 2.4e-7).spread(118, 140), size(1024, 61, 2.44e-7)));

    private static TuningReport report(String json) {
        return TuningReport.fromOutput(Json.parse(json, "test output"));
    }

    /** The rendered table as rows of cell texts, header first. */
    private static List<List<String>> table(String markdown) {
        Node document = GFM.parse(markdown);
        List<List<String>> rows = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    if (node.getPrevious() == null) {
                        rows.add(new ArrayList<>());
                    }
                    rows.get(rows.size() - 1).add(text(node));
                    return;
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                visitChildren(node);
            }
        });
        return rows;
    }

    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }
        });
        return sb.toString();
    }

    @Test
    void renderedTableHasOneRowPerSizeWithTheChangeAgainstTheBaseline() {
        String markdown = MarkdownSummary.render(CURRENT, new Baseline("baseline.json", BASELINE), List.of(), List.of());

        List<List<String>> rows = table(markdown);

        assertThat(rows).hasSize(1 + CURRENT.rows().size());
        assertThat(rows.get(0)).containsExactly("Memory", "Avg duration", "p90 duration", "Avg cost (USD)",
                "Duration vs baseline", "Cost vs baseline", "Note");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactly("128 MB", "256 MB", "512 MB", "1024 MB");
        assertThat(rows.get(1)).containsExactly("128 MB", "-", "-", "-", "-", "-", "failed: Runtime.OutOfMemory: boom");
        assertThat(rows.get(3)).containsExactly("512 MB", "120.00 ms", "140.00 ms", "2.4000e-07", "+20.0 % (within variation)",
                "+20.0 % (within variation)", "baseline optimum");
        assertThat(rows.get(4)).containsExactly("1024 MB", "61.00 ms", "61.00 ms", "2.4400e-07", "-", "-", "optimum");
        assertThat(countTables(markdown)).isEqualTo(1);
    }

    @Test
    void summaryStatesTheOptimumTheBaselineTheGateTheNotesAndTheVisualization() {
        List<Check> checks = List.of(Check.passed(Check.RESULT, "tuning result", "optimum 1024 MB"),
                Check.failed(Check.REGRESSION, "duration at 512 MB", "duration at 512 MB: 100.00 ms -> 130.00 ms | +30.0 %"));

        String markdown = MarkdownSummary.render(CURRENT, new Baseline("baseline.json", BASELINE), checks,
                List.of("durations are simulated by the workload profile"));

        assertThat(markdown).startsWith("### powertuner: api (x86_64)\n\n**Optimum: 1024 MB**, 61.00 ms, 2.4400e-07 USD")
                .contains("Baseline `baseline.json`: 512 MB, 100.00 ms, 2.0000e-07 USD per invocation; "
                        + "**the recommended power changed**.")
                .contains("**Gate: failed** (1 of 2 checks)")
                .contains("- **failed**: duration at 512 MB: 100.00 ms -> 130.00 ms \\| +30.0 %")
                .contains("> durations are simulated by the workload profile");
        assertThat(links(markdown)).containsExactly(CURRENT.visualization());
    }

    @Test
    void withoutBaselineTheTableHasNoChangeColumns() {
        List<List<String>> rows = table(MarkdownSummary.render(CURRENT, null, List.of(), List.of()));

        assertThat(rows.get(0)).containsExactly("Memory", "Avg duration", "p90 duration", "Avg cost (USD)", "Note");
        assertThat(rows).hasSize(5);
    }

    private static long countTables(String markdown) {
        List<Node> tables = new ArrayList<>();
        GFM.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock node) {
                if (node instanceof TableBlock) {
                    tables.add(node);
                }
                visitChildren(node);
            }
        });
        return tables.size();
    }

    private static List<String> links(String markdown) {
        List<String> links = new ArrayList<>();
        GFM.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
            }
        });
        return links;
    }
}
