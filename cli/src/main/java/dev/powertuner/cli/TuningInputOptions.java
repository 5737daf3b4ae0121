package dev.powertuner.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The execution-input flags shared by {@code run}, {@code local} and {@code demo}. */
final class TuningInputOptions {

    @Option(names = "--input", paramLabel = "FILE",
            description = "Execution input JSON (the reference's format); '-' reads stdin. Flags override its fields.")
    String input;

    @Option(names = {"--function", "--lambda-arn"}, paramLabel = "ARN|NAME",
            description = "Function to tune (lambdaARN): name, partial ARN or unqualified ARN.")
    String function;

    @Option(names = "--power-values", paramLabel = "LIST", description = "Memory sizes, e.g. 128,256,512, or ALL.")
    String powerValues;

    @Option(names = "--num", paramLabel = "N", description = "Invocations per power value (at least 5).")
    Integer num;

    @Option(names = "--payload", paramLabel = "JSON|TEXT", description = "Payload: JSON text, or any other text sent as a JSON string.")
    String payload;

    @Option(names = "--payload-file", paramLabel = "FILE", description = "Payload from a JSON file (weighted lists allowed).")
    String payloadFile;

    @Option(names = "--payload-s3", paramLabel = "S3URL", description = "Payload from s3://bucket/key (payloadS3).")
    String payloadS3;

    @Option(names = "--strategy", paramLabel = "cost|speed|balanced", description = "cost, speed or balanced.")
    String strategy;

    @Option(names = "--balanced-weight", paramLabel = "W", description = "0 (speed only) to 1 (cost only); default 0.5.")
    Double balancedWeight;

    @Option(names = "--parallel", description = "Invoke all num invocations concurrently (parallelInvocation).")
    Boolean parallel;

    @Option(names = "--only-cold-starts", description = "Measure cold starts only (one version per invocation).")
    Boolean onlyColdStarts;

    @Option(names = "--auto-optimize", description = "Apply the optimum to the function afterwards.")
    Boolean autoOptimize;

    @Option(names = "--auto-optimize-alias", paramLabel = "ALIAS", description = "With --auto-optimize: alias to point at it.")
    String autoOptimizeAlias;

    @Option(names = "--include-output-results", negatable = true,
            description = "Add per-value stats to the output (on unless the input file says otherwise).")
    Boolean includeOutputResults;

    @Option(names = "--discard-top-bottom", paramLabel = "SHARE",
            description = "Share of fastest and slowest invocations dropped (0 to 0.4).")
    Double discardTopBottom;

    @Option(names = "--sleep-between-runs-ms", paramLabel = "MS", description = "Pause between serial invocations.")
    Integer sleepBetweenRunsMs;

    @Option(names = "--pre-processor", paramLabel = "ARN", description = "preProcessorARN.")
    String preProcessor;

    @Option(names = "--post-processor", paramLabel = "ARN", description = "postProcessorARN.")
    String postProcessor;

    @Option(names = "--allowed-exceptions", split = ",", paramLabel = "TYPE", description = "Tolerated error types.")
    List<String> allowedExceptions;

    @Option(names = "--traffic", paramLabel = TrafficOption.SYNTAX,
            description = "Project each memory size's monthly cost under this traffic (adds projection to the output).")
    String traffic;

    @Option(names = "--adaptive",
            description = "Adaptive tuning: invoke in rounds and stop sampling sizes the data rule out (docs/adaptive.md).")
    Boolean adaptive;

    @Option(names = "--confidence", paramLabel = "LEVEL",
            description = "With --adaptive: confidence of the intervals, above 0.5 and below 1; default 0.95.")
    Double confidence;

    @Option(names = "--dry-run", description = "Publish and clean up without measuring (dryRun).")
    Boolean dryRun;

    @Option(names = "--disable-payload-logs", description = "Keep payloads out of logs and error messages.")
    Boolean disablePayloadLogs;
}
