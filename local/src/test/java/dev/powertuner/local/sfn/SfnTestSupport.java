package dev.powertuner.local.sfn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** SfnClient and polling helpers shared by the sfn tests. */
final class SfnTestSupport {
    private SfnTestSupport() {
    }

    static SfnClient client(LocalStepFunctions sfn) {
        return SfnClient.builder()
                .endpointOverride(sfn.endpoint())
                .region(Region.of(sfn.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** The definition with each {@code ${Name}} replaced by its value. */
    static String substitute(String asl, Map<String, String> values) {
        String out = asl;
        for (Map.Entry<String, String> value : values.entrySet()) {
            out = out.replace("${" + value.getKey() + "}", value.getValue());
        }
        return out;
    }

    static String createMachine(SfnClient client, String name, String definition) {
        return client.createStateMachine(b -> b.name(name).definition(definition)
                .roleArn("arn:aws:iam::000000000000:role/local")).stateMachineArn();
    }

    /** Polls DescribeExecution until the status is no longer RUNNING (a guard of 60 s, not a timing assertion). */
    static DescribeExecutionResponse await(SfnClient client, String executionArn) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            DescribeExecutionResponse response = client.describeExecution(b -> b.executionArn(executionArn));
            if (response.status() != ExecutionStatus.RUNNING || System.nanoTime() > deadline) {
                return response;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static DescribeExecutionResponse run(SfnClient client, String machineArn, String input) {
        String arn = client.startExecution(b -> b.stateMachineArn(machineArn).input(input)).executionArn();
        return await(client, arn);
    }

    static List<HistoryEvent> history(SfnClient client, String executionArn) {
        List<HistoryEvent> events = new ArrayList<>();
        client.getExecutionHistoryPaginator(GetExecutionHistoryRequest.builder().executionArn(executionArn).maxResults(50).build())
                .events().forEach(events::add);
        return events;
    }

    static long count(List<HistoryEvent> events, String type) {
        return events.stream().filter(e -> e.typeAsString().equals(type)).count();
    }
}
