/** Who and what an article is about: people, institutions and places found in its text, titles kept apart. */
package id.warta.entity;
