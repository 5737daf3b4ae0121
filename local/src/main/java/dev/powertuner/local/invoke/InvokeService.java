package dev.powertuner.local.invoke;

import dev.powertuner.local.environment.EnvironmentPool;
import dev.powertuner.local.environment.ExecutionEnvironment;
import dev.powertuner.local.environment.ExecutionEnvironment.Outcome;
import dev.powertuner.local.environment.ExecutionEnvironment.Status;
import dev.powertuner.local.environment.InitFailure;
import dev.powertuner.local.environment.InvocationLog;
import dev.powertuner.local.environment.JavaHandlerEnvironment;
import dev.powertuner.local.environment.LocalContext;
import dev.powertuner.local.environment.ProcessExecutionEnvironment;
import dev.powertuner.local.environment.ProfileEnvironment;
import dev.powertuner.local.environment.Sleep;
import dev.powertuner.local.faults.Faults;
import dev.powertuner.local.function.FunctionConfig;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.process.EnvironmentShape;
import dev.powertuner.local.process.ProcessEnvironment;
import dev.powertuner.local.process.ProcessHost;
import dev.powertuner.local.state.FunctionState;
import dev.powertuner.local.state.Settings;
import dev.powertuner.local.wire.ErrorDocument;
import dev.powertuner.local.wire.HttpReply;
import dev.powertuner.local.wire.Json;
import dev.powertuner.local.wire.LambdaApiException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Invoke: throttling, environment reuse and cold starts, running the backend, logs and the REPORT line. */
public final class InvokeService {
    /** Largest synchronous request payload, as on AWS (6 MB). */
    static final int MAX_PAYLOAD = 6 * 1024 * 1024;
    /** Largest synchronous response payload: AWS allows 100 bytes more than for requests. */
    static final int MAX_RESPONSE_PAYLOAD = MAX_PAYLOAD + 100;

    private final Settings settings;
    private final Faults faults;
    private final ExecutorService executor;
    private final Supplier<String> endpoint;
    private final Supplier<ProcessHost> processHost;
    private final AtomicInteger accountInFlight = new AtomicInteger();

    public InvokeService(Settings settings, Faults faults, ExecutorService executor, Supplier<String> endpoint,
                  Supplier<ProcessHost> processHost) {
        this.settings = settings;
        this.faults = faults;
        this.executor = executor;
        this.endpoint = endpoint;
        this.processHost = processHost;
    }

    public HttpReply invoke(FunctionState fs, String qualifier, byte[] payload, boolean tail, String invocationType) {
        if (faults.takeInvokeThrottle()) {
            fs.executions().throttled();
            throw LambdaApiException.throttled("CallerRateLimitExceeded");
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new LambdaApiException(413, "RequestTooLargeException", "Request must be smaller than "
                    + MAX_PAYLOAD + " bytes for the InvokeFunction operation");
        }
        if (payload.length > 0) {
            Json.parseBody(payload);
        }
        FunctionState.Target target = fs.target(qualifier);
        if (target.pending()) {
            throw LambdaApiException.conflict("The operation cannot be performed at this time. The function is "
                    + "currently in the following state: Pending");
        }
        String invokedArn = qualifier == null ? fs.arn : fs.arn + ":" + qualifier;
        String type = invocationType == null ? "RequestResponse" : invocationType;
        switch (type) {
            case "DryRun":
                return HttpReply.empty(204);
            case "Event":
                executor.submit(() -> limited(fs, target, invokedArn, payload, false));
                return new HttpReply(202, Map.of(), new byte[0]);
            case "RequestResponse":
                return limited(fs, target, invokedArn, payload, tail);
            default:
                throw LambdaApiException.invalid("Invalid InvocationType: " + type);
        }
    }

