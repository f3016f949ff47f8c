package org.roundtable.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content hash that versions the static files' URLs. One hash over every file together: the
 * stylesheet's parts are reached by relative {@code @import}s, so a change to any part must move
 * the whole set to a new URL, or a browser would keep an old part under the new stylesheet.
 */
final class AssetVersion {

    /** {@code @import url("base.css");} or {@code @import "base.css";}: a part beside the stylesheet. */
    private static final Pattern IMPORT = Pattern.compile("@import\\s+(?:url\\()?\\s*[\"']([^\"')]+)[\"']");
    private static final int LENGTH = 12;

    private AssetVersion() {
    }

    /** A short hex hash of the paths and their bytes, the same for the same files in any order. */
    static String of(Map<String, byte[]> files) {
        MessageDigest digest = sha256();
        SortedMap<String, byte[]> sorted = new TreeMap<>(files);
        sorted.forEach((path, bytes) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
    }

    /** One file's own hash, for its ETag. */
    static String ofFile(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, LENGTH * 2);
    }

    /** The paths a stylesheet imports, resolved against its own folder ("css/app.css" imports "css/base.css"). */
    static List<String> importsOf(String path, String css) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        List<String> parts = new ArrayList<>();
        Matcher matcher = IMPORT.matcher(css);
        while (matcher.find()) {
            String target = matcher.group(1).strip();
            if (!target.contains(":") && !target.startsWith("/") && !target.contains("..")) {
                parts.add(folder + target);
            }
        }
        return parts;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
