package dev.powertuner.local.runtimeapi;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Routes the four Runtime API calls of one environment to its {@link RuntimeEndpoint}. */
final class RuntimeApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    static final String PREFIX = "/2018-06-01/runtime/";
    static final String ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";
    private static final Pattern ANSWER = Pattern.compile(
            Pattern.quote(PREFIX) + "invocation/([^/]+)/(response|error)");
    private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    private final RuntimeEndpoint endpoint;

    RuntimeApiHandler(RuntimeEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = request.uri().split("\\?", 2)[0];
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (request.method().equals(HttpMethod.GET) && path.equals(PREFIX + "invocation/next")) {
            endpoint.onNext(invocation -> reply(ctx, next(invocation), keepAlive));
            return;
        }
        if (!request.method().equals(HttpMethod.POST)) {
            reply(ctx, json(HttpResponseStatus.NOT_FOUND, error("UnknownOperation", path)), keepAlive);
            return;
        }
        byte[] body = ByteBufUtil.getBytes(request.content());
        String errorType = request.headers().get(ERROR_TYPE_HEADER);
        if (path.equals(PREFIX + "init/error")) {
            endpoint.onInitError(body, errorType);
            reply(ctx, json(HttpResponseStatus.ACCEPTED, ACCEPTED), keepAlive);
            return;
        }
        Matcher m = ANSWER.matcher(path);
        if (!m.matches()) {
            reply(ctx, json(HttpResponseStatus.NOT_FOUND, error("UnknownOperation", path)), keepAlive);
            return;
        }
        InvocationResult.Kind kind = "response".equals(m.group(2)) ? InvocationResult.Kind.RESPONSE
                : InvocationResult.Kind.ERROR;
        boolean accepted = endpoint.onAnswer(m.group(1), kind, body, errorType);
        reply(ctx, accepted ? json(HttpResponseStatus.ACCEPTED, ACCEPTED)
                : json(HttpResponseStatus.BAD_REQUEST, error("InvalidRequestID", "Invalid request ID")), keepAlive);
    }

    /** The event, with the headers spelled exactly as Lambda's Runtime API spells them. */
    private static FullHttpResponse next(Invocation inv) {
        FullHttpResponse response = json(HttpResponseStatus.OK, inv.payload());
        response.headers().set("Lambda-Runtime-Aws-Request-Id", inv.requestId());
        response.headers().set("Lambda-Runtime-Deadline-Ms", Long.toString(inv.deadlineEpochMs()));
        response.headers().set("Lambda-Runtime-Invoked-Function-Arn", inv.invokedArn());
        response.headers().set("Lambda-Runtime-Trace-Id", inv.traceId());
        if (inv.clientContext() != null) {
            response.headers().set("Lambda-Runtime-Client-Context", inv.clientContext());
        }
        if (inv.cognitoIdentity() != null) {
            response.headers().set("Lambda-Runtime-Cognito-Identity", inv.cognitoIdentity());
        }
        return response;
    }

    private static FullHttpResponse json(HttpResponseStatus status, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(body));
        response.headers().set("Content-Type", "application/json");
        response.headers().set("Content-Length", Integer.toString(body.length));
        return response;
    }

    private static byte[] error(String type, String message) {
        return ("{\"errorType\":\"" + type + "\",\"errorMessage\":\"" + message.replace("\"", "'") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void reply(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
        HttpUtil.setKeepAlive(response, keepAlive);
        if (keepAlive) {
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