    private HttpReply limited(FunctionState fs, FunctionState.Target target, String invokedArn, byte[] payload,
                              boolean tail) {
        if (!fs.executions().enter()) {
            throw LambdaApiException.throttled("ReservedFunctionConcurrentInvocationLimitExceeded");
        }
        try {
            if (accountInFlight.incrementAndGet() > settings.accountConcurrency()) {
                fs.executions().throttled();
                throw LambdaApiException.throttled("ConcurrentInvocationLimitExceeded");
            }
            return run(fs, target, invokedArn, payload, tail);
        } finally {
            accountInFlight.decrementAndGet();
            fs.executions().leave();
        }
    }

    /** Runs one invocation; {@code invokedArn} is the ARN the caller used (with its alias or version, if any). */
    private HttpReply run(FunctionState fs, FunctionState.Target target, String invokedArn, byte[] payload,
                          boolean tail) {
        FunctionConfig cfg = target.config();
        String requestId = UUID.randomUUID().toString();
        InvocationLog log = new InvocationLog(requestId, target.version(), "JSON".equals(cfg.logFormat()));
        EnvironmentPool pool = fs.executions().invoked(target);
        ExecutionEnvironment env = pool.take();
        Double initMs = null;
        if (env == null) {
            env = create(fs, target);
            fs.executions().coldStart();
            long start = System.nanoTime();
            try {
                initMs = env.init(requestId, log);
            } catch (InitFailure f) {
                env.close();
                return finish(fs, target, log, f.outcome(), f.initMs(), requestId, tail, null, null);
            } catch (Exception | LinkageError e) {
                env.close();
                Outcome failed = new Outcome(Status.ERROR, ErrorDocument.of(e), e.getClass().getName(), 0,
                        Math.min(cfg.memorySize(), JavaHandlerEnvironment.REPORTED_MEMORY_MB));
                return finish(fs, target, log, failed, (System.nanoTime() - start) / 1e6, requestId, tail, null,
                        null);
            }
        }
        long deadline = System.nanoTime() + cfg.timeout() * 1_000_000_000L;
        LocalContext context = new LocalContext(requestId, fs.name(), target.version(), invokedArn,
                cfg.memorySize(), deadline, log);
        Outcome outcome = execute(fs, env, payload, context, cfg);
        return finish(fs, target, log, outcome, initMs, requestId, tail, env, pool);
    }

    private Outcome execute(FunctionState fs, ExecutionEnvironment env, byte[] payload, LocalContext context,
                            FunctionConfig cfg) {
        Faults.Rule fault = faults.functionFault(fs.name(), cfg.memorySize());
        if (fault != null && fault.kind == Faults.Kind.TIMEOUT) {
            Sleep.simulated(cfg.timeout() * 1000.0, settings.timeScale());
            return new Outcome(Status.TIMEOUT, null, "Sandbox.Timedout", cfg.timeout() * 1000.0, 64);
        }
        Outcome o = env.invoke(payload, context);
        if (fault == null || o.status() == Status.TIMEOUT) {
            return o;
        }
        if (fault.kind == Faults.Kind.OUT_OF_MEMORY) {
            return new Outcome(Status.OUT_OF_MEMORY, null, "Runtime.OutOfMemory", o.durationMs(), cfg.memorySize());
        }
        return new Outcome(Status.ERROR, ErrorDocument.of(fault.errorType, fault.message), fault.errorType,
                o.durationMs(), o.maxMemoryMb());
    }

