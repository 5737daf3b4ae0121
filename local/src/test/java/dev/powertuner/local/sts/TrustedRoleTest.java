package dev.powertuner.local.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedRoleTest {
    private static final String ROLE = "arn:aws:iam::222222222222:role/tools/powertuner-target";

    @Test
    void anAccountIdOrItsRootTrustsEveryPrincipalOfThatAccount() {
        Caller user = Caller.of("arn:aws:iam::111111111111:user/ops");

        assertThat(new TrustedRole(ROLE, List.of("111111111111"), null).trusts(user)).isTrue();
        assertThat(new TrustedRole(ROLE, List.of("arn:aws:iam::111111111111:root"), null).trusts(user)).isTrue();
        assertThat(new TrustedRole(ROLE, List.of("333333333333"), null).trusts(user)).isFalse();
    }

    @Test
    void aRolePrincipalTrustsTheSessionsOfThatRoleOnly() {
        TrustedRole role = new TrustedRole(ROLE, List.of("arn:aws:iam::111111111111:role/powertuner-executor"), null);

        assertThat(role.trusts(Caller.of("arn:aws:sts::111111111111:assumed-role/powertuner-executor/run"))).isTrue();
        assertThat(role.trusts(Caller.of("arn:aws:sts::111111111111:assumed-role/other/run"))).isFalse();
        assertThat(role.trusts(Caller.root("111111111111"))).isFalse();
    }

    @Test
    void theExternalIdMustMatchWhenTheTrustRequiresOne() {
        assertThat(new TrustedRole(ROLE, List.of("111111111111"), "s3cret").accepts("s3cret")).isTrue();
        assertThat(new TrustedRole(ROLE, List.of("111111111111"), "s3cret").accepts(null)).isFalse();
        assertThat(new TrustedRole(ROLE, List.of("111111111111"), null).accepts("anything")).isTrue();
    }

    @Test
    void nameAndAccountComeFromTheArnAndBadDeclarationsAreRefused() {
        TrustedRole role = new TrustedRole(ROLE, List.of("111111111111"), null);

        assertThat(role.name()).isEqualTo("powertuner-target");
        assertThat(role.accountId()).isEqualTo("222222222222");
        assertThatThrownBy(() -> new TrustedRole("arn:aws:iam::2222:role/x", List.of("111111111111"), null))
                .hasMessageContaining("role ARN");
        assertThatThrownBy(() -> new TrustedRole(ROLE, List.of(), null)).hasMessageContaining("trusts nobody");
        assertThatThrownBy(() -> new TrustedRole(ROLE, List.of("someone"), null)).hasMessageContaining("someone");
    }
}
