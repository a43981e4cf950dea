package org.putright.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.putright.complaint.Actor;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;

/**
 * The demo landlord's complaints team as the stories use them: two handlers, Hana and Tom, who
 * handle most complaints at stage 1, and Maria, the manager, who handles most at stage 2 and
 * approves the compensation above a handler's limit (7.4). Each acts with the compensation limit
 * the staff directory gives them.
 */
record Cast(Actor hana, Actor tom, Actor maria) {

    /** The team as the staff directory has them; empty if any of them is not there. */
    static Optional<Cast> from(StaffDirectory directory) {
        Optional<Actor> hana = actor(directory, "hana");
        Optional<Actor> tom = actor(directory, "tom");
        Optional<Actor> maria = actor(directory, "maria");
        if (hana.isEmpty() || tom.isEmpty() || maria.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Cast(hana.get(), tom.get(), maria.get()));
    }

    private static Optional<Actor> actor(StaffDirectory directory, String username) {
        return directory
                .find(new Username(username))
                .filter(StaffMember::enabled)
                .map(member -> new Actor(member.username().value(), member.compensationLimit()));
    }

    List<Actor> handlers() {
        return List.of(hana, tom);
    }

    /** Who handles a new complaint at stage 1: a handler, now and then the manager. */
    Actor stageOneHandler(Random random) {
        int roll = random.nextInt(100);
        return roll < 47 ? hana : roll < 94 ? tom : maria;
    }

    /** Who handles stage 2: never whoever handled stage 1 (6.13); the manager more often than not. */
    Actor stageTwoHandler(Actor stageOne, Random random) {
        if (stageOne.equals(maria)) {
            return random.nextBoolean() ? hana : tom;
        }
        return random.nextInt(100) < 70 ? maria : other(stageOne);
    }

    Actor other(Actor handler) {
        return handler.equals(hana) ? tom : hana;
    }

    /** Whether {@code actor} may agree {@code amount} alone, or it waits for approval (7.4). */
    static boolean mayAgree(Actor actor, BigDecimal amount) {
        BigDecimal limit = actor.compensationLimit();
        return limit == null || limit.compareTo(amount) >= 0;
    }

    /** The actor for something the resident does themselves, such as asking for stage 2 online. */
    static Actor resident() {
        return Actor.resident();
    }
}