    private HttpReply finish(FunctionState fs, FunctionState.Target target, InvocationLog log, Outcome outcome,
                             Double initMs, String requestId, boolean tail, ExecutionEnvironment env,
                             EnvironmentPool pool) {
        FunctionConfig cfg = target.config();
        Outcome o = outcome;
        if (o.status() == Status.SUCCESS && o.payload().length > MAX_RESPONSE_PAYLOAD) {
            o = new Outcome(Status.ERROR, ErrorDocument.of("Function.ResponseSizeTooLarge",
                    "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_PAYLOAD
                            + " bytes)."),
                    "Function.ResponseSizeTooLarge", o.durationMs(), o.maxMemoryMb());
        }
        byte[] body = o.status() == Status.SUCCESS || o.status() == Status.ERROR ? o.payload()
                : runtimeError(o.status(), cfg, requestId, log);
        String status = o.status() == Status.SUCCESS ? "success" : o.status() == Status.TIMEOUT ? "timeout" : "error";
        if (env != null) {
            if (o.status() == Status.SUCCESS || o.status() == Status.ERROR) {
                pool.release(env);
            } else {
                env.close();
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Executed-Version", target.version());
        headers.put("x-amzn-RequestId", requestId);
        if (o.status() != Status.SUCCESS) {
            fs.executions().failed();
            headers.put("X-Amz-Function-Error", "Unhandled");
        }
        String text = log.finish(report(fs, target, o, initMs, status));
        if (tail) {
            headers.put("X-Amz-Log-Result", InvocationLog.tail(text));
        }
        return new HttpReply(200, headers, body);
    }

    /** The REPORT metrics; a SnapStart version's cold start reports Restore Duration instead of Init Duration. */
    private static InvocationLog.Report report(FunctionState fs, FunctionState.Target target, Outcome o,
                                               Double initMs, String status) {
        boolean restored = initMs != null && fs.definition.snapStart()
                && !FunctionState.LATEST.equals(target.version());
        InvocationLog.Report report = InvocationLog.Report.of(o.durationMs(), restored ? null : initMs,
                target.config().memorySize(), o.maxMemoryMb(), status,
                o.status() == Status.SUCCESS ? null : o.errorType());
        return restored ? report.withRestore(fs.definition.restoreMs(), fs.definition.billedRestoreMs()) : report;
    }

    /** The error document of a timeout or an out-of-memory kill (and the runtime's timeout log line). */
    private static byte[] runtimeError(Status status, FunctionConfig cfg, String requestId, InvocationLog log) {
        if (status == Status.TIMEOUT) {
            String message = InvocationLog.now() + " " + requestId + " Task timed out after "
                    + String.format(Locale.ROOT, "%.2f", (double) cfg.timeout()) + " seconds";
            log.timedOut(message);
            return ErrorDocument.of("Sandbox.Timedout", message);
        }
        return ErrorDocument.of("Runtime.OutOfMemory", "RequestId: " + requestId
                + " Error: Runtime exited with error: signal: killed");
    }

    private ExecutionEnvironment create(FunctionState fs, FunctionState.Target target) {
        FunctionDefinition d = fs.definition;
        if (d.profile() != null) {
            return new ProfileEnvironment(d.profile(), target.config(), fs.noise, settings.timeScale());
        }
        if (d.process() != null) {
            ProcessHost host = processHost.get();
            FunctionConfig cfg = target.config();
            EnvironmentShape shape = new EnvironmentShape(fs.name(), cfg.memorySize(), cfg.timeout() * 1000L,
                    EnvironmentShape.vcpu(cfg.memorySize(), host.capacity().cores()));
            return new ProcessExecutionEnvironment(new ProcessEnvironment(host, d.process(), shape,
                    ProcessVariables.of(environment(fs, target), fs, target, d.process())), shape);
        }
        return new JavaHandlerEnvironment(d, environment(fs, target), target.config(), executor);
    }

    /** The environment variables an in-process handler gets (DESIGN.md, Local Lambda). */
    Map<String, String> environment(FunctionState fs, FunctionState.Target target) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", settings.region());
        env.put("AWS_DEFAULT_REGION", settings.region());
        env.put("AWS_LAMBDA_FUNCTION_NAME", fs.name());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(target.config().memorySize()));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", target.version());
        env.put("AWS_LAMBDA_LOG_FORMAT", target.config().logFormat());
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_ENDPOINT_URL_LAMBDA", endpoint.get());
        env.put("AWS_ENDPOINT_URL_STS", endpoint.get());
        env.putAll(target.config().environment());
        return env;
    }
}
