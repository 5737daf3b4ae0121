package dev.powertuner.local.limits;

import java.util.List;

/** No limit can be applied here: environments run at the machine's full speed, and the output says so. */
final class NoLimits implements ResourceLimits {
    private final String reason;

    NoLimits(String reason) {
        this.reason = reason;
    }

    @Override
    public Sandbox create(String label, int memoryMb, double vcpu) {
        return new Sandbox() {
            @Override
            public List<String> wrap(List<String> command) {
                return command;
            }

            @Override
            public void cpu(double value) {
                // nothing to apply
            }

            @Override
            public long peakMemoryBytes() {
                return -1;
            }

            @Override
            public boolean oomKilled() {
                return false;
            }

            @Override
            public void close() {
                // the process itself is stopped by its environment
            }
        };
    }

    @Override
    public boolean applied() {
        return false;
    }

    @Override
    public String description() {
        return "no CPU or memory limits: " + reason;
    }
}
