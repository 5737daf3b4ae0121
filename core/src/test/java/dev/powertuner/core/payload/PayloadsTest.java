package dev.powertuner.core.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.PayloadException;
import dev.powertuner.core.port.PayloadSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayloadsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void weightedPayloadIsLaidOutInContiguousBlocks() throws Exception {
        List<String> payloads = Payloads.generate(json("[{'payload':'A','weight':10},{'payload':{'b':1},'weight':30},"
                + "{'payload':['c'],'weight':60}]"), 10);

        assertThat(payloads).containsExactly("\"A\"", "{\"b\":1}", "{\"b\":1}", "{\"b\":1}", "[\"c\"]", "[\"c\"]",
                "[\"c\"]", "[\"c\"]", "[\"c\"]", "[\"c\"]");
    }

    @Test
    void tooSmallAWeightIsRejectedBeforeTheLastItem() throws Exception {
        assertThatThrownBy(() -> Payloads.generate(json("[{'payload':1,'weight':10},{'payload':2,'weight':60},"
                + "{'payload':3,'weight':30}]"), 5)).isInstanceOf(PayloadException.class)
                .hasMessage("Invalid payload weight (num is too small)");
    }

    @Test
    void jsonTextPassesThroughAndMemberOrderIsKept() throws Exception {
        assertThat(Payloads.convert(json("'{ \\\"z\\\": 1, \\\"a\\\": 2 }'"))).isEqualTo("{ \"z\": 1, \"a\": 2 }");
        assertThat(Payloads.convert(json("{'z':1,'a':2}"))).isEqualTo("{\"z\":1,\"a\":2}");
        assertThat(Payloads.convert(json("'123'"))).isEqualTo("123");
        assertThat(Payloads.convert(json("'{broken'"))).isEqualTo("\"{broken\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "[{'payload':1,'weight':'3'},{'payload':2,'weight':'7'}]|item 1 has weight \"3\"; weights must be positive numbers",
        "[{'payload':1,'weight':1},null]|item 2 is null; every item must be {\"payload\": ..., \"weight\": n}",
        "[{'payload':1,'weight':{}}]|item 1 has weight {}; weights must be positive numbers",
        "[{'payload':1,'weight':-2},{'payload':2,'weight':3}]|item 1 has weight -2; weights must be positive numbers",
        "[{'payload':1,'weight':0},{'payload':2,'weight':3}]|item 1 has weight 0; weights must be positive numbers",
        "[{'payload':{},'weight':1},{'payload':{}}]|item 2 has no weight; weights must be positive numbers",
        "[{'payload':null,'weight':1}]|item 1 has payload null; every item needs a payload that is not null",
        "[{'payload':1,'weight':1e308},{'payload':2,'weight':1e308}]|the weights add up to more than a number can hold",
        "[{'payload':1,'weight':1},{'payload':2,'weight':100}]|Invalid payload weight (num is too small)"})
    void weightedListsThatTheReferenceWouldMisreadAreRefused(String payload, String fragment) throws Exception {
        assertThatThrownBy(() -> Payloads.validate(json(payload), 10)).isInstanceOf(PayloadException.class)
                .hasMessageContaining(fragment);
    }

    @Test
    void listsWithoutWeightedItemsArePlainPayloads() throws Exception {
        assertThatCode(() -> Payloads.validate(json("[1,null,{'weight':1},{'payload':2}]"), 5)).doesNotThrowAnyException();
        assertThatCode(() -> Payloads.validate(json("[null]"), 5)).doesNotThrowAnyException();
        assertThatCode(() -> Payloads.validate(json("[{'payload':1,'weight':1},{'payload':2,'weight':1.5}]"), 5))
                .doesNotThrowAnyException();
    }

    @Test
    void zeroWeightOrFalsyPayloadMeansNotWeighted() throws Exception {
        assertThat(Payloads.isWeighted(json("[{'payload':1,'weight':0}]"))).isFalse();
        assertThat(Payloads.isWeighted(json("[{'payload':'','weight':1}]"))).isFalse();
        assertThat(Payloads.isWeighted(json("[{'payload':0,'weight':1}]"))).isFalse();
    }

    @Test
    void s3KeyIsPercentDecoded() {
        S3Location location = S3Location.parse("s3://my-bucket/folder/my%20key.json");

        assertThat(location.bucket()).isEqualTo("my-bucket");
        assertThat(location.key()).isEqualTo("folder/my key.json");
        assertThat(S3Location.parse("s3://b/a+b c%2Fd.json?versionId=1").key()).isEqualTo("a+b c/d.json");
        assertThatThrownBy(() -> S3Location.parse("s3://bucket/")).hasMessage("Invalid S3 path: \"s3://bucket/\""
                + " (bucket: bucket, key: )");
    }

    @Test
    void s3ErrorsUseTheReferenceMessages() {
        PayloadSource forbidden = (b, k) -> {
            throw new PayloadSource.FetchException(403, "Access Denied", null);
        };
        PayloadSource missing = (b, k) -> {
            throw new PayloadSource.FetchException(404, "NoSuchKey", null);
        };
        JsonNode path = MAPPER.getNodeFactory().textNode("s3://b/k.json");

        assertThatThrownBy(() -> S3Payloads.fetch(forbidden, path)).isInstanceOf(PayloadException.class)
                .hasMessage("Permission denied when trying to read s3://b/k.json. You might need to re-deploy the app"
                        + " with the correct payloadS3Bucket parameter.");
        assertThatThrownBy(() -> S3Payloads.fetch(missing, path)).hasMessage("The object s3://b/k.json does not exist."
                + " Make sure you are trying to access an existing object in the correct bucket.");
        assertThatThrownBy(() -> S3Payloads.fetch(missing, MAPPER.getNodeFactory().numberNode(3)))
                .hasMessage("Invalid S3 path, not a string in the format s3://BUCKET/KEY");
    }
}
