package id.warta.site;

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

    static java.util.List<Same> all(java.util.List<?> refs) {
        return refs.stream().map(Same::new).toList();
    }
}
