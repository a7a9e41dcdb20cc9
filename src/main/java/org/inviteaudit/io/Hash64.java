package org.inviteaudit.io;

/**
 * 64-bit hashing, for the template census, for telling rows apart, for the groups of repeat offenders and for the
 * note model's word pairs: FNV-1a over text, and SplitMix64's finaliser to spread the bits. At a million rows, two
 * different ones share a hash with odds of some one in thirty million.
 */
public final class Hash64 {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hash64() {
    }

    public static long of(String text) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= FNV_PRIME;
        }
        return mix(hash);
    }

    /** Order matters: {@code combine(a, b) != combine(b, a)}, so a sequence of hashes folds into one. */
    public static long combine(long seed, long value) {
        return mix(seed * 31 + value);
    }

    public static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
