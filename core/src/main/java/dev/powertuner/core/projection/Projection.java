package dev.powertuner.core.projection;

import java.util.List;

/**
 * What each size costs per month under {@link Traffic}.
 *
 * @param sizes    in the order of the statistics
 * @param optimum  the run's strategy applied to monthly cost and mean latency
 * @param cheapest the cheapest configuration overall: size and provisioned environments (0: on demand)
 */
public record Projection(Traffic traffic, String region, String architecture, String currency,
        List<SizeProjection> sizes, MonthlyCost optimum, MonthlyCost cheapest) {

    public Projection {
        sizes = List.copyOf(sizes);
    }
}
