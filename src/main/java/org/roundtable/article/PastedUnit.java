package org.roundtable.article;

/**
 * One paragraph, list item or quoted line of a pasted text.
 *
 * @param text    the words, without the item's bullet, number or '>'
 * @param number  a numbered item's number, else null
 * @param oneLine the unit was a single line of the paste, as a heading is
 */
record PastedUnit(Kind kind, String text, String number, boolean oneLine) {

    enum Kind {
        PARAGRAPH, BULLET, NUMBERED, QUOTE
    }

    boolean isItem() {
        return kind == Kind.BULLET || kind == Kind.NUMBERED;
    }
}
