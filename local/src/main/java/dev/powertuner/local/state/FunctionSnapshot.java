package dev.powertuner.local.state;

import java.util.List;
import java.util.Map;

/**
 * What a function looks like now: {@code $LATEST} memory and description, published versions, aliases.
 *
 * @param name              function name
 * @param memorySize        {@code $LATEST} MemorySize
 * @param description       {@code $LATEST} Description
 * @param versions          published versions in ascending order
 * @param aliases           alias name to version
 */
public record FunctionSnapshot(String name, int memorySize, String description, List<Version> versions,
                               Map<String, String> aliases) {

    public FunctionSnapshot {
        versions = List.copyOf(versions);
        aliases = Map.copyOf(aliases);
    }

    /** One published version. */
    public record Version(String version, int memorySize, String description) {
    }
}
