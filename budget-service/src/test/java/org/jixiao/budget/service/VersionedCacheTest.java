package org.jixiao.budget.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    @Test
    void aValueIsReusedAtItsVersionAndComputedAgainAtAnother() {
        VersionedCache cache = new VersionedCache(10);
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.get("BENCH-001/2025-06-17", "v1", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("BENCH-001/2025-06-17", "v1", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("BENCH-001/2025-06-17", "v2", computed::incrementAndGet)).isEqualTo(2);
        assertThat(computed.get()).isEqualTo(2);
    }

    @Test
    void itHoldsNoMoreThanItsCapacityAndDropsTheLeastRecentlyUsed() {
        VersionedCache cache = new VersionedCache(3);
        AtomicInteger computed = new AtomicInteger();
        for (String key : new String[] {"a", "b", "c"}) {
            cache.get(key, "v", computed::incrementAndGet);
        }
        cache.get("a", "v", computed::incrementAndGet); // a used again: b is now the eldest
        cache.get("d", "v", computed::incrementAndGet);
        assertThat(computed.get()).isEqualTo(4);
        cache.get("a", "v", computed::incrementAndGet);
        cache.get("c", "v", computed::incrementAndGet);
        assertThat(computed.get()).as("a and c kept").isEqualTo(4);
        cache.get("b", "v", computed::incrementAndGet);
        assertThat(computed.get()).as("b dropped").isEqualTo(5);
    }
}
