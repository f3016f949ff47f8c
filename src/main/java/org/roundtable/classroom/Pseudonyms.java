package org.roundtable.classroom;

import java.security.SecureRandom;
import java.util.List;

/** Per-class pseudonyms such as "Amber Heron", shown to classmates in anonymous classes. */
public final class Pseudonyms {

    private static final List<String> COLOURS = List.of("Amber", "Azure", "Coral", "Crimson", "Golden", "Indigo",
            "Ivory", "Jade", "Lilac", "Maroon", "Ochre", "Olive", "Pearl", "Russet", "Sage", "Scarlet", "Silver",
            "Teal", "Umber", "Violet");
    private static final List<String> ANIMALS = List.of("Badger", "Beaver", "Crane", "Dolphin", "Falcon", "Fox",
            "Hare", "Heron", "Ibis", "Lynx", "Marten", "Otter", "Owl", "Panda", "Puffin", "Raven", "Robin", "Seal",
            "Swift", "Wren");

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    /** A pseudonym not yet used in the class; after 400 students, a number keeps them apart. */
    public static String pick(Classroom classroom) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = random();
            if (!Enrollment.pseudonymTaken(classroom, candidate)) {
                return candidate;
            }
        }
        String candidate;
        do {
            candidate = random() + " " + (2 + RANDOM.nextInt(998));
        } while (Enrollment.pseudonymTaken(classroom, candidate));
        return candidate;
    }

    private static String random() {
        return COLOURS.get(RANDOM.nextInt(COLOURS.size())) + " " + ANIMALS.get(RANDOM.nextInt(ANIMALS.size()));
    }
}
