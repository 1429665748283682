package news.storyline.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why an output could not be written, in words a person can act on. Java's file exceptions carry only the path in
 * their message ("/proc/.version.1234.partial"), which says where but not why.
 */
final class OutputProblems {
    private OutputProblems() {
    }

    static String reason(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        String why = switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "no such file or folder, or the folder takes no new files";
            case NotDirectoryException notDirectory -> "a part of the path is a file, not a folder";
            case FileAlreadyExistsException exists -> "a file of that name is in the way";
            case DirectoryNotEmptyException notEmpty -> "a folder of that name is in the way";
            case FileSystemException other when other.getReason() != null -> other.getReason().toLowerCase(java.util.Locale.ROOT);
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
        return file == null ? why : why + " (" + file + ")";
    }
}
