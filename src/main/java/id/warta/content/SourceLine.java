package id.warta.content;

/**
 * One line of an article file.
 *
 * @param number 1-based line number in the file
 * @param text the line without its line ending
 */
public record SourceLine(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
