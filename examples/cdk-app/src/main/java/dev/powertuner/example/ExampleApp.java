package dev.powertuner.example;

import dev.powertuner.cdk.PowerTuner;
import dev.powertuner.cdk.PowerTunerProps;
import dev.powertuner.cdk.PowerTunerTargetRole;
import dev.powertuner.cdk.PowerTunerTargetRoleProps;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;

/**
 * Two stacks of a CDK app of your own: the tuner (deploy it in the tooling account 111111111111), and the role it
 * assumes to tune the functions of the workload account 222222222222 (deploy it there).
 */
public final class ExampleApp {
    static final String TARGET_ROLE = "arn:aws:iam::222222222222:role/powertuner-target";

    private ExampleApp() {
    }

    public static void main(String[] args) {
        App app = new App();

        Stack tooling = new Stack(app, "ExampleTuner");
        PowerTuner tuner = new PowerTuner(tooling, "Tuner", PowerTunerProps.builder()
                .powerValues(List.of(128, 256, 512, 1024, 1769, 3008))
                .crossAccountRoleArns(List.of(TARGET_ROLE))
                .build());
        CfnOutput.Builder.create(tooling, "StateMachineARN")
                .value(tuner.getStateMachine().getStateMachineArn())
                .build();

        Stack workload = new Stack(app, "ExampleTargetRole");
        new PowerTunerTargetRole(workload, "TargetRole", PowerTunerTargetRoleProps.builder()
                .tunerAccountIds(List.of("111111111111"))
                .externalId("powertuner-example")
                .lambdaResource("arn:aws:lambda:*:222222222222:function:shop-*")
                .roleName("powertuner-target")
                .build());

        app.synth();
    }
}
