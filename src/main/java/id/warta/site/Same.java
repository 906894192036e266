package id.warta.site;

import java.util.List;

/**
 * A reference compared by identity, for {@link Page#inputs()}: an unchanged article file yields the very same
 * parsed article from one preview rebuild to the next, and comparing identities costs nothing.
 */
record Same(Object ref) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Same same && same.ref == ref;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(ref);
    }

    /** A list compared element by element by identity, without wrapping each element (a page lists twenty). */
    static Object all(List<?> refs) {
        return new All(List.copyOf(refs));
    }

    private record All(List<?> refs) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof All all) || all.refs.size() != refs.size()) {
                return false;
            }
            for (int i = 0; i < refs.size(); i++) {
                if (all.refs.get(i) != refs.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (Object ref : refs) {
                hash = 31 * hash + System.identityHashCode(ref);
            }
            return hash;
        }
    }
}
