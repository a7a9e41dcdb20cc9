package org.inviteaudit.render;

import org.inviteaudit.classify.Verdict;

/** The text report's colours: ANSI escapes on a terminal, nothing otherwise. */
final class Palette {

    private static final String RESET = "\u001B[0m";

    private final boolean on;

    Palette(boolean on) {
        this.on = on;
    }

    String bold(String text) {
        return paint("\u001B[1m", text);
    }

    String dim(String text) {
        return paint("\u001B[2m", text);
    }

    String verdict(Verdict verdict, String text) {
        return switch (verdict) {
            case DEFAULT -> paint("\u001B[31m", text);
            case GENERIC -> paint("\u001B[33m", text);
            case PERSONALIZED -> paint("\u001B[32m", text);
        };
    }

    private String paint(String code, String text) {
        return on ? code + text + RESET : text;
    }
}
