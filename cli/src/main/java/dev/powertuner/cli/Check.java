package dev.powertuner.cli;

/**
 * One pass/fail verdict of a run: the result itself, a threshold or a regression check. Each becomes a JUnit test
 * case and a line of the Markdown summary.
 *
 * @param group   {@code result}, {@code threshold} or {@code regression}
 * @param name    what was checked, e.g. {@code --max-cost} or {@code duration at 512 MB (baseline optimum)}
 * @param message the figures behind the verdict
 */
record Check(String group, String name, Status status, String message) {
    static final String RESULT = "result";
    static final String THRESHOLD = "threshold";
    static final String REGRESSION = "regression";

    /** Outcome of one check. */
    enum Status { PASSED, FAILED, SKIPPED }

    static Check passed(String group, String name, String message) {
        return new Check(group, name, Status.PASSED, message);
    }

    static Check failed(String group, String name, String message) {
        return new Check(group, name, Status.FAILED, message);
    }

    static Check skipped(String group, String name, String message) {
        return new Check(group, name, Status.SKIPPED, message);
    }

    boolean isFailed() {
        return status == Status.FAILED;
    }
}
