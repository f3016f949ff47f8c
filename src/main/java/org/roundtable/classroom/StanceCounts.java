package org.roundtable.classroom;

import jakarta.persistence.Embeddable;

/**
 * How a discussion's visible answers lean: how many agree, disagree or are unsure. Kept on the
 * discussion and moved by each change, so a page shows the figures without counting posts.
 */
@Embeddable
public class StanceCounts {

    public int agree;

    public int disagree;

    public int unsure;

    public int total() {
        return agree + disagree + unsure;
    }
}
