package org.roundtable.account;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Sessions short enough to watch them end within a test. */
public class ShortSessionsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("roundtable.session.idle-timeout", "PT2S",
                "roundtable.session.absolute-lifetime", "PT4S");
    }
}
