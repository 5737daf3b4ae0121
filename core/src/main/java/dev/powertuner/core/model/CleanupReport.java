package dev.powertuner.core.model;

import java.util.List;

/**
 * What the Cleaner did.
 *
 * @param deletedAliases  aliases deleted, in power-value order
 * @param deletedVersions versions deleted (they carried this run's marker)
 * @param restored        true when $LATEST memory or description had to be restored
 */
public record CleanupReport(List<String> deletedAliases, List<String> deletedVersions, boolean restored) {

    public CleanupReport {
        deletedAliases = List.copyOf(deletedAliases);
        deletedVersions = List.copyOf(deletedVersions);
    }
}
