/** The {@code warta} command line: thin picocli commands that map options to the pipeline and report. */
package id.warta.cli;
