package dev.powertuner.cdk;

import dev.powertuner.statemachine.TunerStep;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IManagedPolicy;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PermissionsBoundary;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * The tuner: six SnapStart Java functions behind {@code live} aliases, each with its own log group and
 * least-privilege role, and the Standard state machine built from powertuner.asl.json. The handler jar and the
 * definition come with this library, so {@code new PowerTuner(this, "Tuner", PowerTunerProps.builder().build())}
 * synthesizes in any CDK app.
 */
public class PowerTuner extends Construct {
    /** Alias of each function's published SnapStart version; the state machine invokes it. */
    public static final String ALIAS_NAME = "live";
    /**
     * 1,024 MB for all six: Java handlers with the AWS SDK restore and JIT noticeably faster with more CPU (memory
     * buys CPU, 1,769 MB = 1 vCPU), the executor runs up to 100 concurrent invocations on platform threads, and
     * every tuner function runs for seconds per tuning run, so the cost difference is negligible.
     */
    public static final int MEMORY_SIZE_MB = 1024;
    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    private final Map<TunerStep, Function> functions = new EnumMap<>(TunerStep.class);
    private final Map<TunerStep, Alias> aliases = new EnumMap<>(TunerStep.class);
    private final StateMachine stateMachine;

    public PowerTuner(Construct scope, String id, PowerTunerProps props) {
        super(scope, id);
        IManagedPolicy boundary = boundary(props.permissionsBoundary());
        if (boundary != null) {
            PermissionsBoundary.of(this).apply(boundary);
        }
        Map<String, String> environment = environment(props);
        for (TunerStep spec : TunerStep.values()) {
            Function function = function(spec, props, environment);
            functions.put(spec, function);
            aliases.put(spec, Alias.Builder.create(this, spec.stepName() + "Alias")
                    .aliasName(ALIAS_NAME).version(function.getCurrentVersion()).build());
        }
        this.stateMachine = stateMachine(props);
        for (Alias alias : aliases.values()) {
            alias.grantInvoke(stateMachine);
        }
    }

    public StateMachine getStateMachine() {
        return stateMachine;
    }

    public Function getFunction(TunerStep function) {
        return functions.get(function);
    }

    public Alias getAlias(TunerStep function) {
        return aliases.get(function);
    }

