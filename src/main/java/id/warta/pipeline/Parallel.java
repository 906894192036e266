package id.warta.pipeline;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Runs independent steps on all cores. Results come back in input order, and when steps fail the one reported is
 * the first failing step in input order, so builds and their messages stay deterministic.
 */
final class Parallel {

    /** One step that may fail with a checked exception. */
    @FunctionalInterface
    interface Step<T, R, E extends Exception> {
        R apply(T input) throws E;
    }

    private Parallel() {
    }

    /** Maps every item, in parallel; the results are in the order of {@code items}. */
    static <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> step) {
        return IntStream.range(0, items.size()).parallel().mapToObj(i -> step.apply(items.get(i))).toList();
    }

    /**
     * Runs the step for every item, in parallel, and stops starting new ones after a failure. Then, so that the
     * failure reported does not depend on thread timing, {@code check} (the step without its side effects) runs
     * in order on the items before the failed one, and the first of them to fail is reported instead.
     */
    @SuppressWarnings("unchecked")
    static <T, E extends Exception> void forEach(List<T> items, Step<T, ?, E> step, Step<T, ?, E> check) throws E {
        AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);
        AtomicReferenceArray<Throwable> failures = new AtomicReferenceArray<>(items.size());
        IntStream.range(0, items.size()).parallel().forEach(i -> {
            if (i > firstFailure.get()) {
                return;
            }
            try {
                step.apply(items.get(i));
            } catch (Exception | Error e) {
                failures.set(i, e);
                firstFailure.accumulateAndGet(i, Math::min);
            }
        });
        int failed = firstFailure.get();
        if (failed == Integer.MAX_VALUE) {
            return;
        }
        for (int i = 0; i < failed; i++) {
            check.apply(items.get(i));
        }
        Throwable failure = failures.get(failed);
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw (E) failure;
    }
}
