package dev.powertuner.core.step;

import dev.powertuner.core.report.LogReport;
import java.util.ArrayList;
import java.util.List;

/** What the invocations of one power value produced; thread-safe (parallel mode). */
final class Tally {

    private final List<LogReport> counted = new ArrayList<>();
    private final List<Double> billed = new ArrayList<>();
    private int invocations;
    private int errors;
    private String failureType;
    private String failureMessage;
    private long longestMillis;
    private boolean stopped;

    synchronized void invoked(long elapsedMillis) {
        invocations++;
        longestMillis = Math.max(longestMillis, elapsedMillis);
    }

    /** A report that counts in the statistics (success or allowed exception). */
    synchronized void counted(LogReport report, boolean errored) {
        counted.add(report);
        billed.add(report.billedDuration());
        if (errored) {
            errors++;
        }
    }

    /** An errored invocation that fails the value; its billed time (if known) still costs. */
    synchronized void failedInvocation(Double billedMs, boolean errored) {
        if (errored) {
            errors++;
        }
        if (billedMs != null) {
            billed.add(billedMs);
        }
    }

    /** Marks the value failed (first failure wins). */
    synchronized void fail(String type, String message) {
        if (failureType == null) {
            failureType = type;
            failureMessage = message;
        }
    }

    synchronized boolean failed() {
        return failureType != null;
    }

    /** No further invocations: the value failed or an invocation threw. */
    synchronized boolean stopped() {
        return stopped || failureType != null;
    }

    /** An invocation threw (processor or API error): the remaining parallel invocations are not started. */
    synchronized void stop() {
        stopped = true;
    }

    synchronized String failureType() {
        return failureType;
    }

    synchronized String failureMessage() {
        return failureMessage;
    }

    synchronized List<LogReport> reports() {
        return List.copyOf(counted);
    }

    synchronized List<Double> billed() {
        return List.copyOf(billed);
    }

    synchronized int invocations() {
        return invocations;
    }

    synchronized int errors() {
        return errors;
    }

    synchronized long longestMillis() {
        return longestMillis;
    }

    static List<Double> durations(List<LogReport> reports) {
        List<Double> out = new ArrayList<>(reports.size());
        reports.forEach(r -> out.add(r.totalDuration()));
        return out;
    }
}
