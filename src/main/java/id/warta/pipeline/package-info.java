/** The build pipeline: read, parse, stop on errors, build the site model, render, write — in that order. */
package id.warta.pipeline;
