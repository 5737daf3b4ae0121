package dev.powertuner.cli;

/** The exit codes of the CLI (docs/cli.md: the reference's 0/1/2 plus 3 for thresholds). */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int THRESHOLD = 3;

    private ExitCodes() {
    }
}
