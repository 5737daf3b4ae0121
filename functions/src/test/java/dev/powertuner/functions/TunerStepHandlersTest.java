package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.powertuner.statemachine.TunerStep;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The deployment contract of the statemachine module's steps table: every handler class exists as it says. */
class TunerStepHandlersTest {
    @Test
    void everyStepNamesAPublicStreamHandlerWithANoArgConstructor() throws Exception {
        for (TunerStep step : TunerStep.values()) {
            Class<?> handler = Class.forName(step.handler());

            assertThat(RequestStreamHandler.class.isAssignableFrom(handler)).as(step.handler()).isTrue();
            assertThat(Modifier.isPublic(handler.getModifiers())).as(step.handler()).isTrue();
            assertThat(Modifier.isPublic(handler.getConstructor().getModifiers())).as(step.handler()).isTrue();
        }
    }
}
