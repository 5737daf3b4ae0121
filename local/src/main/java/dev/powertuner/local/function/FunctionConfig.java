package dev.powertuner.local.function;

import java.util.Map;

/** An immutable configuration: of {@code $LATEST} at one moment, or of a published version. */
public record FunctionConfig(int memorySize, int timeout, String description, Map<String, String> environment,
                      String logFormat, String architecture, int ephemeralStorage, String handler) {

    public FunctionConfig {
        environment = Map.copyOf(environment);
        description = description == null ? "" : description;
    }

    public static FunctionConfig of(FunctionDefinition d) {
        String handler = d.process() != null ? d.process().handler() : d.handler() != null ? d.handler()
                : d.handlerFactory() != null ? "in-process" : "profile";
        return new FunctionConfig(d.memorySize(), d.timeout(), d.description(), d.environment(), d.logFormat(),
                d.architecture(), d.ephemeralStorage(), handler);
    }

    public FunctionConfig withMemorySize(int value) {
        return new FunctionConfig(value, timeout, description, environment, logFormat, architecture,
                ephemeralStorage, handler);
    }

    public FunctionConfig withTimeout(int value) {
        return new FunctionConfig(memorySize, value, description, environment, logFormat, architecture,
                ephemeralStorage, handler);
    }

    public FunctionConfig withDescription(String value) {
        return new FunctionConfig(memorySize, timeout, value, environment, logFormat, architecture,
                ephemeralStorage, handler);
    }

    public FunctionConfig withEnvironment(Map<String, String> value) {
        return new FunctionConfig(memorySize, timeout, description, value, logFormat, architecture,
                ephemeralStorage, handler);
    }

    public FunctionConfig withLogFormat(String value) {
        return new FunctionConfig(memorySize, timeout, description, environment, value, architecture,
                ephemeralStorage, handler);
    }

    public FunctionConfig withEphemeralStorage(int value) {
        return new FunctionConfig(memorySize, timeout, description, environment, logFormat, architecture,
                value, handler);
    }
}
