package dev.powertuner.local.environment;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an in-process handler's input type is found (Jackson reads the event into it). */
class HandlerInputTypeTest {
    /** Declares the input type one level up. */
    abstract static class Base<T> implements RequestHandler<List<T>, Integer> {
    }

    /** Input type through a generic superclass: resolves to Object. */
    static final class Counting extends Base<String> {
        @Override
        public Integer handleRequest(List<String> input, Context context) {
            return input.size();
        }
    }

    /** Direct map handler. */
    static final class Direct implements RequestHandler<Map<String, Integer>, Integer> {
        @Override
        public Integer handleRequest(Map<String, Integer> input, Context context) {
            return input.get("a") + 1;
        }
    }

    @Test
    void inputTypeIsTheDeclaredTypeArgument() {
        assertThat(JavaHandlerEnvironment.inputType(Direct.class).getTypeName())
                .isEqualTo("java.util.Map<java.lang.String, java.lang.Integer>");
        assertThat(JavaHandlerEnvironment.inputType(Counting.class).getTypeName())
                .isEqualTo("java.util.List<T>");
    }
}
