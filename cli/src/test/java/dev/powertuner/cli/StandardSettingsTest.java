package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public entry point uses the SDK's standard settings: region, credentials and the Step Functions endpoint
 * (AWS_ENDPOINT_URL_SFN, or its system property aws.endpointUrlSfn, which this test sets and restores).
 */
class StandardSettingsTest {

    @Test
    void runReachesTheEndpointFromTheSdkStandardSettings() throws Exception {
        try (StubStepFunctions stub = new StubStepFunctions()) {
            stub.succeeds(Fixtures.text("outputs/x86.json"));
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("aws.endpointUrlSfn", stub.endpoint().toString());
            properties.put("aws.region", "eu-west-1");
            properties.put("aws.accessKeyId", "AKIDEXAMPLE");
            properties.put("aws.secretAccessKey", "secret");
            Map<String, String> saved = set(properties);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try {
                code = Main.execute(new String[] {"run", "--state-machine-arn", StubStepFunctions.STATE_MACHINE, "--function", "f",
                    "--num", "5", "--poll-interval-ms", "1"}, new PrintWriter(out), new PrintWriter(err));
            } finally {
                set(saved);
            }

            assertThat(code).as(err.toString()).isEqualTo(0);
            assertThat(stub.targets).startsWith("StartExecution");
            assertThat(out.toString()).contains("* 512 MB");
        }
    }

    private static Map<String, String> set(Map<String, String> values) {
        Map<String, String> previous = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            previous.put(key, System.getProperty(key));
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        return previous;
    }
}
