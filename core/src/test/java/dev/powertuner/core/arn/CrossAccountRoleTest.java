package dev.powertuner.core.arn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.TuningInput;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossAccountRoleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ROLE = "arn:aws:iam::222222222222:role/tuning/powertuner-target";

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void absentOrNullRoleArnMeansTheTunersOwnAccount() throws Exception {
        assertThat(CrossAccountRole.parse(json("{'lambdaARN':'fn'}"))).isEmpty();
        assertThat(CrossAccountRole.parse(json("{'lambdaARN':'fn','roleARN':null,'externalId':null}"))).isEmpty();
    }

    @Test
    void roleArnWithPathAndExternalIdIsRead() throws Exception {
        Optional<CrossAccountRole> role = CrossAccountRole.parse(
                json("{'roleARN':'" + ROLE + "','externalId':'tuner-7f3a'}"));

        assertThat(role).contains(new CrossAccountRole(ROLE, "tuner-7f3a"));
        assertThat(role.get().account()).isEqualTo("222222222222");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws-cn:iam::222222222222:role/r", "arn:aws-us-gov:iam::222222222222:role/a/b/c",
        "arn:aws:iam::222222222222:role/name+with=all,the.allowed@chars_-"})
    void everyPartitionAndRolePathIsAccepted(String arn) {
        assertThat(new CrossAccountRole(arn, null).roleArn()).isEqualTo(arn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "powertuner-target", "arn:aws:iam::22222222222:role/r", "arn:aws:iam::222222222222:user/r",
        "arn:aws:iam::222222222222:role/", "arn:aws:sts::222222222222:assumed-role/r/s",
        "arn:aws:iam:eu-west-1:222222222222:role/r", "arn:aws:iam::222222222222:role/with space"})
    void roleArnThatIsNotAnIamRoleArnIsRefusedNamingTheFieldAndTheRule(String arn) {
        assertThatThrownBy(() -> CrossAccountRole.parse(MAPPER.createObjectNode().put("roleARN", arn)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid roleARN: must be an IAM role ARN")
                .hasMessageContaining("arn:<partition>:iam::<12-digit account>:role/<path/name>");
    }

    @Test
    void roleArnThatIsNotAStringIsRefused() {
        assertThatThrownBy(() -> CrossAccountRole.parse(json("{'roleARN':42}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("roleARN").hasMessageEndingWith("42");
    }

    @Test
    void externalIdWithoutRoleArnIsRefused() {
        assertThatThrownBy(() -> CrossAccountRole.parse(json("{'lambdaARN':'fn','externalId':'abc'}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("externalId requires roleARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "with space", "semi;colon"})
    void externalIdOutsideStsRulesIsRefusedNamingTheField(String externalId) {
        assertThatThrownBy(() -> CrossAccountRole.parse(MAPPER.createObjectNode().put("roleARN", ROLE)
                .put("externalId", externalId)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid externalId: must be 2 to 1224");
        assertThatThrownBy(() -> CrossAccountRole.parse(json("{'roleARN':'" + ROLE + "','externalId':12}")))
                .hasMessageStartingWith("Invalid externalId: must be a string");
    }

    @Test
    void initializerValidationRefusesABadRoleArnAndAcceptsAGoodOne() throws Exception {
        List<Integer> defaults = List.of(128, 256);

        assertThatThrownBy(() -> TuningInput.parse(json("{'lambdaARN':'fn','num':5,'roleARN':'role/x'}"), defaults))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Invalid roleARN");
        assertThatThrownBy(() -> TuningInput.parse(json("{'lambdaARN':'fn','num':5,'externalId':'abc'}"), defaults))
                .hasMessageStartingWith("externalId requires roleARN");
        assertThat(TuningInput.parse(json("{'lambdaARN':'fn','num':5,'roleARN':'" + ROLE + "'}"), defaults).num())
                .isEqualTo(5);
    }

    @Test
    void processorsInTheRolesAccountOrWithoutAccountGoThroughTheRole() {
        CrossAccountRole role = new CrossAccountRole(ROLE, null);

        assertThat(role.coversProcessor("arn:aws:lambda:eu-west-1:222222222222:function:prep")).isTrue();
        assertThat(role.coversProcessor("222222222222:function:prep")).isTrue();
        assertThat(role.coversProcessor("prep")).isTrue();
        assertThat(role.coversProcessor("arn:aws:lambda:eu-west-1:111111111111:function:prep")).isFalse();
        assertThat(role.coversProcessor("111111111111:function:prep")).isFalse();
    }

    @Test
    void processorsOutsideTheRolesAccountAreListedAsTheExecutorNamesThem() throws Exception {
        CrossAccountRole role = new CrossAccountRole(ROLE, null);

        assertThat(role.processorsOutside(json("{'preProcessorARN':'arn:aws:lambda:eu-west-1:111111111111:function:pre',"
                + "'postProcessorARN':'arn:aws:lambda:eu-west-1:222222222222:function:post'}")))
                .containsExactly("arn:aws:lambda:eu-west-1:111111111111:function:pre");
        assertThat(role.processorsOutside(json("{'preProcessorARN':'','postProcessorARN':'111111111111:function:p'}")))
                .containsExactly("111111111111:function:p");
        assertThat(role.processorsOutside(json("{'lambdaARN':'fn'}"))).isEmpty();
    }

    @Test
    void sessionNameIsTheRunIdWithinStsRules() {
        assertThat(CrossAccountRole.sessionName("a1b2c3d4-run_7")).isEqualTo("a1b2c3d4-run_7");
        assertThat(CrossAccountRole.sessionName("run with spaces/and:colons")).isEqualTo("run-with-spaces-and-colons");
        assertThat(CrossAccountRole.sessionName("x".repeat(80))).hasSize(64);
        assertThat(CrossAccountRole.sessionName("é")).isEqualTo("powertuner-");
        assertThat(CrossAccountRole.sessionName("")).isEqualTo("powertuner");
    }
}
