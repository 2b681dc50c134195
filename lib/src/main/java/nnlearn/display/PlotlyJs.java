package nnlearn.display;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds and reads the local copy of plotly.js that {@code ./setup.sh} fetches with npm
 * ({@code plotly.js-cartesian-dist-min}, pinned in the repository's package.json).
 *
 * <p>Where it looks, first hit wins:
 * <ol>
 *   <li>the file named by the system property {@code nnlearn.plotly.js} or the environment variable
 *       {@code NNLEARN_PLOTLY_JS};</li>
 *   <li>{@code node_modules/plotly.js-cartesian-dist-min/plotly-cartesian.min.js} in the folder that holds
 *       this library ({@code lib/target/nnlearn.jar} or {@code lib/target/classes}) or in any folder above it,
 *       which finds the repository root.</li>
 * </ol>
 */
public final class PlotlyJs {

    /** The bundle's path below a folder that ran {@code npm ci}. */
    public static final Path BUNDLE = Path.of("node_modules", "plotly.js-cartesian-dist-min", "plotly-cartesian.min.js");

    private PlotlyJs() {
    }

    /** Reads the bundle; throws {@link IllegalStateException} naming the setup command when it is missing. */
    public static String read() {
        Path file = locate();
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plotly.js at " + file, e);
        }
    }

    /** The bundle's path; throws {@link IllegalStateException} naming the setup command when it is missing. */
    public static Path locate() {
        String configured = System.getProperty("nnlearn.plotly.js", System.getenv("NNLEARN_PLOTLY_JS"));
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured);
            if (Files.isRegularFile(file)) {
                return file;
            }
            throw new IllegalStateException("plotly.js not found at " + file + " (set by nnlearn.plotly.js / NNLEARN_PLOTLY_JS)");
        }
        Path start = libraryLocation();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(BUNDLE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("plotly.js not found: looked for " + BUNDLE + " in the folders above " + start
                + ". Run ./setup.sh in the repository root (it runs `npm ci`), then restart the kernel.");
    }

    /** The jar (or classes folder) this class came from, with symbolic links and ".." resolved. */
    private static Path libraryLocation() {
        try {
            Path location = Path.of(PlotlyJs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toRealPath();
        } catch (URISyntaxException | IOException | SecurityException | NullPointerException e) {
            return Path.of("").toAbsolutePath().normalize();
        }
    }
}
