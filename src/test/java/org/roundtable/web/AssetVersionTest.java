package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AssetVersionTest {

    private static Map<String, byte[]> files(String css, String js) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("css/app.css", css.getBytes(StandardCharsets.UTF_8));
        files.put("js/roundtable.js", js.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void theSameFilesGiveTheSameVersionInAnyOrder() {
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        reversed.put("js/roundtable.js", "let a;".getBytes(StandardCharsets.UTF_8));
        reversed.put("css/app.css", "body{}".getBytes(StandardCharsets.UTF_8));

        assertEquals(AssetVersion.of(files("body{}", "let a;")), AssetVersion.of(reversed));
        assertTrue(AssetVersion.of(reversed).matches("[0-9a-f]{12}"), AssetVersion.of(reversed));
    }

    @Test
    void aChangeToAnyFileGivesANewVersion() {
        String before = AssetVersion.of(files("body{}", "let a;"));

        assertNotEquals(before, AssetVersion.of(files("body{color:red}", "let a;")), "the stylesheet changed");
        assertNotEquals(before, AssetVersion.of(files("body{}", "let b;")), "a script changed");
        assertNotEquals(AssetVersion.ofFile("a".getBytes(StandardCharsets.UTF_8)),
                AssetVersion.ofFile("b".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMovedFileIsAnotherVersionToo() {
        Map<String, byte[]> moved = new LinkedHashMap<>();
        moved.put("css/main.css", "body{}".getBytes(StandardCharsets.UTF_8));
        moved.put("js/roundtable.js", "let a;".getBytes(StandardCharsets.UTF_8));

        assertNotEquals(AssetVersion.of(files("body{}", "let a;")), AssetVersion.of(moved));
    }

    @Test
    void theStylesheetsPartsAreFoundBesideIt() {
        String css = "@import url(\"base.css\");\n@import 'forms.css';\n@import url(https://cdn.example/x.css);\n"
                + "@import url(\"/elsewhere.css\");\n@import \"../up.css\";\nbody{}";

        assertEquals(List.of("css/base.css", "css/forms.css"), AssetVersion.importsOf("css/app.css", css));
    }
}
