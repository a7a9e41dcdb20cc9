package org.inviteaudit.bench;

/** The floor of start-up: a JVM that prints one line. bench/run times invite-audit's start against it. */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("Hello");
    }
}
