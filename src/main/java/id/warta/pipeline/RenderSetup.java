package id.warta.pipeline;

import id.warta.output.Assets;
import id.warta.output.OutputException;
import id.warta.output.SiteWriter;
import id.warta.output.WriteSession;
import id.warta.render.RenderException;
import id.warta.render.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * What rendering needs besides the site, made on a thread of its own while the site model is built on one core:
 * the renderer with every template of the folder parsed, the theme's assets, and the open write session. Failures
 * are kept, not reported, so the pipeline reports them at the same step and in the same order as without it.
 */
final class RenderSetup {

    /**
     * What the set-up made; a step that failed leaves its result null and its failure set, and the steps after it
     * are not run. Templates that failed to parse are kept by name: only those a page uses fail the build.
     */
    record Made(Renderer renderer, RenderException rendererFailure, Map<String, RenderException> templateFailures,
                SortedMap<String, byte[]> assets, OutputException assetsFailure, WriteSession session,
                OutputException sessionFailure) { }

    private final CompletableFuture<Made> made;

    private RenderSetup(CompletableFuture<Made> made) {
        this.made = made;
    }

    /** Starts the set-up at once, on a daemon thread. */
    static RenderSetup start(Path templates, SiteWriter writer) {
        CompletableFuture<Made> made = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                made.complete(make(templates, writer));
            } catch (RuntimeException | Error e) {
                made.completeExceptionally(e);
            }
        }, "render-setup");
        thread.setDaemon(true);
        thread.start();
        return new RenderSetup(made);
    }

    /** Waits for the set-up. */
    Made join() {
        try {
            return made.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Waits for the set-up and leaves nothing behind: for a build that stopped before rendering. */
    void discard() {
        WriteSession session;
        try {
            session = made.join().session();
        } catch (RuntimeException e) {
            return;
        }
        if (session != null) {
            session.abort();
        }
    }

    private static Made make(Path templates, SiteWriter writer) {
        Renderer renderer;
        try {
            renderer = new Renderer(templates, templates.toString());
        } catch (RenderException e) {
            return new Made(null, e, Map.of(), null, null, null, null);
        }
        // FreeMarker remembers a template that failed to parse as missing: keep the parse error to report it.
        Map<String, RenderException> templateFailures = new HashMap<>();
        for (String name : templateNames(templates)) {
            try {
                renderer.load(name);
            } catch (RenderException e) {
                templateFailures.put(name, e);
            }
        }
        SortedMap<String, byte[]> assets;
        try {
            assets = Assets.collect(templates);
        } catch (OutputException e) {
            return new Made(renderer, null, templateFailures, null, e, null, null);
        }
        try {
            return new Made(renderer, null, templateFailures, assets, null, writer.begin(), null);
        } catch (OutputException e) {
            return new Made(renderer, null, templateFailures, assets, null, null, e);
        }
    }

    /** The template files at the top of the folder, in name order. */
    private static List<String> templateNames(Path templates) {
        try (Stream<Path> files = Files.list(templates)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".ftl") || name.endsWith(".ftlh") || name.endsWith(".ftlx"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
