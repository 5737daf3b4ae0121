package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parse errors: one line naming the option and a pointer to --help, exit 2 (not the whole usage text). */
class MainTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "run --function f --bogus # powertuner run: Unknown option: '--bogus'",
        "run --function f --num ten # powertuner run: Invalid value for option '--num': 'ten' is not an int",
        "local --num 5 # powertuner local: Missing required option: '--target=profile:K=V,...|FILE'",
        "report x.json --bogus # powertuner report: Unknown option: '--bogus'",
        "bogus # powertuner: Unmatched argument at index 0: 'bogus'"})
    void parseErrorsAreOneLineNamingTheOption(String args, String message) {
        CliHarness.Result result = CliHarness.run(args.split(" "));

        assertThat(result.code()).isEqualTo(2);
        String command = message.substring(0, message.indexOf(':'));
        assertThat(result.err()).isEqualTo(message + System.lineSeparator() + "Try '" + command
                + " --help' for more information." + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "local", "demo", "report", "compare", "local-lambda"})
    void helpNamesEveryParameterWithALabel(String command) {
        CliHarness.Result result = CliHarness.run(command, "--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).doesNotContain("=<").doesNotContain("[,A,B");
    }

    @Test
    void noSubcommandListsTheCommands() {
        CliHarness.Result result = CliHarness.run();

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("powertuner: Missing subcommand").contains("Commands:", "local-lambda");
    }
}
