package dev.powertuner.local.sts;

/** An STS answer: HTTP status and its XML document. */
public record StsReply(int status, String xml) {
}
