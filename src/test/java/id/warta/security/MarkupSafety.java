package id.warta.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Judges a built site as a browser would: which elements and attributes it holds, which URLs, which scripts. A
 * hostile build is compared with the vocabulary of a benign one, so anything the templates did not write shows up.
 */
final class MarkupSafety {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "srcset",
            "poster", "background", "data", "xlink:href", "cite", "longdesc", "manifest", "ping");
    /** RSS elements that readers render as HTML; titles are plain text by the specification. */
    private static final Set<String> RSS_HTML_ELEMENTS = Set.of("description", "encoded");
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Atom says per element (type="html" or "xhtml"; text otherwise); RSS leaves it to readers, who render HTML. */
    private static boolean rendersAsHtml(Node node) {
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return false;
        }
        if (ATOM.equals(node.getNamespaceURI())) {
            String type = ((org.w3c.dom.Element) node).getAttribute("type");
            return type.equals("html") || type.equals("xhtml");
        }
        return RSS_HTML_ELEMENTS.contains(node.getLocalName());
    }

    /** Every element name, every {@code element@attribute}, and every script type a set of pages uses. */
    record Vocabulary(Set<String> elements, Set<String> attributes, Set<String> scriptTypes) {
        static Vocabulary of(Map<String, String> htmlFiles) {
            Set<String> elements = new TreeSet<>();
            Set<String> attributes = new TreeSet<>();
            Set<String> scriptTypes = new TreeSet<>();
            for (String html : htmlFiles.values()) {
                for (Element element : Jsoup.parse(html).getAllElements()) {
                    elements.add(element.normalName());
                    for (Attribute attribute : element.attributes()) {
                        attributes.add(element.normalName() + "@" + attribute.getKey().toLowerCase(Locale.ROOT));
                    }
                    if (element.normalName().equals("script")) {
                        scriptTypes.add(element.attr("type"));
                    }
                }
            }
            return new Vocabulary(elements, attributes, scriptTypes);
        }
    }

    private MarkupSafety() {
    }

    /** What in the HTML pages could run script or was not written by the templates; empty when safe. */
    static List<String> htmlViolations(Map<String, String> htmlFiles, Vocabulary benign) {
        List<String> found = new ArrayList<>();
        htmlFiles.forEach((path, html) -> {
            Document document = Jsoup.parse(html);
            for (Element element : document.getAllElements()) {
                String name = element.normalName();
                if (!benign.elements().contains(name)) {
                    found.add(path + ": element <" + name + "> the templates never write");
                }
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (!benign.attributes().contains(name + "@" + key)) {
                        found.add(path + ": attribute " + name + "@" + key + " the templates never write");
                    }
                    if (key.startsWith("on")) {
                        found.add(path + ": event handler " + key + " on <" + name + ">");
                    }
                    if ((URL_ATTRIBUTES.contains(key) || isUrlMeta(element, key))
                            && isScriptUrl(attribute.getValue())) {
                        found.add(path + ": script URL in " + name + "@" + key + " = " + attribute.getValue());
                    }
                }
                if (name.equals("script")) {
                    checkScript(path, element, benign, found);
                }
            }
        });
        return found;
    }

    /**
     * The theme's own scripts, linked relatively, with no code of their own: copy-link on article pages, the one
     * that removes pictures that failed to load, and the search page's {@code cari.js}.
     */
    private static boolean isThemesShareScript(Element script) {
        return script.attr("src").matches("(\\./|(\\.\\./)+)assets/(share|images|cari)\\.js")
                && script.data().isEmpty()
                && script.attr("type").isEmpty();
    }

    private static boolean isUrlMeta(Element element, String key) {
        if (!element.normalName().equals("meta") || !key.equals("content")) {
            return false;
        }
        String kind = (element.attr("property") + element.attr("name") + element.attr("itemprop"))
                .toLowerCase(Locale.ROOT);
        return kind.endsWith("url") || kind.endsWith("image") || element.hasAttr("http-equiv");
    }

    private static void checkScript(String path, Element script, Vocabulary benign, List<String> found) {
        if (isThemesShareScript(script)) {
            return;
        }
        if (!benign.scriptTypes().contains(script.attr("type")) || script.hasAttr("src")) {
            found.add(path + ": a script the templates never write: " + script.outerHtml());
            return;
        }
        String body = script.data();
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            found.add(path + ": script body could end early or hide the end tag: " + body);
        }
        if (script.attr("type").contains("json")) {
            try {
                JSON.readTree(body);
            } catch (Exception e) {
                found.add(path + ": JSON-LD is not valid JSON: " + e.getMessage());
            }
        }
    }

    /** {@code javascript:}, {@code vbscript:} or {@code data:}, however spaced or cased, as a browser reads it. */
    static boolean isScriptUrl(String value) {
        StringBuilder cleaned = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > 0x20 && c != 0x7f) {
                cleaned.append(Character.toLowerCase(c));
            }
        }
        String url = cleaned.toString();
        return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:");
    }

    /** Problems in an XML file (feed, sitemap): it must parse, with no DOCTYPE, and its HTML parts must be safe. */
    static List<String> xmlViolations(String path, byte[] xml) {
        List<String> found = new ArrayList<>();
        org.w3c.dom.Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            document = builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            found.add(path + ": not well-formed XML: " + e.getMessage());
            return found;
        }
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Node node = all.item(i);
            String local = node.getLocalName();
            String text = node.getTextContent();
            if (rendersAsHtml(node) && text != null) {
                Document fragment = Jsoup.parseBodyFragment(text);
                for (Element element : fragment.body().getAllElements()) {
                    if (Set.of("script", "iframe", "object", "embed", "svg", "math", "style", "base", "form")
                            .contains(element.normalName())) {
                        found.add(path + ": <" + local + "> carries a <" + element.normalName() + "> element");
                    }
                    for (Attribute attribute : element.attributes()) {
                        String key = attribute.getKey().toLowerCase(Locale.ROOT);
                        if (key.startsWith("on") || (URL_ATTRIBUTES.contains(key) && isScriptUrl(attribute.getValue()))) {
                            found.add(path + ": <" + local + "> carries " + attribute);
                        }
                    }
                }
            }
            if (Set.of("link", "loc", "guid", "id", "url").contains(local) && node.getChildNodes().getLength() == 1
                    && text != null && isScriptUrl(text)) {
                found.add(path + ": script URL in <" + local + ">: " + text);
            }
            if (node.getAttributes() != null) {
                for (int a = 0; a < node.getAttributes().getLength(); a++) {
                    Node attribute = node.getAttributes().item(a);
                    if (Set.of("href", "url", "src").contains(attribute.getLocalName())
                            && isScriptUrl(attribute.getNodeValue())) {
                        found.add(path + ": script URL in <" + local + " " + attribute.getNodeName() + ">");
                    }
                }
            }
        }
        return found;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
