package dev.powertuner.local.wire;

import java.util.Map;

/** An HTTP answer: status, extra headers, body (empty for 202/204). */
public record HttpReply(int status, Map<String, String> headers, byte[] body) {

    public HttpReply {
        headers = Map.copyOf(headers);
    }

    public static HttpReply json(int status, Object node) {
        return new HttpReply(status, Map.of(), Json.bytes(Json.MAPPER.valueToTree(node)));
    }

    public static HttpReply empty(int status) {
        return new HttpReply(status, Map.of(), new byte[0]);
    }
}
