package dev.powertuner.local.sts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=%s/20261201/us-east-1/lambda/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=abc";

    @Test
    void accessKeyIsTheFirstFieldOfTheCredentialScope() {
        assertThat(Accounts.accessKeyId(String.format(SIGNED, "AKIDEXAMPLE"))).isEqualTo("AKIDEXAMPLE");
        assertThat(Accounts.accessKeyId(null)).isNull();
        assertThat(Accounts.accessKeyId("Bearer token")).isNull();
    }

    @Test
    void unsignedAndUnknownKeysAreTheDefaultAccountDeclaredKeysTheirPrincipal() {
        Accounts accounts = new Accounts("111111111111", Map.of("BKEY", "arn:aws:iam::222222222222:user/ops"));

        assertThat(accounts.callerOf(null)).isEqualTo(Caller.root("111111111111"));
        assertThat(accounts.callerOf(String.format(SIGNED, "local")).arn()).isEqualTo("arn:aws:iam::111111111111:root");
        assertThat(accounts.callerOf(String.format(SIGNED, "BKEY")))
                .isEqualTo(new Caller("222222222222", "arn:aws:iam::222222222222:user/ops"));
    }

    @Test
    void issuedKeysBelongToTheirSession() {
        Accounts accounts = new Accounts("111111111111", Map.of());
        Caller session = new Caller("222222222222", "arn:aws:sts::222222222222:assumed-role/target/run-1");

        accounts.issue("ASIAX", session);

        assertThat(accounts.callerOf(String.format(SIGNED, "ASIAX"))).isEqualTo(session);
    }
}
