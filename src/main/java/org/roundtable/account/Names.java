package org.roundtable.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.roundtable.language.Messages;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * The one rule for names people type and others read: students' display names, teachers'
 * usernames and display names, class names. A name may not pass for another one. It is
 * NFC-normalised with every kind of white space folded to one space; it may not hold invisible
 * or format characters (joiners, soft hyphens, fillers, direction marks) nor mix alphabets
 * (Unicode TR39 "highly restrictive": one script, or Latin with Chinese, Japanese or Korean);
 * and two names are the same name when their TR39 confusable skeletons match, so "Sam", "SAM",
 * "Ѕаm" in Cyrillic and "Sarn" are one name. ICU4J's {@link SpoofChecker} holds the Unicode data.
 * Emptiness and length, with their wording, depend on the kind of name: {@link NameKind}.
 */
public final class Names {

    private static final SpoofChecker CHECKER = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS | SpoofChecker.HIDDEN_OVERLAY)
            .build();
    /** Run on the decomposed name, so that an accent repeated on a precomposed letter ("ä" and U+0308) shows. */
    private static final SpoofChecker REPEATED_MARKS = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.INVISIBLE).build();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final int BRAILLE_BLANK = 0x2800;

    /** A hidden character: an invisible space or joiner, a control, a filler. */
    public static String invisible() {
        return Messages.now(AccountMsg.class).nameInvisible();
    }

    /** Letters of several alphabets, as in a Cyrillic "а" among Latin letters. */
    public static String mixedScripts() {
        return Messages.now(AccountMsg.class).nameMixedScripts();
    }

    /** Digits of several writing systems. */
    public static String mixedDigits() {
        return Messages.now(AccountMsg.class).nameMixedDigits();
    }

    /** An accent repeated or hidden. */
    public static String hiddenMark() {
        return Messages.now(AccountMsg.class).nameHiddenMark();
    }

    /** A character that is no letter, digit, space or punctuation (private use, unassigned). */
    public static String other() {
        return Messages.now(AccountMsg.class).nameOther();
    }

    private Names() {
    }

    /** The name to store: NFC, every run of white space of any kind as one space, trimmed. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String nfc = NFC.normalize(typed);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i += Character.charCount(nfc.codePointAt(i))) {
            int c = nfc.codePointAt(i);
            if (UCharacter.isUWhiteSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Length as people count it: in characters, not UTF-16 units. */
    public static int length(String name) {
        return name.codePointCount(0, name.length());
    }

    /**
     * What in a {@linkplain #normalize normalised} name could make it read as another, in words
     * for the person who typed it; null if nothing. Emptiness and length are the {@link NameKind}'s.
     */
    public static String problem(String name) {
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            String problem = characterProblem(name.codePointAt(i));
            if (problem != null) {
                return problem;
            }
        }
        if (REPEATED_MARKS.failsChecks(NFD.normalize(name))) {
            return hiddenMark();
        }
        SpoofChecker.CheckResult result = new SpoofChecker.CheckResult();
        if (!CHECKER.failsChecks(name, result)) {
            return null;
        }
        if ((result.checks & SpoofChecker.MIXED_NUMBERS) != 0) {
            return mixedDigits();
        }
        if ((result.checks & SpoofChecker.RESTRICTION_LEVEL) != 0) {
            return mixedScripts();
        }
        return hiddenMark();
    }

    private static String characterProblem(int c) {
        int type = UCharacter.getType(c);
        if (type == UCharacterCategory.CONTROL || type == UCharacterCategory.FORMAT
                || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT) || c == BRAILLE_BLANK
                || UCharacter.isUWhiteSpace(c) && c != ' ') {
            return invisible();
        }
        if (type == UCharacterCategory.PRIVATE_USE || type == UCharacterCategory.UNASSIGNED
                || type == UCharacterCategory.SURROGATE) {
            return other();
        }
        return null;
    }

    /**
     * The key two names share when they look alike: the TR39 skeleton of the NFKC case-folded
     * name, as a SHA-256 digest so that it fits its column whatever the name expands to.
     */
    public static String key(String name) {
        String skeleton = CHECKER.getSkeleton(NFKC_CASEFOLD.normalize(normalize(name)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(skeleton.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether two names look alike. */
    public static boolean lookAlike(String a, String b) {
        return key(a).equals(key(b));
    }
}
