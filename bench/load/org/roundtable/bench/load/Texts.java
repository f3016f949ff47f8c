package org.roundtable.bench.load;

import java.util.Random;

/** Posts that read like a student's: 30 to 80 words with a little Markdown. */
final class Texts {

    private static final String[] WORDS = ("the talks article section ceasefire mediator trust both sides agree "
            + "because however evidence quote says suggests I think we should consider history border prisoners "
            + "exchange guarantee Turkey Ukraine Russia negotiators deadline compromise question answer why how "
            + "fair lasting peace reporter claims source unclear example paragraph earlier later my opinion")
            .split(" ");

    private Texts() {
    }

    static String text(Random random, boolean answer) {
        StringBuilder text = new StringBuilder();
        int words = (answer ? 50 : 30) + random.nextInt(30);
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (i > 0) {
                text.append(i % 17 == 0 ? ".\n\n" : " ");
            }
            text.append(i == 5 ? "*" + word + "*" : word);
        }
        if (answer && random.nextInt(4) == 0) {
            text.append(". See <https://example.org/talks> & \"the second section\"");
        }
        return text.append('.').toString();
    }
}
