package dev.powertuner.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PriceTable BUNDLED = PriceTable.bundled();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void bundledDefaultsMatchThePriceList() {
        LambdaPrice x86 = BUNDLED.lambda("us-east-1", "x86_64");
        LambdaPrice arm = BUNDLED.lambda("eu-west-1", "arm64");

        assertThat(x86.p128()).isEqualTo(1.66667e-5 / 8000.0);
        assertThat(x86.p128()).isCloseTo(2.0833375e-9, org.assertj.core.data.Offset.offset(1e-20));
        assertThat(arm.gbSecond()).isEqualTo(1.33334e-5);
        assertThat(x86.requestPrice()).isEqualTo(2.0e-7);
        assertThat(x86.ephemeralStorageGbSecond()).isEqualTo(3.09e-8);
        assertThat(x86.currency()).isEqualTo("USD");
    }

    @Test
    void regionalEntriesInheritMissingFieldsFromDefault() {
        LambdaPrice af = BUNDLED.lambda("af-south-1", "arm64");

        assertThat(af.gbSecond()).isEqualTo(1.768e-5);
        assertThat(af.requestPrice()).isEqualTo(2.0e-7);
        assertThat(af.currency()).isEqualTo("USD");
        assertThat(BUNDLED.lambda("ap-northeast-3", "arm64").gbSecond()).isEqualTo(1.728e-5);
    }

    @Test
    void chinaIsPricedInYuanWithItsOwnFields() {
        LambdaPrice cn = BUNDLED.lambda("cn-northwest-1", "x86_64");

        assertThat(cn.currency()).isEqualTo("CNY");
        assertThat(cn.p128()).isEqualTo(1.136e-4 / 8000.0);
        assertThat(cn.requestPrice()).isZero();
        assertThat(BUNDLED.stepFunctionsTransition("cn-north-1")).isEqualTo(1.891e-4);
        assertThat(BUNDLED.stepFunctionsCurrency("cn-north-1")).isEqualTo("CNY");
    }

    @Test
    void stepFunctionsPricesMatchTheReferenceTable() {
        assertThat(BUNDLED.stepFunctionsTransition("us-east-1")).isEqualTo(0.000025);
        assertThat(BUNDLED.stepFunctionsTransition("sa-east-1")).isEqualTo(0.0000375);
        assertThat(BUNDLED.stepFunctionsTransition("us-gov-east-1")).isEqualTo(0.00003);
        assertThat(BUNDLED.stepFunctionsTransition("eu-south-1")).isEqualTo(0.00002625);
    }

    @Test
    void unknownArchitectureIsUnsupported() {
        assertThatThrownBy(() -> BUNDLED.lambda("us-east-1", "riscv")).hasMessage("Unsupported architecture: riscv");
    }

    @Test
    void overridesMergeEntryByEntry() throws Exception {
        PriceTable t = BUNDLED.withOverrides(json("{'lambda':{'default':{'requestPrice':0},"
                + "'eu-west-1':{'x86_64':{'gbSecond':2e-5}}},'stepFunctions':{'eu-west-1':{'transition':1e-5}}}"));

        assertThat(t.lambda("eu-west-1", "x86_64").gbSecond()).isEqualTo(2e-5);
        assertThat(t.lambda("eu-west-1", "arm64").gbSecond()).isEqualTo(1.33334e-5);
        assertThat(t.lambda("us-east-1", "x86_64").requestPrice()).isZero();
        assertThat(t.stepFunctionsTransition("eu-west-1")).isEqualTo(1e-5);
        assertThat(BUNDLED.lambda("us-east-1", "x86_64").requestPrice()).isEqualTo(2.0e-7);
    }

    @Test
    void aRegionInAnotherCurrencyMustBeComplete() throws Exception {
        assertThatThrownBy(() -> BUNDLED.withOverrides(json("{'lambda':{'cn-south-9':{'currency':'CNY',"
                + "'x86_64':{'gbSecond':1e-4}}}}"))).hasMessageContaining("cn-south-9");
    }

    @Test
    void negativePricesAreRejected() throws Exception {
        JsonNode negative = json("{'lambda':{'eu-west-1':{'x86_64':{'gbSecond':-1}}}}");

        assertThatThrownBy(() -> BUNDLED.withOverrides(negative)).hasMessageContaining("not a non-negative price");
    }

    @Test
    void tableCanBeReadFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("prices.json");
        Files.writeString(file, BUNDLED.toJson().toString());

        assertThat(PriceTable.fromFile(file).lambda("me-central-1", "x86_64").gbSecond()).isEqualTo(2.06667e-5);
    }
}
