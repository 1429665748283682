package news.storyline.ingest;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import news.storyline.article.Article;

/**
 * For scrapes kept a folder an outlet ({@code scrapes/gulfnews/*.txt}): an article whose input named no outlet gets
 * the name of the folder holding its file. Asked for by the user, since a folder of mixed outlets would be wrong.
 */
public final class FolderOutlet {
    private FolderOutlet() {
    }

    public static Article assign(Article article) {
        if (article.source() != null || article.origin() == null
                || InputCopy.fromStandardInput(article.origin())) {
            return article; // piped in: no folder holds it
        }
        try {
            Path folder = Path.of(article.origin()).toAbsolutePath().getParent();
            return folder == null || folder.getFileName() == null ? article
                    : article.withSource(folder.getFileName().toString());
        } catch (InvalidPathException e) {
            return article;
        }
    }
}
