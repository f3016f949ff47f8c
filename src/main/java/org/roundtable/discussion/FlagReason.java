package org.roundtable.discussion;

/** Why a student flags a classmate's post. */
public enum FlagReason {

    OFF_TOPIC("Off-topic"), UNKIND("Unkind"), PERSONAL_INFORMATION("Shares personal information"), OTHER(
            "Something else");

    public final String label;

    FlagReason(String label) {
        this.label = label;
    }

    public static FlagReason parse(String value) {
        return EnumParams.parse(FlagReason.class, value, null);
    }
}
