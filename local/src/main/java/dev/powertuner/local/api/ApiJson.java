package dev.powertuner.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.local.function.FunctionConfig;
import dev.powertuner.local.state.ConfigView;
import dev.powertuner.local.state.FunctionState;
import dev.powertuner.local.state.Settings;
import dev.powertuner.local.wire.Json;
import java.util.Map;

/** JSON documents of the Lambda API: FunctionConfiguration, AliasConfiguration, GetFunction. */
final class ApiJson {
    private ApiJson() {
    }

    static ObjectNode configuration(ConfigView v, Settings s) {
        FunctionConfig c = v.config();
        ObjectNode n = Json.object().put("FunctionName", v.name()).put("FunctionArn", v.arn())
                .put("Runtime", "java21").put("Role", "arn:aws:iam::" + account(v.arn()) + ":role/local-lambda-role")
                .put("Handler", c.handler()).put("CodeSize", 1024).put("Description", c.description())
                .put("Timeout", c.timeout()).put("MemorySize", c.memorySize()).put("LastModified", v.lastModified())
                .put("CodeSha256", v.codeSha256()).put("Version", v.version());
        if (!c.environment().isEmpty()) {
            ObjectNode vars = n.putObject("Environment").putObject("Variables");
            for (Map.Entry<String, String> e : c.environment().entrySet()) {
                vars.put(e.getKey(), e.getValue());
            }
        }
        n.putObject("TracingConfig").put("Mode", "PassThrough");
        n.put("RevisionId", v.revisionId());
        n.put("State", v.pending() ? "Pending" : "Active");
        if (v.pending()) {
            n.put("StateReason", "The function is being created.").put("StateReasonCode", "Creating");
        }
        n.put("LastUpdateStatus", v.updateInProgress() ? "InProgress" : "Successful");
        if (v.updateInProgress()) {
            n.put("LastUpdateStatusReason", "The function is being created.")
                    .put("LastUpdateStatusReasonCode", "Creating");
        }
        n.put("PackageType", "Zip");
        n.putArray("Architectures").add(c.architecture());
        n.putObject("EphemeralStorage").put("Size", c.ephemeralStorage());
        boolean optimized = v.snapStart() && !FunctionState.LATEST.equals(v.version());
        n.putObject("SnapStart").put("ApplyOn", v.snapStart() ? "PublishedVersions" : "None")
                .put("OptimizationStatus", optimized ? "On" : "Off");
        n.putObject("LoggingConfig").put("LogFormat", c.logFormat()).put("LogGroup", "/aws/lambda/" + v.name());
        return n;
    }

    /** The account field of a function ARN. */
    private static String account(String arn) {
        return arn.split(":")[4];
    }

    static ObjectNode alias(FunctionState fs, FunctionState.AliasRecord a) {
        return Json.object().put("AliasArn", fs.arn + ":" + a.name()).put("Name", a.name())
                .put("FunctionVersion", a.version()).put("Description", a.description())
                .put("RevisionId", a.revisionId());
    }

    static ObjectNode function(ConfigView v, Settings s, Integer reserved) {
        ObjectNode n = Json.object();
        n.set("Configuration", configuration(v, s));
        n.putObject("Code").put("RepositoryType", "S3").put("Location",
                "https://awslambda-" + s.region() + "-tasks.s3." + s.region() + ".amazonaws.com/snapshots/"
                        + account(v.arn()) + "/" + v.name());
        n.putObject("Tags");
        if (reserved != null) {
            n.putObject("Concurrency").put("ReservedConcurrentExecutions", reserved);
        }
        return n;
    }
}
