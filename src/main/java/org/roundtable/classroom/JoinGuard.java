package org.roundtable.classroom;

import java.time.Duration;
import java.util.Map;

import org.roundtable.account.DeviceCookie.Device;
import org.roundtable.account.Throttle;
import org.roundtable.account.Viewer;
import org.roundtable.language.Messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The limits on joining and coming back, counted in the database: wrong class codes per
 * device and address, joins per device and address, return-code tries per name and address.
 */
@ApplicationScoped
class JoinGuard {

    private final Throttle throttle;

    JoinGuard(Throttle throttle) {
        this.throttle = throttle;
    }

    /** The class behind a typed code; the lookup counts as a guess until the code turns out right. */
    JoinTarget lookUp(String typedCode, String displayName, Viewer viewer, Device device, String address,
            Map<String, String> errors) {
        String code = JoinCodes.normalize(typedCode);
        if (code.isEmpty()) {
            errors.put("code", Messages.now(ClassroomMsg.class).enterCode());
            return JoinTarget.NONE;
        }
        Throttle.Attempt guess = throttle.attempt(Throttle.key(Throttle.CODE_DEVICE, device.key()),
                Throttle.key(Throttle.JOIN_ADDRESS, address));
        if (guess.refused()) {
            return JoinTarget.refused(guess.retryAfter());
        }
        JoinTarget target = QuarkusTransaction.requiringNew()
                .call(() -> find(code, displayName, viewer, errors));
        if (target.classroom() != null) {
            throttle.forgive(guess);
        }
        return target;
    }

    /** One more student joining from this device and address. */
    Throttle.Attempt join(Device device, String address) {
        return throttle.attempt(Throttle.key(Throttle.JOINS_DEVICE, device.key()),
                Throttle.key(Throttle.JOINS_ADDRESS, address));
    }

    /** One more return-code try for this name in this class, and from this address. */
    Throttle.Attempt comeBack(Classroom classroom, String typedName, String address) {
        String nameKey = classroom.joinCode + ":" + Enrollment.nameKey(DisplayNames.normalize(typedName));
        return throttle.attempt(Throttle.key(Throttle.RETURN_NAME, nameKey),
                Throttle.key(Throttle.RETURN_ADDRESS, address));
    }

    /** The attempt turned out fine: it does not count against anyone. */
    void forgive(Throttle.Attempt attempt) {
        throttle.forgive(attempt);
    }

    /** Read in one short transaction; puts the reason in {@code errors} when there is no class behind the code. */
    private static JoinTarget find(String code, String displayName, Viewer viewer, Map<String, String> errors) {
        Classroom classroom = JoinCodes.isWellFormedJoinCode(code) ? Classroom.findByJoinCode(code) : null;
        if (classroom == null) {
            errors.put("code", Messages.now(ClassroomMsg.class).noSuchCode());
            return JoinTarget.NONE;
        }
        Enrollment named = displayName == null ? null : Enrollment.findByName(classroom, displayName);
        Enrollment mine = viewer == null ? null : Enrollment.findFor(classroom.id, viewer.accountId());
        return new JoinTarget(classroom, named, mine, Duration.ZERO);
    }
}
