package dev.powertuner.local;

import java.util.Map;

/** An HTTP answer: status, extra headers, body (empty for 202/204). */
record HttpReply(int status, Map<String, String> headers, byte[] body) {

    HttpReply {
        headers = Map.copyOf(headers);
    }

    static HttpReply json(int status, Object node) {
        return new HttpReply(status, Map.of(), Json.bytes(Json.MAPPER.valueToTree(node)));
    }

    static HttpReply empty(int status) {
        return new HttpReply(status, Map.of(), new byte[0]);
    }
}
