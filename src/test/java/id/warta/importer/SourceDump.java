package id.warta.importer;

import id.warta.content.FrontMatter;
import id.warta.content.SourceFile;
import id.warta.content.SourceLine;

/** A readable dump of what a page gave: the front-matter fields, the links, and one body line per line. */
final class SourceDump {

    private SourceDump() {
    }

    static String render(SourceFile file) {
        FrontMatter fm = file.frontMatter();
        StringBuilder dump = new StringBuilder();
        field(dump, "title", fm.title());
        field(dump, "date", fm.date());
        field(dump, "author", fm.author());
        field(dump, "description", fm.description());
        field(dump, "tags", fm.tags().isEmpty() ? null : String.join(" | ", fm.tags()));
        field(dump, "image", fm.image());
        field(dump, "image_caption", fm.imageCaption());
        fm.links().forEach((title, url) -> dump.append("link: ").append(title).append(" -> ").append(url).append('\n'));
        dump.append("body:\n");
        for (SourceLine line : file.lines()) {
            dump.append("  ").append(line.text()).append('\n');
        }
        return dump.toString();
    }

    private static void field(StringBuilder dump, String key, String value) {
        dump.append(key).append(": ").append(value == null ? "-" : value).append('\n');
    }
}
