package org.roundtable.web;

import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/**
 * What the {@code field} tag and its control share: the control's id, its error, and the
 * {@code aria-invalid} / {@code aria-describedby} attributes that tie the hint and the error to it.
 * Written once here, so no form can forget them. In a template:
 * {@code {#let f=errors.field('username')}{#field f label='Username'}<input id="{f.id}" name="username"{f.aria.raw}>{/field}{/let}}
 */
public record FormField(String id, String error, boolean hinted) {

    /** The attributes for the control; ids come from the template's own names, never from input. */
    public String aria() {
        return attributes("");
    }

    /** The attributes when another element describes the control too: {@code {f.ariaWith('text-file').raw}}. */
    @TemplateExtension
    static String ariaWith(FormField field, String otherId) {
        return field.attributes(otherId);
    }

    private String attributes(String otherId) {
        String describedBy = ((hinted ? id + "-hint " : "") + (error != null ? id + "-error " : "") + otherId).strip();
        return (error != null ? " aria-invalid=\"true\"" : "")
                + (describedBy.isEmpty() ? "" : " aria-describedby=\"" + describedBy + "\"");
    }

    @TemplateExtension
    static FormField field(Map<String, String> errors, String name) {
        return new FormField(name, errors.get(name), false);
    }

    /** A field with a hint ({@code hint} on the tag), or whose control's id differs from the error's key. */
    @TemplateExtension
    static FormField field(Map<String, String> errors, String name, String id, boolean hinted) {
        return new FormField(id, errors.get(name), hinted);
    }
}
