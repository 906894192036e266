/** The Indonesian article parser: classifies whole lines and turns a {@code SourceFile} into an {@code Article}. */
package id.warta.parse;
