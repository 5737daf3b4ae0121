package dev.powertuner.local.environment;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JavaType;
import dev.powertuner.local.function.FunctionConfig;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.wire.ErrorDocument;
import dev.powertuner.local.wire.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * An environment hosting a Java handler in-process: one handler instance per environment, created with the
 * {@code (Map<String, String> env)} constructor when present, else the no-arg one. Durations are measured.
 */
public final class JavaHandlerEnvironment implements ExecutionEnvironment {
    /** Max Memory Used reported for in-process handlers (they share the service's heap). */
    public static final int REPORTED_MEMORY_MB = 90;

    private final String className;
    private final Function<Map<String, String>, Object> factory;
    private final Map<String, String> env;
    private final FunctionConfig config;
    private final ExecutorService executor;
    private Object handler;
    private JavaType inputType;

    public JavaHandlerEnvironment(FunctionDefinition definition, Map<String, String> env, FunctionConfig config,
                           ExecutorService executor) {
        this.className = definition.handler();
        this.factory = definition.handlerFactory();
        this.env = Map.copyOf(env);
        this.config = config;
        this.executor = executor;
    }

    @Override
    public double init(String requestId, InvocationLog log) throws Exception {
        long start = System.nanoTime();
        handler = factory != null ? factory.apply(env) : instantiate();
        if (handler instanceof RequestHandler) {
            inputType = Json.MAPPER.constructType(inputType(handler.getClass()));
        } else if (!(handler instanceof RequestStreamHandler)) {
            throw new ClassCastException(handler.getClass().getName()
                    + " implements neither RequestStreamHandler nor RequestHandler");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private Object instantiate() throws Exception {
        Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        try {
            try {
                Constructor<?> withEnv = type.getConstructor(Map.class);
                return withEnv.newInstance(env);
            } catch (NoSuchMethodException e) {
                return type.getConstructor().newInstance();
            }
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    @Override
    public Outcome invoke(byte[] payload, LocalContext context) {
        long start = System.nanoTime();
        long timeoutMs = config.timeout() * 1000L;
        Future<byte[]> future = executor.submit(() -> call(payload, context));
        try {
            byte[] result = future.get(timeoutMs, TimeUnit.MILLISECONDS);
            return new Outcome(Status.SUCCESS, result, null, elapsed(start), memory());
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(Status.TIMEOUT, null, "Sandbox.Timedout", timeoutMs, memory());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Outcome(Status.ERROR, ErrorDocument.of(cause), cause.getClass().getName(), elapsed(start),
                    memory());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome(Status.ERROR, ErrorDocument.of(e), e.getClass().getName(), elapsed(start), memory());
        }
    }

    @SuppressWarnings("unchecked")
    private byte[] call(byte[] payload, Context context) throws Exception {
        if (handler instanceof RequestStreamHandler) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((RequestStreamHandler) handler).handleRequest(new ByteArrayInputStream(payload), out, context);
            return out.toByteArray();
        }
        Object input = payload.length == 0 ? null : Json.MAPPER.readValue(payload, inputType);
        Object output = ((RequestHandler<Object, Object>) handler).handleRequest(input, context);
        return Json.MAPPER.writeValueAsBytes(output);
    }

    private int memory() {
        return Math.min(REPORTED_MEMORY_MB, config.memorySize());
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** The I of RequestHandler&lt;I, O&gt;, found through the class hierarchy; Object when not declared. */
    static Type inputType(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == RequestHandler.class) {
                    Type arg = ((ParameterizedType) t).getActualTypeArguments()[0];
                    return arg instanceof Class || arg instanceof ParameterizedType ? arg : Object.class;
                }
            }
        }
        return Object.class;
    }
}
