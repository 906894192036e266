package id.warta.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Sitemaps.org 0.9 and Google News 0.9 schemas, shipped with the tests and validated with javax.xml.validation
 * strictly offline: the only resources ever read are the XSDs in {@code quality/xsd/}.
 */
final class SitemapSchemas {
    private static final String XSD_FOLDER = "/quality/xsd/";

    private SitemapSchemas() {
    }

    /** The sitemap schema with the Google News extension, so a news sitemap's news:news elements are checked too. */
    static Schema sitemapWithNews() {
        return schema("sitemap.xsd", "sitemap-news.xsd");
    }

    static Schema sitemapIndex() {
        return schema("siteindex.xsd");
    }

    /** Every schema violation of {@code file} as {@code name:line:col: message}; empty when it is valid. */
    static List<String> violations(Schema schema, Path file, String name) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setResourceResolver(LOCAL_ONLY);
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings are not violations of the protocol.
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            validator.validate(new StreamSource(file.toFile()));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(name + ": " + e.getMessage());
            }
        } catch (RefusedFetch e) {
            problems.add(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema schema(String... xsdNames) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setResourceResolver(LOCAL_ONLY);
            Source[] sources = new Source[xsdNames.length];
            for (int i = 0; i < xsdNames.length; i++) {
                URL url = SitemapSchemas.class.getResource(XSD_FOLDER + xsdNames[i]);
                if (url == null) {
                    throw new IllegalStateException("missing test resource " + XSD_FOLDER + xsdNames[i]);
                }
                sources[i] = new StreamSource(url.toExternalForm());
            }
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("shipped sitemap schema is broken: " + e.getMessage(), e);
        }
    }

    /** Serves schema documents from the shipped folder by file name and refuses everything else. */
    private static final LSResourceResolver LOCAL_ONLY = (type, namespaceUri, publicId, systemId, baseUri) -> {
        String fileName = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
        InputStream local = fileName.endsWith(".xsd") ? SitemapSchemas.class.getResourceAsStream(XSD_FOLDER + fileName)
                : null;
        if (local == null) {
            throw new RefusedFetch("refusing to fetch " + systemId + " (" + namespaceUri
                    + "): sitemap validation runs offline with the schemas in " + XSD_FOLDER);
        }
        return new LocalInput(local, systemId, publicId, baseUri);
    };

    /** Thrown by the resolver for anything but the shipped schemas. */
    private static final class RefusedFetch extends RuntimeException {
        RefusedFetch(String message) {
            super(message);
        }
    }

    /** The minimal LSInput the JDK's schema loader needs: a byte stream and its ids. */
    private record LocalInput(InputStream stream, String systemId, String publicId, String baseUri) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader characterStream) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String id) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String id) { }
        @Override public String getBaseURI() { return baseUri; }
        @Override public void setBaseURI(String uri) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
