package org.inviteaudit.reader;

import java.util.Locale;

/** The columns of Invitations.csv that invite-audit reads, in either header era. */
enum Column {
    FROM("From", true),
    TO("To", true),
    SENT_AT("Sent At", true),
    MESSAGE("Message", true),
    DIRECTION("Direction", true),
    INVITER_PROFILE_URL("inviterProfileUrl", false),
    INVITEE_PROFILE_URL("inviteeProfileUrl", false);

    private final String header;
    private final boolean required;

    Column(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    static int requiredCount() {
        int count = 0;
        for (Column column : values()) {
            if (column.required) {
                count++;
            }
        }
        return count;
    }

    /** Header names are compared trimmed and without regard to case. */
    static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
