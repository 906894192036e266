package id.warta.cli;

import picocli.CommandLine.Help.Ansi;

/**
 * What the output streams are connected to: colour only on a terminal and only when {@code NO_COLOR} is unset
 * (see no-color.org); a progress line only on a terminal, where it can be redrawn in place.
 *
 * @param colour whether to colour the report
 * @param interactive whether a person watches the output as it is written
 */
record Terminal(boolean colour, boolean interactive) {
    /** Plain text for pipes, files and tests. */
    static final Terminal PLAIN = new Terminal(false, false);

    static Terminal detect() {
        boolean console = System.console() != null;
        String noColor = System.getenv("NO_COLOR");
        return new Terminal(console && (noColor == null || noColor.isEmpty()), console);
    }

    /**
     * Fixed text in the given picocli styles ({@code "bold,red"}), or as is without colour. Never pass text that
     * came from a user's files: picocli would read {@code @|...|@} in it as markup.
     */
    String style(String styles, String fixedText) {
        return colour ? Ansi.ON.string("@|" + styles + " " + fixedText + "|@") : fixedText;
    }
}
