/** Social cards: the 1200×630 PNG image a link preview shows for an article that has no image of its own. */
package id.warta.card;
