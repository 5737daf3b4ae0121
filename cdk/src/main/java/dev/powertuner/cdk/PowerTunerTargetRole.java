package dev.powertuner.cdk;

import dev.powertuner.statemachine.TunerStep;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.CompositePrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;

/**
 * For the account of the functions to tune: the role a {@link PowerTuner} in another account assumes for executions
 * with {@code roleARN}. It may do exactly the Lambda actions of the tuner's functions on {@code lambdaResource}, and
 * only the tuner's account(s) or roles may assume it, with the external id when one is given.
 */
public class PowerTunerTargetRole extends Construct {
    /** AssumeRole sessions last one hour; the tuner assumes the role again for every function invocation. */
    static final int MAX_SESSION_HOURS = 1;

    private final Role role;

    public PowerTunerTargetRole(Construct scope, String id, PowerTunerTargetRoleProps props) {
        super(scope, id);
        List<IPrincipal> tuner = new ArrayList<>();
        for (String account : props.tunerAccountIds()) {
            tuner.add(new AccountPrincipal(account));
        }
        for (String roleArn : props.tunerRoleArns()) {
            tuner.add(new ArnPrincipal(roleArn));
        }
        Role.Builder builder = Role.Builder.create(this, "Role")
                .assumedBy(new CompositePrincipal(tuner.toArray(new IPrincipal[0])))
                .description("powertuner: lets the tuner of another account tune this account's functions")
                .maxSessionDuration(Duration.hours(MAX_SESSION_HOURS));
        if (props.roleName() != null) {
            builder.roleName(props.roleName());
        }
        if (props.externalId() != null) {
            builder.externalIds(List.of(props.externalId()));
        }
        this.role = builder.build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(TunerStep.allLambdaActions())
                .resources(PowerTuner.lambdaResources(props.lambdaResource()))
                .build());
    }

    public Role getRole() {
        return role;
    }

    /** The ARN to list in the tuner's {@code crossAccountRoleArns} and to pass as {@code roleARN}. */
    public String getRoleArn() {
        return role.getRoleArn();
    }
}
