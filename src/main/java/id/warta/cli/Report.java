package id.warta.cli;

import id.warta.build.BuildResult;
import java.nio.file.Path;

/** The one-line summary a build prints. */
final class Report {

    private Report() {
    }

    static String summary(BuildResult result, Path output) {
        return "Built " + result.articles() + plural(result.articles(), " article", " articles") + ", "
                + result.pages() + plural(result.pages(), " page", " pages") + " into " + output + " ("
                + result.written() + " written, " + result.unchanged() + " unchanged, " + result.deleted()
                + " removed), " + result.warnings().size() + plural(result.warnings().size(), " warning", " warnings")
                + " in " + result.millis() + " ms";
    }

    private static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}
