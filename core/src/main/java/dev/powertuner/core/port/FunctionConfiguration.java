package dev.powertuner.core.port;

/**
 * The parts of a GetFunctionConfiguration response the tuner reads.
 *
 * @param functionArn        the ARN Lambda returns (qualified with the version for versions)
 * @param version            {@code $LATEST} or a version number
 * @param memorySize         MB
 * @param description        never null ({@code ""} when absent)
 * @param architecture       {@code Architectures[0]}, {@code x86_64} when absent
 * @param state              {@code Pending}, {@code Active}, ... ; null when absent
 * @param lastUpdateStatus   {@code InProgress}, {@code Successful}, {@code Failed}; null when absent
 * @param ephemeralStorageMb {@code EphemeralStorage.Size}, 512 when absent
 */
public record FunctionConfiguration(
        String functionArn,
        String version,
        int memorySize,
        String description,
        String architecture,
        String state,
        String lastUpdateStatus,
        int ephemeralStorageMb) {

    public FunctionConfiguration {
        description = description == null ? "" : description;
        architecture = architecture == null ? "x86_64" : architecture;
    }

    /** {@code State == "Pending"} (SnapStart versions start Pending); an absent State is not pending. */
    public boolean isPending() {
        return "Pending".equals(state);
    }
}
