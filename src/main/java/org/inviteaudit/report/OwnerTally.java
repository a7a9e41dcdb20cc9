package org.inviteaudit.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Works out whose export it is: the name on the owner's side of most records (To when received, From when sent).
 * At most {@link #MAX_NAMES} distinct names are tracked, so a hostile file cannot make it grow without bound; in a
 * real export the owner's name is on every record and is seen first.
 */
final class OwnerTally {

    static final int MAX_NAMES = 1_000;

    private final Map<String, Long> counts = new HashMap<>();
    private long records;

    void add(String ownerSide) {
        records++;
        if (ownerSide.isBlank()) {
            return;
        }
        if (counts.containsKey(ownerSide) || counts.size() < MAX_NAMES) {
            counts.merge(ownerSide, 1L, Long::sum);
        }
    }

    /** The name on more than half of the records, if one is. */
    Optional<String> owner() {
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() * 2 > records)
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
