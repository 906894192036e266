package id.warta.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says what went wrong with a file in words a user can act on, without Java's exception class names. */
final class WriteFailures {

    private WriteFailures() {
    }

    static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("No space left") || message.contains("Disk quota exceeded")
                || message.contains("not enough space")) {
            return "the disk is full; free some space and build again";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile() + "; make it writable";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " disappeared while Warta was writing; was something else changing the folder?";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is in the way";
        }
        if (e instanceof DirectoryNotEmptyException notEmpty) {
            return "the folder " + notEmpty.getFile() + " is not empty";
        }
        if (e instanceof NotDirectoryException notDirectory) {
            return notDirectory.getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() != null ? fs.getReason() : "cannot be written";
            return (fs.getFile() != null ? fs.getFile() + ": " : "") + reason;
        }
        return message.isEmpty() ? "a read or write failed" : message;
    }
}
