package id.warta.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu Html Checker embedded offline: its schemas come from the validator jar, never from the network.
 * Setting it up takes seconds, so one instance serves the whole test run; it is not thread-safe.
 */
final class NuHtmlChecker {
    /** The schema the public checker uses for text/html (HTML plus SVG, MathML, ARIA, RDFa Lite). */
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static NuHtmlChecker shared;

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    /** The result for one page: messages as {@code page:line:col: message}. */
    record Report(List<String> errors, List<String> warnings) {
    }

    private NuHtmlChecker() throws Exception {
        // log4j initialised from the jar's own properties; URLs not logged; language detection on, so a page whose
        // text is not Indonesian while it says lang="id" is reported.
        validator = new SimpleDocumentValidator(true, false, true);
        Collector schemaProblems = new Collector();
        validator.setUpMainSchema(HTML5_SCHEMA, schemaProblems);
        if (!schemaProblems.errors.isEmpty()) {
            throw new IllegalStateException("Nu validator schema did not load: " + schemaProblems.errors);
        }
        // noStream = true: buffer the document so every parse error is reported instead of the first fatal one;
        // loadExternalEnts = false: never fetch anything.
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    static synchronized NuHtmlChecker shared() throws Exception {
        if (shared == null) {
            shared = new NuHtmlChecker();
        }
        return shared;
    }

    /** Validates one UTF-8 HTML file; {@code name} prefixes every message. */
    synchronized Report check(Path file, String name) throws IOException, SAXException {
        collector.reset(name);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            validator.checkHtmlInputSource(source);
        }
        return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    /** Collects messages instead of throwing, so one run lists every problem of a page. */
    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private String name = "";

        void reset(String pageName) {
            name = pageName;
            errors.clear();
            warnings.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e));
        }

        private String format(SAXParseException e) {
            return name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
