package dev.powertuner.core.step;

import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.InvocationResult;
import java.util.List;
import java.util.Optional;

/** Delegates to another control and spends {@code costMillis} of a shared remaining-time counter per publish. */
final class TimedLambda implements FunctionControl {

    private final FunctionControl delegate;
    private final long[] remaining;
    private final long costMillis;

    TimedLambda(FunctionControl delegate, long[] remaining, long costMillis) {
        this.delegate = delegate;
        this.remaining = remaining;
        this.costMillis = costMillis;
    }

    @Override
    public FunctionConfiguration configuration(String function, String qualifier) {
        return delegate.configuration(function, qualifier);
    }

    @Override
    public void updateConfiguration(String function, int memoryMb, String description) {
        delegate.updateConfiguration(function, memoryMb, description);
    }

    @Override
    public void awaitUpdated(String function) {
        delegate.awaitUpdated(function);
    }

    @Override
    public void awaitActive(String function, String qualifier) {
        delegate.awaitActive(function, qualifier);
    }

    @Override
    public String publishVersion(String function, String description) {
        remaining[0] -= costMillis;
        return delegate.publishVersion(function, description);
    }

    @Override
    public Optional<String> aliasVersion(String function, String alias) {
        return delegate.aliasVersion(function, alias);
    }

    @Override
    public void createAlias(String function, String alias, String version) {
        delegate.createAlias(function, alias, version);
    }

    @Override
    public void updateAlias(String function, String alias, String version) {
        delegate.updateAlias(function, alias, version);
    }

    @Override
    public void deleteAlias(String function, String alias) {
        delegate.deleteAlias(function, alias);
    }

    @Override
    public void deleteVersion(String function, String version) {
        delegate.deleteVersion(function, version);
    }

    @Override
    public List<FunctionConfiguration> listVersions(String function) {
        return delegate.listVersions(function);
    }

    @Override
    public InvocationResult invoke(String function, String qualifier, String payload) {
        return delegate.invoke(function, qualifier, payload);
    }
}
