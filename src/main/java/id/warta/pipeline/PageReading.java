package id.warta.pipeline;

import id.warta.content.ContentException;
import id.warta.content.ContentReader;
import id.warta.model.Problem;
import id.warta.model.StandalonePage;
import id.warta.parse.PageParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the standalone pages of {@code content/halaman/}; a handful of small files, so they are read on one core
 * and not cached. Two pages with one slug are an error naming both.
 */
final class PageReading {
    private final Path content;

    PageReading(Path content) {
        this.content = content;
    }

    List<StandalonePage> read(List<Problem> problems) {
        ContentReader reader = new ContentReader(content);
        List<Path> paths;
        try {
            paths = reader.listPages();
        } catch (ContentException e) {
            problems.add(e.problem());
            return List.of();
        }
        List<StandalonePage> pages = new ArrayList<>();
        Map<String, String> sourceBySlug = new HashMap<>();
        for (Path path : paths) {
            ContentReader.Result read = reader.read(path);
            problems.addAll(read.problems());
            if (read.file() == null) {
                continue;
            }
            PageParser.Result parsed = PageParser.parse(read.file());
            problems.addAll(parsed.problems());
            StandalonePage page = parsed.page();
            if (page == null) {
                continue;
            }
            String earlier = sourceBySlug.putIfAbsent(page.slug(), page.source());
            if (earlier != null) {
                problems.add(Problem.error(page.source(), 0, "has the slug `" + page.slug() + "`, like " + earlier
                        + "; give one of them a different `slug:` in its front matter"));
                continue;
            }
            pages.add(page);
        }
        return pages;
    }
}
