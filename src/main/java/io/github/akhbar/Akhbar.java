package io.github.akhbar;

/**
 * Entry point: library version and ready-made pipelines.
 *
 * <p>This class has no state.
 *
 * @since 0.1.0
 */
public final class Akhbar {

    private Akhbar() {
    }

    /**
     * The library version, read from the jar manifest.
     *
     * @return a version such as {@code "0.1.0"}, or {@code "dev"} when running from classes
     */
    public static String version() {
        String v = Akhbar.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
