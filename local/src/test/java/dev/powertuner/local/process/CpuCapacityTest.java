package dev.powertuner.local.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CpuCapacityTest {

    @Test
    void sharesWithinTheHostDoNotWait() throws InterruptedException {
        CpuCapacity capacity = new CpuCapacity(2);

        assertThat(capacity.acquire(1.0)).isZero();
        assertThat(capacity.acquire(0.9)).isZero();
        assertThat(capacity.waits().count()).isZero();
    }

    @Test
    void aShareBeyondTheHostWaitsUntilOneIsReleasedAndIsCounted() throws Exception {
        CpuCapacity capacity = new CpuCapacity(2);
        capacity.acquire(1.5);
        CountDownLatch admitted = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                capacity.acquire(1.0);
                admitted.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }

        assertThat(admitted.getCount()).isEqualTo(1);
        capacity.release(1.5);
        admitted.await();
        waiter.join();

        assertThat(capacity.waits().count()).isEqualTo(1);
    }

    @Test
    void aShareLargerThanTheHostIsCappedToTheHost() throws InterruptedException {
        CpuCapacity capacity = new CpuCapacity(2);

        capacity.acquire(6.0);
        capacity.release(6.0);

        assertThat(capacity.acquire(2.0)).isZero();
    }

    @Test
    void lambdasShareIsMemoryOver1769CappedAtSixAndTheHost() {
        assertThat(EnvironmentShape.vcpu(1769, 64)).isEqualTo(1.0);
        assertThat(EnvironmentShape.vcpu(10240, 64)).isEqualTo(10240 / 1769.0);
        assertThat(EnvironmentShape.vcpu(20000, 64)).isEqualTo(6.0);
        assertThat(EnvironmentShape.vcpu(3538, 1.5)).isEqualTo(1.5);
        assertThat(EnvironmentShape.capped(3538, 1.5)).isTrue();
        assertThat(EnvironmentShape.capped(1769, 2)).isFalse();
    }
}
