package dev.powertuner.local;

import java.util.Map;

/** An immutable configuration: of {@code $LATEST} at one moment, or of a published version. */
record FunctionConfig(int memorySize, int timeout, String description, Map<String, String> environment,
                      String logFormat, String architecture, int ephemeralStorage, String handler) {

    FunctionConfig {
        environment = Map.copyOf(environment);
        description = description == null ? "" : description;
    }

    static FunctionConfig of(FunctionDefinition d) {
        String handler = d.process() != null ? d.process().handler() : d.handler() != null ? d.handler()
                : d.handlerFactory() != null ? "in-process" : "profile";
        return new FunctionConfig(d.memorySize(), d.timeout(), d.description(), d.environment(), d.logFormat(),
                d.architecture(), d.ephemeralStorage(), handler);
    }

    FunctionConfig withMemorySize(int value) {
        return new FunctionConfig(value, timeout, description, environment, logFormat, architecture,
                ephemeralStorage, handler);
    }

    FunctionConfig withTimeout(int value) {
        return new FunctionConfig(memorySize, value, description, environment, logFormat, architecture,
                ephemeralStorage, handler);
    }

    FunctionConfig withDescription(String value) {
        return new FunctionConfig(memorySize, timeout, value, environment, logFormat, architecture,
                ephemeralStorage, handler);
    }

    FunctionConfig withEnvironment(Map<String, String> value) {
        return new FunctionConfig(memorySize, timeout, description, value, logFormat, architecture,
                ephemeralStorage, handler);
    }

    FunctionConfig withLogFormat(String value) {
        return new FunctionConfig(memorySize, timeout, description, environment, value, architecture,
                ephemeralStorage, handler);
    }

    FunctionConfig withEphemeralStorage(int value) {
        return new FunctionConfig(memorySize, timeout, description, environment, logFormat, architecture,
                value, handler);
    }
}
