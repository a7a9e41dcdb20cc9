package org.inviteaudit.classify;

import java.util.List;

/**
 * A text from the wording data, kept as the folded words it is matched by.
 *
 * @param language the language code it is filed under, for messages
 */
record Phrase(String language, String text, List<String> words) {

    Phrase {
        words = List.copyOf(words);
    }
}
