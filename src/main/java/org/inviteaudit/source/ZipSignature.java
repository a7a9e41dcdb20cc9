package org.inviteaudit.source;

/** How a zip archive starts: a local file header, or the end record of an empty archive. */
final class ZipSignature {

    /** How many bytes {@link #at} needs. */
    static final int LENGTH = 4;

    private ZipSignature() {
    }

    static boolean at(byte[] head) {
        return head.length >= LENGTH && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }
}
