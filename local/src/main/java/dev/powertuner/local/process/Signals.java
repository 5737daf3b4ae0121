package dev.powertuner.local.process;

/** Signal names as Lambda's "Runtime exited with error: signal: …" messages spell them (Go's names). */
final class Signals {
    private Signals() {
    }

    static String name(int signal) {
        switch (signal) {
            case 6:
                return "aborted";
            case 9:
                return "killed";
            case 11:
                return "segmentation fault";
            case 15:
                return "terminated";
            default:
                return "signal " + signal;
        }
    }
}
