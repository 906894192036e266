package id.warta.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** File errors are told in words to act on, never with Java's exception class names. */
class WriteFailuresTest {

    @Test
    void aFullDiskSaysSo() {
        assertEquals("the disk is full; free some space and build again",
                WriteFailures.describe(new IOException("No space left on device")));
        assertEquals("the disk is full; free some space and build again",
                WriteFailures.describe(new FileSystemException("site-out/.warta-staging/3", null,
                        "No space left on device")));
    }

    @Test
    void otherFailuresNameTheFileAndNoClass() {
        assertEquals("permission denied for site-out/index.html; make it writable",
                WriteFailures.describe(new AccessDeniedException("site-out/index.html")));
        assertEquals("site-out/a: Read-only file system",
                WriteFailures.describe(new FileSystemException("site-out/a", null, "Read-only file system")));
    }
}
