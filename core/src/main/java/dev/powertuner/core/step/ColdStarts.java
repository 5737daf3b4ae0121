package dev.powertuner.core.step;

import dev.powertuner.core.model.ColdStartFigures;
import dev.powertuner.core.report.LogReport;
import dev.powertuner.core.stats.Stats;
import java.util.ArrayList;
import java.util.List;

/** The warm and cold-start figures of one power value's reports. */
final class ColdStarts {

    private ColdStarts() {
    }

    /** Warm: trimmed mean Duration; cold: plain means (there are few), null when none of the kind ran. */
    static ColdStartFigures of(List<LogReport> reports, double discardTopBottom) {
        List<Double> warm = new ArrayList<>();
        double latencySum = 0;
        double billedInitSum = 0;
        int cold = 0;
        for (LogReport r : reports) {
            if (r.coldStart()) {
                cold++;
                latencySum += r.totalDuration();
                billedInitSum += r.restoreDurationMs() > 0 ? r.billedRestoreDurationMs() : r.initDurationMs();
            } else {
                warm.add(r.durationMs());
            }
        }
        Double warmAverage = warm.isEmpty() ? null : Stats.trimmedMean(warm, discardTopBottom);
        return new ColdStartFigures(warmAverage, cold == 0 ? null : latencySum / cold,
                cold == 0 ? null : billedInitSum / cold);
    }
}
