/** Quality gates: built sites checked with the web's own validators (Nu Html Checker, ROME, XSD) and a real browser. */
package id.warta.quality;
