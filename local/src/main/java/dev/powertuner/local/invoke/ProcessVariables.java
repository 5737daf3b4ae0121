package dev.powertuner.local.invoke;

import dev.powertuner.local.process.LambdaRuntime;
import dev.powertuner.local.process.ProcessSpec;
import dev.powertuner.local.state.FunctionState;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment of a process-mode execution environment: what Lambda sets, then the function's own variables. */
final class ProcessVariables {
    private ProcessVariables() {
    }

    /**
     * {@code base} is what in-process handlers get (region, function name, version, memory, log format, dummy
     * credentials, the Lambda endpoint, the function's variables); this adds the runtime's variables. PATH and HOME
     * come from this machine, so that the local node and python3 find their own installation.
     */
    static Map<String, String> of(Map<String, String> base, FunctionState fs, FunctionState.Target target,
                                  ProcessSpec spec) {
        Map<String, String> env = new LinkedHashMap<>();
        copyHost(env, "PATH");
        copyHost(env, "HOME");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("_HANDLER", spec.handler() == null ? "" : spec.handler());
        env.put("AWS_EXECUTION_ENV", LambdaRuntime.executionEnv(spec.runtime()));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + fs.name());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/[" + target.version() + "]" + Integer.toHexString(
                System.identityHashCode(env)));
        env.put("AWS_SESSION_TOKEN", "local");
        if ("JSON".equals(target.config().logFormat())) {
            env.put("AWS_LAMBDA_LOG_LEVEL", "INFO");
        }
        env.putAll(base);
        return env;
    }

    private static void copyHost(Map<String, String> env, String name) {
        String value = System.getenv(name);
        if (value != null) {
            env.put(name, value);
        }
    }
}
