package org.roundtable.classroom;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.roundtable.account.DeviceCookie.Device;
import org.roundtable.account.Passwords;
import org.roundtable.account.Throttle;
import org.roundtable.language.Messages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The join or come-back form shown again as typed, with the browser's device cookie kept. */
record JoinPage(Device device, Function<Map<String, String>, TemplateInstance> render) {

    /** 400 with the messages next to their fields. */
    Response refused(Map<String, String> errors) {
        return device.remember(Response.status(400).entity(render.apply(errors))).build();
    }

    /** 503 with Retry-After and the form as typed: too many passwords were being checked to wait for this one. */
    Response busy(Passwords.Busy busy, String field) {
        Map<String, String> errors = new LinkedHashMap<>(Map.of(field, busy.inWords()));
        return device.remember(busy.answer().entity(render.apply(errors))).build();
    }

    /** 429 with Retry-After and the form as typed. */
    Response tooMany(Duration wait, String field, String why, Map<String, String> errors) {
        errors.put(field, Messages.now(ClassroomMsg.class).waitOrAsk(why, Throttle.inWords(wait)));
        return device.remember(Response.status(429).header(HttpHeaders.RETRY_AFTER, Throttle.seconds(wait))
                .entity(render.apply(errors))).build();
    }
}