    private Function function(TunerStep spec, PowerTunerProps props, Map<String, String> environment) {
        String name = spec.stepName();
        LogGroup logGroup = LogGroup.Builder.create(this, name + "LogGroup")
                .retention(LogRetention.of(props.logGroupRetentionInDays()))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Role role = role(spec, props);
        logGroup.grantWrite(role);
        int timeout = spec.timeoutSeconds(props.totalExecutionTimeout());
        Function function = Function.Builder.create(this, name)
                .description("powertuner " + name.toLowerCase(Locale.ROOT))
                .runtime(Runtime.JAVA_21)
                .architecture(props.architecture())
                .handler(spec.handler())
                .code(props.code())
                .memorySize(MEMORY_SIZE_MB)
                .timeout(Duration.seconds(timeout))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .environment(environment)
                .logGroup(logGroup)
                .role(role)
                .build();
        // The warning asks for a published version; currentVersion behind the live alias is exactly that.
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "currentVersion is published and the state machine invokes it through the live alias");
        if (!props.subnetIds().isEmpty()) {
            ((CfnFunction) function.getNode().getDefaultChild()).setVpcConfig(CfnFunction.VpcConfigProperty.builder()
                    .securityGroupIds(props.securityGroupIds())
                    .subnetIds(props.subnetIds())
                    .build());
        }
        return function;
    }

    private Role role(TunerStep spec, PowerTunerProps props) {
        Role role = Role.Builder.create(this, spec.stepName() + "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("powertuner " + spec.stepName() + ": least privilege on the tuned function")
                .build();
        if (!props.subnetIds().isEmpty()) {
            role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaVPCAccessExecutionRole"));
        }
        if (!spec.lambdaActions().isEmpty()) {
            role.addToPolicy(PolicyStatement.Builder.create()
                    .effect(Effect.ALLOW)
                    .actions(spec.lambdaActions())
                    .resources(lambdaResources(props.lambdaResource()))
                    .build());
        }
        if (!spec.lambdaActions().isEmpty() && !props.crossAccountRoleArns().isEmpty()) {
            // roleARN runs: every Lambda call of this function goes through one of these roles
            role.addToPolicy(PolicyStatement.Builder.create()
                    .effect(Effect.ALLOW)
                    .actions(List.of("sts:AssumeRole"))
                    .resources(props.crossAccountRoleArns())
                    .build());
        }
        if (spec == TunerStep.EXECUTOR && props.payloadS3Bucket() != null) {
            payloadS3Policy(role, props);
        }
        return role;
    }

    private void payloadS3Policy(Role executorRole, PowerTunerProps props) {
        ManagedPolicy.Builder.create(this, "PayloadS3Policy")
                .description("powertuner executor: read payloadS3 objects")
                .statements(List.of(
                        PolicyStatement.Builder.create().effect(Effect.ALLOW).actions(List.of("s3:ListBucket"))
                                .resources(List.of("arn:" + Aws.PARTITION + ":s3:::" + props.payloadS3Bucket()))
                                .build(),
                        PolicyStatement.Builder.create().effect(Effect.ALLOW).actions(List.of("s3:GetObject"))
                                .resources(List.of("arn:" + Aws.PARTITION + ":s3:::" + props.payloadS3Bucket()
                                        + "/" + props.payloadS3Key()))
                                .build()))
                .roles(List.of(executorRole))
                .build();
    }

    /**
     * The unqualified pattern covers $LATEST (unqualified calls); {@code :*} covers versions and aliases. A pattern
     * naming only qualified ARNs ({@code function:name:*}) gets its unqualified function added instead.
     */
    static List<String> lambdaResources(String lambdaResource) {
        List<String> resources = new ArrayList<>();
        resources.add(lambdaResource);
        String unqualified = lambdaResource.endsWith(":*")
                ? lambdaResource.substring(0, lambdaResource.length() - 2) : "";
        if (unqualified.matches(".*:function:[^:]+")) {
            resources.add(unqualified);
        } else if (!"*".equals(lambdaResource)) {
            resources.add(lambdaResource + ":*");
        }
        return resources;
    }

    private StateMachine stateMachine(PowerTunerProps props) {
        Map<String, String> substitutions = new LinkedHashMap<>();
        for (TunerStep spec : TunerStep.values()) {
            substitutions.put(spec.placeholder(), aliases.get(spec).getFunctionArn());
        }
        String suffix = Fn.select(2, Fn.split("/", Aws.STACK_ID));
        return StateMachine.Builder.create(this, "StateMachine")
                .stateMachineName(Fn.join("", List.of(props.stateMachineNamePrefix() + "-", suffix)))
                .stateMachineType(StateMachineType.STANDARD)
                .definitionBody(DefinitionBody.fromString(props.definitionFile() == null
                        ? DefinitionFile.renderBundled(props.totalExecutionTimeout())
                        : DefinitionFile.render(props.definitionFile(), props.totalExecutionTimeout())))
                .definitionSubstitutions(substitutions)
                .build();
    }

    /** The environment of every function; {@link PropsValidator} keeps it within Lambda's 4 KB. */
    static Map<String, String> environment(PowerTunerProps props) {
        Map<String, String> env = new LinkedHashMap<>();
        List<String> powerValues = new ArrayList<>();
        props.powerValues().forEach(value -> powerValues.add(String.valueOf(value)));
        env.put("defaultPowerValues", String.join(",", powerValues));
        env.put("visualizationURL", props.visualizationUrl());
        if (props.priceOverrides() != null) {
            env.put("priceOverrides", props.priceOverrides());
        }
        env.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
        return env;
    }

    private IManagedPolicy boundary(String arnOrName) {
        if (arnOrName == null) {
            return null;
        }
        return arnOrName.startsWith("arn:")
                ? ManagedPolicy.fromManagedPolicyArn(this, "PermissionsBoundary", arnOrName)
                : ManagedPolicy.fromManagedPolicyName(this, "PermissionsBoundary", arnOrName);
    }
}
