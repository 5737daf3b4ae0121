package dev.powertuner.local.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.time.LocalClock;
import dev.powertuner.local.wire.LambdaApiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryTest {
    private Registry registry;

    @BeforeEach
    void setUp() {
        registry = new Registry(new Settings("us-east-1", "000000000000", 10240, 0, 0, 0, 1000, LocalClock.system()));
        registry.register(FunctionDefinition.builder("demo").build());
    }

    @Test
    void resolvesNamesPartialArnsAndArnsWithOrWithoutQualifier() {
        assertThat(registry.resolve("demo").qualifier()).isNull();
        assertThat(registry.resolve("demo:live").qualifier()).isEqualTo("live");
        assertThat(registry.resolve("000000000000:function:demo").function().name()).isEqualTo("demo");
        assertThat(registry.resolve("000000000000:function:demo:3").qualifier()).isEqualTo("3");
        assertThat(registry.resolve("arn:aws:lambda:us-east-1:000000000000:function:demo").qualifier()).isNull();
        assertThat(registry.resolve("arn:aws:lambda:us-east-1:000000000000:function:demo:$LATEST").qualifier())
                .isEqualTo("$LATEST");
    }

    @Test
    void unknownFunctionIsNotFoundAndMalformedNamesAreValidationErrors() {
        assertThatThrownBy(() -> registry.resolve("other")).isInstanceOfSatisfying(LambdaApiException.class,
                e -> assertThat(e.type()).isEqualTo("ResourceNotFoundException"));
        assertThatThrownBy(() -> registry.resolve("arn:aws:s3:us-east-1:000000000000:function:demo"))
                .isInstanceOfSatisfying(LambdaApiException.class,
                        e -> assertThat(e.type()).isEqualTo("ValidationException"));
        assertThatThrownBy(() -> registry.resolve("a:b:c")).isInstanceOf(LambdaApiException.class);
        assertThatThrownBy(() -> registry.resolve("demo:")).isInstanceOf(LambdaApiException.class);
    }

    @Test
    void aNameNamesItsAccountOnlyAsArnOrPartialArn() {
        assertThat(Registry.parse("demo:live")).isEqualTo(new Registry.Name(null, "demo", "live"));
        assertThat(Registry.parse("222222222222:function:demo").account()).isEqualTo("222222222222");
        assertThat(Registry.parse("arn:aws:lambda:us-east-1:222222222222:function:demo:3"))
                .isEqualTo(new Registry.Name("222222222222", "demo", "3"));
        assertThatThrownBy(() -> registry.resolve("arn:aws:lambda:us-east-1:222222222222:function:demo"))
                .isInstanceOfSatisfying(LambdaApiException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Function not found: arn:aws:lambda:us-east-1:222222222222:function:demo"));
    }
}
