package dev.powertuner.infra;

import dev.powertuner.cdk.PowerTunerTargetRole;
import dev.powertuner.cdk.PowerTunerTargetRoleProps;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/** For the account of the functions to tune: one {@link PowerTunerTargetRole}, with its ARN as output. */
public class TargetRoleStack extends Stack {
    private final PowerTunerTargetRole targetRole;

    public TargetRoleStack(Construct scope, String id, PowerTunerTargetRoleProps props) {
        super(scope, id, StackProps.builder()
                .description("powertuner: the role a tuner in another account assumes to tune this account's functions")
                .build());
        this.targetRole = new PowerTunerTargetRole(this, "TargetRole", props);
        CfnOutput.Builder.create(this, "RoleARN")
                .description("List it in the tuner's crossAccountRoleArns and pass it as roleARN in the execution input")
                .value(targetRole.getRoleArn())
                .build();
    }

    public PowerTunerTargetRole getTargetRole() {
        return targetRole;
    }
}
