package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A pseudonym is stored in English and said in the reader's language, its colour agreeing with its animal. */
class PseudonymsTest {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    @Test
    void ukrainianReadersReadUkrainianPseudonymsWithTheAdjectiveAgreeing() {
        assertEquals("Бурштинова Чапля", Pseudonyms.spoken("Amber Heron", UKRAINIAN));
        assertEquals("Бурштиновий Лис", Pseudonyms.spoken("Amber Fox", UKRAINIAN));
        assertEquals("Срібна Сова 17", Pseudonyms.spoken("Silver Owl 17", UKRAINIAN), "the number keeps them apart");
    }

    @Test
    void englishReadersAndUnknownWordsGetThePseudonymAsStored() {
        assertEquals("Amber Heron", Pseudonyms.spoken("Amber Heron", Locale.ENGLISH));
        assertEquals("Plaid Unicorn", Pseudonyms.spoken("Plaid Unicorn", UKRAINIAN));
    }

    @Test
    void everyColourAndAnimalHasUkrainianWords() {
        for (String colour : Pseudonyms.COLOURS) {
            for (String animal : Pseudonyms.ANIMALS) {
                String stored = colour + " " + animal;
                String spoken = Pseudonyms.spoken(stored, UKRAINIAN);
                assertEquals(false, spoken.matches(".*\\p{IsLatin}.*"), stored + " → " + spoken);
            }
        }
    }
}
