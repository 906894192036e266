/** Immutable records describing a parsed article; no I/O, no templates, no CLI. */
package id.warta.model;
