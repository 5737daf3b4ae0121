package dev.powertuner.cli;

import java.io.InputStream;
import java.util.Objects;

/**
 * {@code --baseline FILE}: the saved output of an accepted earlier run, as {@code --json} prints it.
 *
 * @param file   the file as given
 * @param report its result
 */
record Baseline(String file, TuningReport report) {
    static final String OPTION = "--baseline";
    static final String ANY_FUNCTION = "--baseline-any-function";

    /** Reads and checks the file; {@link UsageException} when it is unreadable or not a tuning output. */
    static Baseline load(String file) {
        if ("-".equals(file)) {
            throw new UsageException(OPTION + " needs a file (the saved output of an earlier run), not stdin");
        }
        String text = InputBuilder.readText(OPTION + " ", file, InputStream.nullInputStream());
        TuningReport report;
        try {
            report = TuningReport.fromOutput(Json.parse(text, OPTION + " " + file));
        } catch (UsageException e) {
            if (e.getMessage().startsWith(OPTION)) {
                throw e;
            }
            throw notAnOutput(file, e.getMessage());
        }
        if (report.power() == null || report.measured().isEmpty()) {
            throw notAnOutput(file, "it has no power and no measured memory size");
        }
        return new Baseline(file, report);
    }

    /**
     * Refuses a baseline of another function or architecture; a null argument, or a baseline that does not name its
     * function or architecture (older outputs, the reference's), is not compared.
     */
    void checkMatches(String functionName, String architecture) {
        if (differ(report.functionName(), functionName)) {
            throw mismatch("the function " + report.functionName() + ", not " + functionName);
        }
        if (differ(report.architecture(), architecture)) {
            throw mismatch(report.architecture() + ", not " + architecture);
        }
    }

    private static boolean differ(String saved, String now) {
        return saved != null && now != null && !Objects.equals(saved, now);
    }

    private UsageException mismatch(String what) {
        return new UsageException(OPTION + " " + file + " is a result for " + what + "; pass " + ANY_FUNCTION
                + " to compare them anyway");
    }

    private static UsageException notAnOutput(String file, String why) {
        return new UsageException(OPTION + " " + file + " is not a tuning output (" + why + "); give the JSON that "
                + "'--json' prints for a successful run");
    }
}
