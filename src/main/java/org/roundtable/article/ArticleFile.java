package org.roundtable.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.roundtable.language.Messages;

/**
 * An article file a teacher uploaded: its text, or what is wrong with the file itself (as opposed to its format,
 * which the parser reports). Word documents and PDFs are the likely mistakes, so those get a way forward.
 *
 * @param html the file is a saved web page (.html), read for its article rather than as text
 */
record ArticleFile(String text, boolean html, String problem) {

    static final int MAX_BYTES = 200 * 1024;
    /** A saved web page carries its navigation, styles and scripts around the article. */
    static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;

    /** Whether the teacher chose a file at all: browsers send an empty, unnamed part when they did not. */
    static boolean chosen(FileUpload upload) {
        return upload != null && upload.fileName() != null && !upload.fileName().isBlank();
    }

    static ArticleFile read(FileUpload upload) {
        String name = upload.fileName().toLowerCase(Locale.ROOT);
        boolean page = name.endsWith(".html") || name.endsWith(".htm");
        if (!(page || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))) {
            return problem(words().fileNotAllowed());
        }
        if (page && upload.size() > MAX_PAGE_BYTES) {
            return problem(words().filePageTooLarge());
        }
        if (!page && upload.size() > MAX_BYTES) {
            return problem(words().fileTooLarge());
        }
        if (upload.size() == 0) {
            return problem(words().fileEmpty());
        }
        ArticleFile decoded = decoded(bytesOf(upload));
        return new ArticleFile(decoded.text, page, decoded.problem);
    }

    private static byte[] bytesOf(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArticleFile decoded(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            // Windows editors start UTF-8 files with a byte order mark; it is not part of the title line.
            return new ArticleFile(text.startsWith("\uFEFF") ? text.substring(1) : text, false, null);
        } catch (CharacterCodingException e) {
            return problem(words().fileNotUtf8());
        }
    }

    private static IntakeMsg words() {
        return Messages.now(IntakeMsg.class);
    }

    private static ArticleFile problem(String problem) {
        return new ArticleFile(null, false, problem);
    }
}
