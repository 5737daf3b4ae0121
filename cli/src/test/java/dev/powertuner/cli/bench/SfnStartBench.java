package dev.powertuner.cli.bench;

import dev.powertuner.local.sfn.LocalStepFunctions;
import dev.powertuner.statemachine.TunerDefinition;
import dev.powertuner.statemachine.TunerStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Benchmark (a main class, not a test): what a local run spends before its execution can start, with the tuner's
 * rendered definition trusted (the engine skips its validation) or validated by the engine, as every start did
 * before. Each round starts a fresh node process and creates the state machine; rounds alternate between the two.
 * Run from the repository root after {@code mvn -pl cli -am package -DskipTests}: {@code mvn -o -q -pl cli
 * exec:java -Dexec.mainClass=dev.powertuner.cli.bench.SfnStartBench -Dexec.classpathScope=test}.
 */
public final class SfnStartBench {
    private static final int ROUNDS = 5;

    private SfnStartBench() {
    }

    public static void main(String[] args) {
        Map<TunerStep, String> arns = new EnumMap<>(TunerStep.class);
        for (TunerStep step : TunerStep.values()) {
            arns.put(step, "arn:aws:lambda:us-east-1:000000000000:function:" + step.localFunctionName());
        }
        String definition = TunerDefinition.render(TunerDefinition.bundled(), 900, arns);
        List<long[]> trusted = new ArrayList<>();
        List<long[]> validated = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            trusted.add(startAndCreate(definition, true));
            validated.add(startAndCreate(definition, false));
        }
        System.out.printf("Local Step Functions start + CreateStateMachine of the tuner (ms; median of %d)%n", ROUNDS);
        System.out.printf("%-10s %8s %8s %8s%n", "definition", "start", "create", "sum");
        print("validated", validated);
        print("trusted", trusted);
    }

    private static long[] startAndCreate(String definition, boolean trust) {
        LocalStepFunctions.Options options = LocalStepFunctions.options().nodeModules(Path.of("node_modules"));
        if (trust) {
            options.trustedDefinition(definition);
        }
        long started = System.nanoTime();
        try (LocalStepFunctions sfn = LocalStepFunctions.start(options);
             SfnClient client = SfnClient.builder().httpClient(UrlConnectionHttpClient.create())
                     .endpointOverride(sfn.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("b", "b")))
                     .build()) {
            long listening = System.nanoTime();
            // the client's first call (its own set-up) is not what is measured
            create(client, "warm-up", "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
            long creating = System.nanoTime();
            create(client, "powertuner", definition);
            long created = System.nanoTime();
            return new long[] {(listening - started) / 1_000_000, (created - creating) / 1_000_000,
                (listening - started + created - creating) / 1_000_000};
        }
    }

    private static void create(SfnClient client, String name, String definition) {
        client.createStateMachine(b -> b.name(name).definition(definition).roleArn("arn:aws:iam::000000000000:role/b"));
    }

    private static void print(String label, List<long[]> rounds) {
        System.out.printf("%-10s %8d %8d %8d%n", label, median(rounds, 0), median(rounds, 1), median(rounds, 2));
    }

    private static long median(List<long[]> rounds, int column) {
        List<Long> values = new ArrayList<>();
        rounds.forEach(round -> values.add(round[column]));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
