package dev.powertuner.local.process;

import java.util.Locale;

/** The runtime identifiers process mode accepts, by family; each family runs on a binary of this machine. */
public enum LambdaRuntime {
    JAVA("java", "java11|java17|java21|java25"),
    NODE("node", "nodejs18\\.x|nodejs20\\.x|nodejs22\\.x|nodejs24\\.x"),
    PYTHON("python3", "python3\\.(9|1[0-4])"),
    PROVIDED("bootstrap", "provided|provided\\.al2|provided\\.al2023");

    private final String binary;
    private final String pattern;

    LambdaRuntime(String binary, String pattern) {
        this.binary = binary;
        this.pattern = pattern;
    }

    /** The family of a runtime identifier such as {@code nodejs20.x}; a clear error lists the supported ones. */
    public static LambdaRuntime of(String id) {
        for (LambdaRuntime r : values()) {
            if (id != null && id.matches(r.pattern)) {
                return r;
            }
        }
        throw new IllegalArgumentException("runtime '" + id + "' is not supported; use one of java11, java17, java21, "
                + "java25, nodejs18.x to nodejs24.x, python3.9 to python3.14, provided, provided.al2, "
                + "provided.al2023");
    }

    /** The program this family runs on ({@code java}, {@code node}, {@code python3}, or the code's bootstrap). */
    public String binary() {
        return binary;
    }

    /** AWS_EXECUTION_ENV for a runtime identifier, e.g. {@code AWS_Lambda_nodejs20.x}. */
    public static String executionEnv(String id) {
        return "AWS_Lambda_" + id.toLowerCase(Locale.ROOT);
    }
}
