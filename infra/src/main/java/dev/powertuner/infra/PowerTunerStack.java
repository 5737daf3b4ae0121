package dev.powertuner.infra;

import dev.powertuner.cdk.PowerTuner;
import dev.powertuner.cdk.PowerTunerProps;
import dev.powertuner.statemachine.TunerStack;
import dev.powertuner.statemachine.TunerStep;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * A stack holding one {@link PowerTuner}, with the reference's output {@code StateMachineARN}, a console link and,
 * with {@code crossAccountRoleArns}, the ARNs of the tuner's roles that may assume them ({@code TunerRoleARNs}).
 */
public class PowerTunerStack extends Stack {
    private final PowerTuner tuner;

    public PowerTunerStack(Construct scope, String id, PowerTunerProps props) {
        this(scope, id, StackProps.builder()
                .description("powertuner: AWS Lambda power tuning in Java (aws-lambda-power-tuning 4.4.0 compatible)")
                .build(), props);
    }

    public PowerTunerStack(Construct scope, String id, StackProps stackProps, PowerTunerProps props) {
        super(scope, id, stackProps);
        this.tuner = new PowerTuner(this, "PowerTuner", props);
        String arn = tuner.getStateMachine().getStateMachineArn();
        CfnOutput.Builder.create(this, TunerStack.STATE_MACHINE_OUTPUT)
                .description("ARN of the power tuning state machine")
                .value(arn)
                .build();
        CfnOutput.Builder.create(this, "StateMachineConsoleURL")
                .description("The state machine in the Step Functions console")
                .value(Fn.join("", List.of("https://", Aws.REGION, ".", consoleHost(),
                        "/states/home?region=", Aws.REGION, "#/statemachines/view/", arn)))
                .build();
        if (!props.crossAccountRoleArns().isEmpty()) {
            CfnOutput.Builder.create(this, "TunerRoleARNs")
                    .description("The tuner's roles that assume crossAccountRoleArns: principals for their trust policy")
                    .value(Fn.join(",", tunerRoleArns()))
                    .build();
        }
    }

    /** The roles of the functions that call Lambda (all but the analyzer). */
    private List<String> tunerRoleArns() {
        List<String> arns = new ArrayList<>();
        for (TunerStep spec : TunerStep.values()) {
            if (!spec.lambdaActions().isEmpty()) {
                arns.add(tuner.getFunction(spec).getRole().getRoleArn());
            }
        }
        return arns;
    }

    /** The console host of the partition deployed to; conditions, so that any other partition still deploys. */
    private String consoleHost() {
        CfnCondition china = CfnCondition.Builder.create(this, "InChinaPartition")
                .expression(Fn.conditionEquals(Aws.PARTITION, "aws-cn")).build();
        CfnCondition govCloud = CfnCondition.Builder.create(this, "InGovCloudPartition")
                .expression(Fn.conditionEquals(Aws.PARTITION, "aws-us-gov")).build();
        return Fn.conditionIf(china.getLogicalId(), "console.amazonaws.cn",
                Fn.conditionIf(govCloud.getLogicalId(), "console.amazonaws-us-gov.com", "console.aws.amazon.com"))
                .toString();
    }

    public PowerTuner getTuner() {
        return tuner;
    }

    /**
     * Props from CDK context (`-c Key=value` or cdk.json), keys named like the reference's SAM parameters:
     * PowerValues, visualizationURL, lambdaResource, totalExecutionTimeout, permissionsBoundary, payloadS3Bucket,
     * payloadS3Key, logGroupRetentionInDays, securityGroupIds, subnetIds, stateMachineNamePrefix, plus
     * priceOverrides, architecture and crossAccountRoleArns. The caller may set other code, then calls build().
     */
    public static PowerTunerProps.Builder propsFromContext(Construct scope) {
        return ContextProps.read(scope.getNode());
    }
}
