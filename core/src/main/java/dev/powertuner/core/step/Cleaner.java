package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.Aliases;
import dev.powertuner.core.arn.RunMarker;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.CleanupReport;
import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.LambdaApiException;
import dev.powertuner.core.state.Recorded;
import dev.powertuner.core.state.RunState;
import dev.powertuner.core.state.RunStateReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Cleaner and CleanUpOnError (docs/DESIGN.md): deletes the run's aliases, then the versions carrying this
 * run's marker, then restores $LATEST when it differs from the original. ResourceNotFoundException is fine.
 */
public final class Cleaner {

    /** Concurrent control-plane calls. */
    static final int PARALLELISM = 4;

    private final FunctionControl lambda;

    public Cleaner(FunctionControl lambda) {
        this.lambda = lambda;
    }

    /** Cleans up after the run described by {@code state} (the whole state). */
    public CleanupReport clean(JsonNode json) {
        RunState state = RunStateReader.read(json);
        String function = state.function();
        Recorded recorded = state.recorded();
        if (recorded.powerValues() == null) {
            throw new InvalidInputException("Missing or empty powerValues values");
        }
        List<String> aliases = aliases(recorded.powerValues(), state.onlyColdStarts(), state.num());
        List<Callable<String>> aliasTasks = new ArrayList<>();
        for (String alias : aliases) {
            aliasTasks.add(() -> deleteAlias(function, alias) ? alias : null);
        }
        List<String> deletedAliases = Parallel.run(aliasTasks, PARALLELISM);
        List<String> deletedVersions = deleteMarkedVersions(function, recorded.runId());
        boolean restored = restore(function, recorded);
        return new CleanupReport(deletedAliases, deletedVersions, restored);
    }

    static List<String> aliases(List<Integer> powerValues, boolean onlyColdStarts, int num) {
        List<String> out = new ArrayList<>();
        for (int power : powerValues) {
            if (onlyColdStarts) {
                for (int i = 0; i < num; i++) {
                    out.add(Aliases.of(power, i));
                }
            } else {
                out.add(Aliases.of(power));
            }
        }
        return out;
    }

    private boolean deleteAlias(String function, String alias) {
        try {
            lambda.deleteAlias(function, alias);
            return true;
        } catch (LambdaApiException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }

    private List<String> deleteMarkedVersions(String function, String runId) {
        if (runId == null || runId.isEmpty()) {
            return List.of();
        }
        List<Callable<String>> tasks = new ArrayList<>();
        for (FunctionConfiguration version : lambda.listVersions(function)) {
            if (RunMarker.matches(version.description(), runId)) {
                tasks.add(() -> deleteVersion(function, version.version()) ? version.version() : null);
            }
        }
        return Parallel.run(tasks, PARALLELISM);
    }

    private boolean deleteVersion(String function, String version) {
        try {
            lambda.deleteVersion(function, version);
            return true;
        } catch (LambdaApiException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }

    private boolean restore(String function, Recorded recorded) {
        int memory = recorded.originalMemorySize();
        if (memory <= 0) {
            return false;
        }
        String description = recorded.originalDescription() == null ? "" : recorded.originalDescription();
        FunctionConfiguration current = lambda.configuration(function, null);
        if (current.memorySize() == memory && current.description().equals(description)) {
            return false;
        }
        lambda.awaitUpdated(function);
        lambda.updateConfiguration(function, memory, description);
        lambda.awaitUpdated(function);
        return true;
    }
}
