package org.inviteaudit.report;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.inviteaudit.reader.Direction;

/** Which invitations a report covers. */
public enum DirectionScope {
    ALL(EnumSet.allOf(Direction.class)),
    RECEIVED(EnumSet.of(Direction.RECEIVED)),
    SENT(EnumSet.of(Direction.SENT));

    private final Set<Direction> directions;

    DirectionScope(Set<Direction> directions) {
        this.directions = directions;
    }

    public boolean includes(Direction direction) {
        return directions.contains(direction);
    }

    /** The one direction in scope, if only one is. */
    public Optional<Direction> only() {
        return directions.size() == 1 ? Optional.of(directions.iterator().next()) : Optional.empty();
    }
}
