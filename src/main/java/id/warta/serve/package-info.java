/** The local preview server: serves the built site safely, watches sources, rebuilds and live-reloads pages. */
package id.warta.serve;
